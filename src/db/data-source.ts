import { createConnection } from 'mysql2/promise';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { migrations } from '../../migrations';
import { entities } from './entities';
import { closeBatchingPool } from './write-batch';

export interface DataSourceOptions {
  url: string;
  /** Sees every SQL statement; the query-count tests use it. */
  queryLogger?: TypeOrmLogger;
  poolSize?: number;
}

/** DATE columns are calendar dates (Asia/Seoul): kept as 'YYYY-MM-DD' strings on every path. */
export const CALENDAR_DATES = ['DATE'] as const;

/** TypeORM's DataSource, which also ends the pool of transactions that hold writes (write-batch.ts) when destroyed. */
class ServiceDataSource extends DataSource {
  override async destroy(): Promise<void> {
    await closeBatchingPool(this);
    await super.destroy();
  }
}

export function createDataSource({ url, queryLogger, poolSize = 10 }: DataSourceOptions): DataSource {
  return new ServiceDataSource({
    type: 'mysql',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    timezone: 'Z',
    charset: 'utf8mb4',
    dateStrings: [...CALENDAR_DATES],
    bigNumberStrings: false,
    supportBigNumbers: true,
    poolSize,
    logger: queryLogger,
    logging: queryLogger ? ['query'] : false,
  });
}

/** Creates the database named in the URL when it does not exist yet (RUNTIME.md: "created if missing"). */
export async function ensureDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_$]+$/.test(database)) throw new Error(`DATABASE_URL names an unusable database: "${database}"`);
  parsed.pathname = '/';
  const connection = await createConnection({ uri: parsed.toString() });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  } finally {
    await connection.end();
  }
}

export async function openDatabase(options: DataSourceOptions & { migrate: boolean }): Promise<DataSource> {
  await ensureDatabase(options.url);
  const dataSource = await createDataSource(options).initialize();
  if (options.migrate) await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
