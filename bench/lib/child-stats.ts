import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';

/**
 * Loaded first in every process the benchmark measures (the service and each baseline): answers
 * the parent's `stats` message with this process's own CPU time, the SQL statements it has sent,
 * and (on request) its heap after a full collection. Statements are counted at the mysql2 driver through its
 * tracing channels (one `query()` or `execute()` is one round trip, and as many statements as it carries), so other clients
 * of the same MariaDB server do not blur the count; transaction control is counted apart.
 */
export interface ChildStats {
  /** User + system CPU of this process, µs. */
  cpuUs: number;
  /** Statements sent, but for transaction control (counted as the project's QueryCounter counts them). */
  sqlStatements: number;
  /** START TRANSACTION, COMMIT, ROLLBACK. */
  transactionStatements: number;
  /** heapUsed + external after global.gc(), bytes (null when started without --expose-gc). */
  heapBytes: number | null;
}

let sqlStatements = 0;
let transactionStatements = 0;
const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i;
/** BENCH_SQL_LOG=<file>: every statement also appended there (which statements a request costs). */
const logFile = process.env.BENCH_SQL_LOG;
/** A query may carry several statements, a ledger transaction's held writes: each is counted (the separator of src/db/write-batch.ts). */
const STATEMENT_SEPARATOR = ';\n';
const count = (context: unknown) => {
  for (const query of String((context as { query?: string })?.query).split(STATEMENT_SEPARATOR)) {
    if (TRANSACTION_CONTROL.test(query)) transactionStatements++;
    else sqlStatements++;
    if (logFile) appendFileSync(logFile, `${process.pid} ${query.replace(/\s+/g, ' ').slice(0, 300)}\n`);
  }
};
subscribe('tracing:mysql2:query:start', count);
subscribe('tracing:mysql2:execute:start', count);

/** With `collect`, a full collection first, so that the heap figure is what is still held. */
function stats(collect: boolean): ChildStats {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collect) gc?.();
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  return { cpuUs: cpu.user + cpu.system, sqlStatements, transactionStatements, heapBytes: collect && gc ? memory.heapUsed + memory.external : null };
}

process.on('message', (message: { type?: string; id?: number; gc?: boolean }) => {
  if (message?.type === 'stats') process.send?.({ type: 'stats', id: message.id, stats: stats(message.gc === true) });
});

/** A baseline tells the parent where it listens. */
export function announceReady(url: string): void {
  process.send?.({ type: 'ready', url });
}
