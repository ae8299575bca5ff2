// Chromium for the browser tests, in a process of its own: a jest worker that ran Chromium itself
// is left with a timer that keeps it from exiting. Prints the endpoint to connect to; stops on SIGTERM.
const { chromium } = require('playwright-core');

const [executablePath, args] = [process.argv[2], JSON.parse(process.argv[3])];
chromium.launchServer({ executablePath, args, headless: true }).then(
  (server) => {
    process.stdout.write(`${server.wsEndpoint()}\n`);
    process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
  },
  (err) => {
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  },
);
