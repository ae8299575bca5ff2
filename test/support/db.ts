import { subscribe } from 'node:diagnostics_channel';
import { createHash } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { openDatabase } from '../../src/db/data-source';

const SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'mysql://root@127.0.0.1:3306';

async function dropDatabase(name: string): Promise<void> {
  const admin = await createConnection({ uri: SERVER_URL });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await admin.end();
  }
}

export interface TestDatabase {
  db: DataSource;
  url: string;
  /** Closes the pool and drops the database, so that a test run leaves none behind. */
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file (named after the file), migrated from scratch, so test
 * files can run in parallel without seeing each other's rows.
 */
export async function freshDatabase(testFile: string, queryLogger?: TypeOrmLogger, poolSize = 20): Promise<TestDatabase> {
  const name = `test_${createHash('sha1').update(testFile).digest('hex').slice(0, 16)}`;
  await dropDatabase(name); // left over by a run that was killed
  const url = `${SERVER_URL}/${name}`;
  const db = await openDatabase({ url, migrate: true, queryLogger, poolSize });
  return {
    db,
    url,
    async drop() {
      if (db.isInitialized) await db.destroy();
      await dropDatabase(name);
    },
  };
}

/** Counts SQL statements while `counting` is on; the DataLoader tests read it. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  counting = false;
  /** Queries sent to MariaDB while counting: one round trip each, however many statements it carries (src/db/write-batch.ts). */
  roundTrips = 0;
  constructor() {
    const sent = () => {
      if (this.counting) this.roundTrips++;
    };
    subscribe('tracing:mysql2:query:start', sent);
    subscribe('tracing:mysql2:execute:start', sent);
  }
  readonly statements: string[] = [];
  /** START TRANSACTION, COMMIT and ROLLBACK, apart from the statements. */
  readonly transactionControl: string[] = [];
  logQuery(query: string): void {
    if (!this.counting || /^SELECT VERSION/i.test(query)) return;
    if (/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(query)) {
      this.transactionControl.push(query);
      return;
    }
    this.count++;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.count = 0;
    this.roundTrips = 0;
    this.statements.length = 0;
    this.transactionControl.length = 0;
  }
}
