import type { Pool, QueryOptions, QueryValues } from 'mysql2';
import type { DataSource } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import { CALENDAR_DATES } from './data-source';

/** Calendar dates stay strings, as everywhere; DATETIME too, for RowSelect.decode. */
const TEXT_DATES = [...CALENDAR_DATES, 'DATETIME'];

/**
 * Rows of one read outside any transaction, straight from the driver's pool: the hot list and
 * loader reads need none of what TypeORM's query runner adds to each statement (a runner object,
 * subscriber broadcasts, a result wrapper), about a twentieth of a page's CPU. Logged through
 * TypeORM's logger as its own statements are, so query logging and counting still see it.
 * DATETIME columns come back as their text, for RowSelect.decode to make StoredInstants of.
 */
export function readRows<T = Record<string, unknown>>(db: DataSource, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  db.logger.logQuery(sql, params as unknown[]);
  const pool = (db.driver as MysqlDriver).pool as Pool;
  return new Promise((resolve, reject) =>
    pool.query({ sql, dateStrings: TEXT_DATES } as QueryOptions, params as unknown[] as QueryValues, (err, rows) => {
      if (err) reject(Object.assign(err, { query: sql }));
      else resolve(rows as T[]);
    }),
  );
}
