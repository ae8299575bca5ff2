import { readDevFile, devFile } from './dev-files';
import { describeChange, watchStateChanges } from './api-client';

/**
 * The walkthrough's watcher: prints every payment state change the key may see, one line each.
 * Runs from any folder: `KEY=... node /path/to/project/dist/src/scripts/watch-payments.js`.
 * API (default: what npm run dev wrote to .dev/api-url, else http://localhost:4000) is the service.
 */
function main(): void {
  const key = process.env.KEY;
  if (!key) {
    console.error(`watch-payments: no API key: set KEY, e.g. export KEY=$(cat ${devFile('platform-key')})`);
    process.exit(2);
  }
  const url = process.env.API || readDevFile('api-url') || 'http://localhost:4000';
  watchStateChanges(
    { url, key },
    {
      onConnected: () => console.log(`watching payment state changes at ${url}/graphql (Ctrl-C stops)`),
      onChange: (change) => console.log(describeChange(change)),
      onEnd: (reason) => {
        console.error(`watch-payments: ${reason}`);
        process.exit(1);
      },
    },
    process.env.AFTER || undefined,
  );
}

main();
