import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { logger } from '../logger';

/** `npm run migrate`: creates the database if missing, runs pending migrations, exits. */
async function main(): Promise<void> {
  const db = await openDatabase({ url: loadConfig().databaseUrl, migrate: true });
  logger.info({ migrations: (await db.query('SELECT name FROM migrations ORDER BY id')).length }, 'database is up to date');
  await db.destroy();
}

main().catch((err: unknown) => {
  logger.fatal({ err }, 'migration failed');
  process.exit(1);
});
