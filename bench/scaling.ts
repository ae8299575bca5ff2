import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { createPool, Pool } from 'mysql2/promise';

/**
 * Where the shared pieces stop scaling (docs/scaling.md): the one event-sequence row every
 * committed event passes through, against per-partition sequences in the same run; and Redis
 * pub/sub fan-out to N instances. Prints a table; run with `npm run bench:scaling`.
 */
const SERVER = process.env.BENCH_DATABASE_SERVER_URL ?? 'mysql://root@127.0.0.1:3306';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

type Row = [string, string, string];
const rows: Row[] = [];

/** Commits per second of `workers` loops of `commit` for SECONDS. */
async function commitsPerSecond(workers: number, commit: (worker: number) => Promise<void>): Promise<number> {
  let commits = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < until) {
        await commit(worker);
        commits++;
      }
    }),
  );
  return commits / SECONDS;
}

/** An event written the way the ledger writes one: the sequence taken last, the row inserted, committed. */
async function eventCommit(pool: Pool, sequence: string): Promise<void> {
  const connection = await pool.getConnection();
  try {
    await connection.beginTransaction();
    await connection.query('UPDATE bench_sequence SET value = LAST_INSERT_ID(value + 1) WHERE name = ?', [sequence]);
    await connection.query('INSERT INTO bench_events (partition_name, seq, payload) VALUES (?, LAST_INSERT_ID(), ?)', [sequence, 'x'.repeat(300)]);
    await connection.commit();
  } finally {
    connection.release();
  }
}

async function sequenceBench(): Promise<void> {
  const admin = await createPool({ uri: SERVER, connectionLimit: 1 });
  await admin.query('CREATE DATABASE IF NOT EXISTS payments_bench_scaling');
  await admin.end();
  const pool = createPool({ uri: `${SERVER}/payments_bench_scaling`, connectionLimit: 64 });
  await pool.query('DROP TABLE IF EXISTS bench_events, bench_sequence');
  await pool.query('CREATE TABLE bench_sequence (name VARCHAR(32) PRIMARY KEY, value BIGINT NOT NULL) ENGINE=InnoDB');
  await pool.query('CREATE TABLE bench_events (id BIGINT AUTO_INCREMENT PRIMARY KEY, partition_name VARCHAR(32) NOT NULL, seq BIGINT NOT NULL, payload TEXT, UNIQUE KEY (partition_name, seq)) ENGINE=InnoDB');
  const partitions = Array.from({ length: 32 }, (_, i) => `p${i}`);
  await pool.query('INSERT INTO bench_sequence (name, value) VALUES ?', [[['global', 0], ...partitions.map((p) => [p, 0])]]);
  for (const workers of [1, 8, 32]) {
    const shared = await commitsPerSecond(workers, () => eventCommit(pool, 'global'));
    const partitioned = await commitsPerSecond(workers, (worker) => eventCommit(pool, partitions[worker % partitions.length]));
    rows.push([`event commits, ${workers} concurrent writers`, `one sequence row: ${shared.toFixed(0)}/s`, `a row per partition: ${partitioned.toFixed(0)}/s (×${(partitioned / shared).toFixed(2)})`]);
  }
  await pool.query('DROP DATABASE payments_bench_scaling');
  await pool.end();
}

async function pubSubBench(): Promise<void> {
  const payload = JSON.stringify({ origin: 'bench', message: { id: 'pev_01M8TSY7GDAT6HYDDBQZKYCYTA', seq: 1, data: 'x'.repeat(500) } });
  for (const instances of [1, 8, 32]) {
    const subscribers = Array.from({ length: instances }, () => new Redis(REDIS_URL));
    let received = 0;
    for (const s of subscribers) s.on('message', () => received++);
    await Promise.all(subscribers.map((s) => s.subscribe('bench:payments')));
    const publisher = new Redis(REDIS_URL);
    const messages = 20_000;
    const started = performance.now();
    for (let sent = 0; sent < messages; sent += 500) {
      const batch = publisher.pipeline();
      for (let i = 0; i < 500; i++) batch.publish('bench:payments', payload);
      await batch.exec();
    }
    while (received < messages * instances && performance.now() - started < 60_000) await new Promise((r) => setTimeout(r, 10));
    const seconds = (performance.now() - started) / 1000;
    rows.push([`Redis pub/sub, ${instances} subscribing instance(s)`, `${(messages / seconds).toFixed(0)} events/s published`, `${((messages * instances) / seconds).toFixed(0)} deliveries/s (${received} of ${messages * instances})`]);
    await Promise.all([publisher, ...subscribers].map((c) => c.quit()));
  }
}

async function main(): Promise<void> {
  await sequenceBench();
  await pubSubBench();
  const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 10));
  for (const r of [['what', 'measured', 'beside it'] as Row, ...rows]) console.log(r.map((cell, c) => cell.padEnd(width[c])).join(' | '));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
