import { logger } from '../logger';
import { devPorts, ensurePortsFree, PortError } from '../scripts/ports';
import { startSandbox } from './index';

/** `npm run sandbox`: the three provider simulators on fixed ports until Ctrl-C. */
async function main(): Promise<void> {
  const { payapp, welcome, payup } = devPorts();
  await ensurePortsFree([payapp, welcome, payup], '127.0.0.1');
  const sandbox = await startSandbox({ logger, ports: { payapp: payapp.port, welcome: welcome.port, payup: payup.port } });
  logger.info(sandbox.providerUrls, 'provider sandbox running');
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof PortError) console.error(`npm run sandbox: ${err.message}`);
  else logger.fatal({ err }, 'sandbox failed to start');
  process.exit(1);
});
