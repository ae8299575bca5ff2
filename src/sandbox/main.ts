import { logger } from '../logger';
import { startSandbox } from './index';

/** `npm run sandbox`: the three provider simulators on fixed ports until Ctrl-C. */
async function main(): Promise<void> {
  const sandbox = await startSandbox({
    logger,
    ports: {
      payapp: Number(process.env.SANDBOX_PAYAPP_PORT ?? 4101),
      welcome: Number(process.env.SANDBOX_WELCOME_PORT ?? 4102),
      payup: Number(process.env.SANDBOX_PAYUP_PORT ?? 4103),
    },
  });
  logger.info(sandbox.providerUrls, 'provider sandbox running');
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'sandbox failed to start');
  process.exit(1);
});
