import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './db/data-source';
import { createLogger } from './logger';
import { createSchema } from './schema';
import { startServer } from './server';
import { createServices } from './services';

/** `npm start`: the API in production (built output, no sandbox). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({ url: config.databaseUrl, migrate: config.migrate });
  const services = createServices(config, db, logger);
  if (config.bootstrapApiKey) await services.apiKeys.ensureBootstrapKey(config.bootstrapApiKey);
  const server = await startServer(services, await createSchema());
  const stopWorkers = await services.start();
  logger.info({ url: `${server.url}/graphql` }, 'payments API ready');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining HTTP and WebSocket');
    server
      .close()
      .then(stopWorkers)
      .then(() => services.close())
      .then(() => db.destroy())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  createLogger().fatal({ err }, 'failed to start');
  process.exit(1);
});
