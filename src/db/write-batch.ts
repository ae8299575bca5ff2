import type { Pool, PoolConnection } from 'mysql2';
import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
import type { MysqlDriver } from 'typeorm/driver/mysql/MysqlDriver';
import { QueryResult } from 'typeorm/query-runner/QueryResult';

/**
 * Between the statements of one round trip. The driver escapes a line break inside a value as
 * `\n`, so this never occurs inside one statement: the benchmark splits on it to count statements
 * (bench/lib/child-stats.ts, which keeps its own copy so that no baseline loads this module).
 */
const STATEMENT_SEPARATOR = ';\n';

/**
 * Writes held back in one transaction: those whose answer nobody reads (an INSERT, an UPDATE by
 * id) wait and travel with the transaction's next statement that is read, or with its COMMIT, as
 * one multi-statement query. On this hardware a round trip costs about as much client CPU as the
 * rest of a statement, so the transaction that settles a pay request (START, five statements,
 * COMMIT) takes two round trips instead of seven. Order is kept: every statement goes after
 * everything held before it. A held write that fails makes the statement it travels with fail
 * (MariaDB runs none of the statements after it), and the transaction rolls back as it would have.
 */
class HeldWrites {
  private held: string[] = [];
  /** What waits for the answer of a held statement, by its place in `held`. */
  private answered = new Map<number, (raw: unknown) => void>();
  /** Whether anything of this transaction has reached the server yet. */
  private sent = false;

  constructor(
    private readonly db: DataSource,
    private readonly connection: PoolConnection,
    private readonly send: (sql: string, params?: unknown[], structured?: boolean) => Promise<unknown>,
  ) {}

  hold(sql: string, params: readonly unknown[], answered?: (raw: unknown) => void): void {
    this.db.logger.logQuery(sql, params as unknown[]);
    if (answered) this.answered.set(this.held.length, answered);
    this.held.push(params.length ? this.connection.format(sql, params as unknown[]) : sql);
  }

  /** The runner's `query`, holding the transaction's start and sending what is held with what follows. */
  query = async (sql: string, params?: unknown[], structured?: boolean): Promise<unknown> => {
    if (sql === 'START TRANSACTION' && !this.sent && !this.held.length) {
      this.hold(sql, []);
      return structured ? new QueryResult() : undefined;
    }
    if (sql === 'ROLLBACK' && !this.sent) {
      // Nothing reached the server: there is nothing to roll back, only held writes to forget.
      this.held = [];
      this.answered.clear();
      return structured ? new QueryResult() : undefined;
    }
    this.sent = true;
    if (!this.held.length) return this.send(sql, params, structured);
    this.db.logger.logQuery(sql, params);
    const statements = [...this.held, params?.length ? this.connection.format(sql, params) : sql];
    const answered = this.answered;
    this.held = [];
    this.answered = new Map();
    const batch = statements.join(STATEMENT_SEPARATOR);
    const results = await new Promise<unknown[]>((resolve, reject) =>
      this.connection.query(batch, (err, raw) => {
        if (!err) return resolve(raw as unknown[]);
        this.db.logger.logQueryError(err, batch, []);
        reject(new QueryFailedError(batch, [], err));
      }),
    );
    for (const [index, answer] of answered) answer(results[index]);
    // The answer of the statement asked for, the last one.
    const raw = results[statements.length - 1];
    if (!structured) return raw;
    const result = new QueryResult();
    result.raw = raw;
    if (Array.isArray(raw)) result.records = raw;
    if (raw && typeof raw === 'object' && 'affectedRows' in raw) result.affected = (raw as { affectedRows: number }).affectedRows;
    return result;
  };
}

const holding = new WeakMap<QueryRunner, HeldWrites>();

/**
 * Sends a write nothing waits for: now, or, inside transactionHoldingWrites, with the
 * transaction's next statement. `answered`, if given, gets its answer once that has been sent.
 */
export async function queueWrite(manager: EntityManager, sql: string, params: readonly unknown[], answered?: (raw: unknown) => void): Promise<void> {
  const writes = manager.queryRunner && holding.get(manager.queryRunner);
  if (writes) return writes.hold(sql, params, answered);
  const raw: unknown = await manager.query(sql, params as unknown[]);
  answered?.(raw);
}

const pools = new WeakMap<DataSource, Pool>();

/**
 * The pool of ledger transactions: TypeORM's connection settings, and several statements allowed
 * per query. Kept apart from the pool every other statement uses, which stays one statement per
 * query, so that only these transactions' own statements (each built from fixed SQL and
 * driver-escaped values) can ever travel together; it also keeps money movements from waiting
 * behind a burst of reads for a connection.
 */
async function batchingPool(db: DataSource): Promise<Pool> {
  let pool = pools.get(db);
  if (!pool) {
    const driver = db.driver as MysqlDriver & { createConnectionOptions(options: unknown, credentials: unknown): unknown };
    const options = (await driver.createConnectionOptions(driver.options, driver.options)) as object;
    pool = driver.mysql.createPool({ ...options, multipleStatements: true }) as Pool;
    pools.set(db, pool);
  }
  return pool;
}

/** Ends the batching pool of `db`, if it has one; DataSource.destroy() does not know it. */
export async function closeBatchingPool(db: DataSource): Promise<void> {
  const pool = pools.get(db);
  pools.delete(db);
  if (pool) await new Promise<void>((resolve, reject) => pool.end((err) => (err ? reject(err) : resolve())));
}

/** Runs `work` in one transaction whose writes queued through queueWrite travel with the next statement. */
export async function transactionHoldingWrites<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const pool = await batchingPool(db);
  const connection = await new Promise<PoolConnection>((resolve, reject) => pool.getConnection((err, c) => (err ? reject(err) : resolve(c))));
  const runner = db.createQueryRunner('master') as QueryRunner & { databaseConnection: PoolConnection };
  runner.databaseConnection = connection;
  const writes = new HeldWrites(db, connection, runner.query.bind(runner) as (sql: string, params?: unknown[], structured?: boolean) => Promise<unknown>);
  holding.set(runner, writes);
  runner.query = writes.query as QueryRunner['query'];
  try {
    return await runner.manager.transaction(work);
  } finally {
    await runner.release();
  }
}
