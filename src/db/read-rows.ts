import type { Pool, QueryValues } from 'mysql2';
import type { DataSource } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';

/**
 * Rows of one read outside any transaction, straight from the driver's pool: the hot list and
 * loader reads need none of what TypeORM's query runner adds to each statement (a runner object,
 * subscriber broadcasts, a result wrapper), about a twentieth of a page's CPU. Logged through
 * TypeORM's logger as its own statements are, so query logging and counting still see it.
 */
export function readRows<T = Record<string, unknown>>(db: DataSource, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  db.logger.logQuery(sql, params as unknown[]);
  const pool = (db.driver as MysqlDriver).pool as Pool;
  return new Promise((resolve, reject) =>
    pool.query(sql, params as unknown[] as QueryValues, (err, rows) => {
      if (err) reject(Object.assign(err, { query: sql }));
      else resolve(rows as T[]);
    }),
  );
}
