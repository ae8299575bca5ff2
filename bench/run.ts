import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'undici';
import { createConnection, RowDataPacket } from 'mysql2/promise';
import type { ChildStats } from './lib/child-stats';
import { MeasuredProcess } from './lib/children';
import { graphql } from './lib/graphql-client';
import { graphqlOk, LoadRequest, LoadResult, runLoad } from './lib/load';
import { fmt, fmtRatio, table, verdict } from './lib/markdown';
import { providerPaymentId, seedBatch } from './lib/seed';
import { median, percentile, sum } from './lib/stats';
import { Round, SubscriberFleet } from './lib/subscribers';

/**
 * `npm run bench`: the service beside the stack's own baselines, started in the same run, on a
 * database of its own (payments_bench, dropped at the end). Prints one markdown report and writes
 * it to bench/results/latest.md. bench/README.md says how to read it.
 */
const SERVER = process.env.BENCH_DATABASE_SERVER_URL ?? 'mysql://root@127.0.0.1:3306';
const DATABASE = 'payments_bench';
const DATABASE_URL = `${SERVER}/${DATABASE}`;
const PHASE_MS = Number(process.env.BENCH_PHASE_SECONDS ?? 5) * 1000;
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const CONNECTIONS = 32;
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const NOTICES_PER_REPETITION = 10;
/** Notices sent one at a time with nobody listening, each repetition, to compare PayApp's answer with. */
const ALONE_NOTICES = 5;
const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_LARGE ?? 1_000_000);
/** REQUESTED payments seeded for notices to pay (live and writes); a phase that runs out stops early and says so. */
const NOTICE_POOL = 24_000;
const RESULTS = join(__dirname, '..', '..', 'bench', 'results', 'latest.md');
/** `BENCH_ONLY=reads,writes` runs just those sections (reads, live, writes; no growth), prints them and keeps latest.md: for iterating on one path. */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const runs = (section: 'reads' | 'live' | 'writes' | 'growth') => !ONLY || ONLY.has(section);

const DAY = 86_400_000;
const NOW = Date.now();
const began = performance.now();
const progress = (message: string) => console.error(`[${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const NODE = `id state amount currency createdAt seller { id name } events(first: 3) { edges { node { id from to occurredAt } } }`;
const READS = `query Reads { payments(first: 50) { edges { node { ${NODE} } } } }`;
const BASELINE_READS = `query Reads { payments(first: 50) { id state amount currency createdAt seller { id name } } }`;
const LIVE = `subscription Live { paymentStateChanged { id from to payment { id state amount } } }`;
const REQUEST_PAYMENT = `mutation Request($i: RequestPaymentInput!) { requestPayment(input: $i) { payment { id state } userErrors { code message } } }`;

interface Seller {
  id: string;
  payApp: { userId: string; linkKey: string; linkValue: string };
}
interface PoolPayment {
  id: string;
  mulNo: string;
  amount: number;
}

/** SQL statements: `sql` as the project's QueryCounter counts them, `tx` the transaction control (START TRANSACTION, COMMIT, ROLLBACK). */
interface Statements {
  sql: number;
  tx: number;
}
const NO_STATEMENTS: Statements = { sql: 0, tx: 0 };
const statementsBetween = (before: ChildStats, after: ChildStats): Statements => ({ sql: after.sqlStatements - before.sqlStatements, tx: after.transactionStatements - before.transactionStatements });
/** Statements per operation, with what the pollers send on their own in that time (`idlePerSecond`) taken out. */
function perOperation(total: Statements[], idlePerSecond: Statements, seconds: number, operations: number): Statements {
  return {
    sql: (sum(total.map((t) => t.sql)) - idlePerSecond.sql * seconds) / operations,
    tx: (sum(total.map((t) => t.tx)) - idlePerSecond.tx * seconds) / operations,
  };
}

/** A load phase with the measured process's CPU and SQL over exactly that phase. */
interface Phase extends LoadResult {
  cpuUs: number;
  statements: Statements;
}

interface Summary {
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerOp: number;
  statementsPerOp: Statements;
  failed: number;
  firstFailure?: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address !== 'object') throw new Error('no free port');
  return address.port;
}

async function measured(process: MeasuredProcess, load: () => Promise<LoadResult>): Promise<Phase> {
  const before = await process.stats();
  const result = await load();
  const after = await process.stats();
  return { ...result, cpuUs: after.cpuUs - before.cpuUs, statements: statementsBetween(before, after) };
}

/** Statements a second the process sends on its own (pollers), to take out of per-request counts. */
async function idleStatementsPerSecond(process: MeasuredProcess, ms = 2000): Promise<Statements> {
  const before = await process.stats();
  await pause(ms);
  const { sql, tx } = statementsBetween(before, await process.stats());
  return { sql: (sql * 1000) / ms, tx: (tx * 1000) / ms };
}

function summarize(phases: Phase[], idlePerSecond: Statements): Summary {
  const ops = sum(phases.map((p) => p.ok + p.failed));
  const latencies = phases.flatMap((p) => p.latencies);
  const failures = phases.filter((p) => p.failed);
  return {
    rps: median(phases.map((p) => p.ok / p.seconds)),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMsPerOp: sum(phases.map((p) => p.cpuUs)) / 1000 / ops,
    statementsPerOp: perOperation(phases.map((p) => p.statements), idlePerSecond, sum(phases.map((p) => p.seconds)), ops),
    failed: sum(phases.map((p) => p.failed)),
    firstFailure: failures[0]?.firstFailure,
  };
}

/** A statement count as shown (one decimal) is what a target is judged on: the pollers' share taken out is an estimate. */
const atMost = (count: number, limit: number) => Math.round(count * 10) / 10 <= limit;
const fmtStatements = (s: Statements) => `${fmt(s.sql, 1)}${Math.round(s.tx * 10) ? ` +${fmt(s.tx, 1)} tx` : ''}`;

/** The median over repetitions of product/baseline, each pair from the same repetition. */
const ratio = (product: Phase[], baseline: Phase[]) => median(product.map((p, i) => p.ok / p.seconds / (baseline[i].ok / baseline[i].seconds)));

const graphqlRequest = (path: string, query: string, secret?: string, variables?: Record<string, unknown>): LoadRequest => ({
  path,
  headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
  body: JSON.stringify({ query, variables }),
});

function noticeRequest(seller: Seller, payment: PoolPayment): LoadRequest {
  const form = new URLSearchParams({ userid: seller.payApp.userId, linkkey: seller.payApp.linkKey, linkval: seller.payApp.linkValue, mul_no: payment.mulNo, pay_state: '4', pay_type: '1', price: String(payment.amount), goodname: 'Item' });
  return { path: `/webhooks/payapp?payment=${payment.id}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() };
}

const noticeAccepted = (status: number, body: string) => status === 200 && body === 'SUCCESS';

/** The benchmark's world: the sandbox, the service (restarted around seeding), the baselines. */
class Bench {
  service!: MeasuredProcess;
  serviceUrl = '';
  readonly platformKey = `sk_bench_${randomBytes(16).toString('hex')}`;
  sellerKey = '';
  sellers: Seller[] = [];
  pool: PoolPayment[] = [];
  private readonly env: Record<string, string>;

  constructor(
    readonly sandbox: MeasuredProcess,
    readonly payappUrl: string,
    port: number,
    readonly hello: { process: MeasuredProcess; url: string },
    readonly list: { process: MeasuredProcess; url: string },
    readonly fanout: { process: MeasuredProcess; url: string },
  ) {
    this.serviceUrl = `http://127.0.0.1:${port}`;
    this.env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL,
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      BOOTSTRAP_API_KEY: this.platformKey,
      PAYAPP_API_URL: `${payappUrl}/oapi/apiLoad.html`,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      // One key drives all the load (32 connections, 1,000 sockets): its limits are sized for that.
      RATE_LIMIT_PER_MINUTE: '100000000',
      WS_MAX_CONNECTIONS_PER_KEY: String(SUBSCRIBERS * 2),
    };
  }

  async startService(): Promise<void> {
    this.service = MeasuredProcess.start('the service', join(__dirname, 'service-child.js'), this.env);
    await this.service.answers(`${this.serviceUrl}/readyz`);
  }

  async restartAround(work: () => Promise<void>): Promise<void> {
    await this.service.stop();
    await work();
    await this.startService();
  }

  gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return graphql<T>(`${this.serviceUrl}/graphql`, this.platformKey, query, variables);
  }

  /** Four sellers with PayApp accounts (the first also at the sandbox, for requestPayment), and a SELLER key of the first. */
  async createSellers(): Promise<void> {
    for (let n = 1; n <= 4; n++) {
      const payApp = { userId: `bench_seller_${n}`, linkKey: `bench-linkkey-${n}`.padEnd(20, '0'), linkValue: `bench-linkval-${n}`.padEnd(20, '0') };
      const { createSeller } = await this.gql(`mutation($i: CreateSellerInput!) { createSeller(input: $i) { seller { id } userErrors { code message } } }`, { i: { name: `Bench seller ${n}`, payApp } });
      if (!createSeller.seller) throw new Error(`createSeller: ${JSON.stringify(createSeller.userErrors)}`);
      this.sellers.push({ id: createSeller.seller.id, payApp });
    }
    const res = await fetch(`${this.payappUrl}/_sandbox/payapp/sellers`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(this.sellers[0].payApp) });
    if (!res.ok) throw new Error(`sandbox seller: ${res.status} ${await res.text()}`);
    const { createApiKey } = await this.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret userErrors { code message } } }`, { i: { name: 'bench seller key', role: 'SELLER', sellerId: this.sellers[0].id } });
    if (!createApiKey.secret) throw new Error(`createApiKey: ${JSON.stringify(createApiKey.userErrors)}`);
    this.sellerKey = createApiKey.secret;
  }

  nextPoolPayment(): PoolPayment | null {
    return this.pool.shift() ?? null;
  }

  async close(): Promise<void> {
    await Promise.all([this.service?.stop(), this.sandbox.stop(), this.hello.process.stop(), this.list.process.stop(), this.fanout.process.stop()]);
  }
}

async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof createConnection>>) => Promise<T>): Promise<T> {
  const db = await createConnection({ uri: DATABASE_URL, timezone: 'Z' });
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

async function paymentCount(): Promise<number> {
  return withDatabase(async (db) => Number((await db.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM payments'))[0][0].n));
}

// ---------------------------------------------------------------- growth

interface GrowthQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  key?: 'seller';
  /** The target: within 1.5× of the same at 10k, or an absolute bound at the large size. */
  maxMsAtLarge?: number;
}

const pageQuery = `query Page($after: String, $filter: PaymentFilter) { payments(first: 50, after: $after, filter: $filter) { edges { node { ${NODE} } } } }`;

async function growthQueries(): Promise<GrowthQuery[]> {
  // The cursor 90 % deep is found afresh at each size; the other values exist at both sizes (the first batch's rows).
  const count = await paymentCount();
  const deep = await withDatabase(async (db) => (await db.query<RowDataPacket[]>(`SELECT id FROM payments ORDER BY id DESC LIMIT 1 OFFSET ${Math.floor(count * 0.9)}`))[0][0].id as string);
  return [
    { name: 'first page', query: pageQuery },
    { name: 'after a cursor 90 % deep', query: pageQuery, variables: { after: deep } },
    { name: 'filter: states [APPROVAL_CANCELLED]', query: pageQuery, variables: { filter: { states: ['APPROVAL_CANCELLED'] } } },
    { name: 'filter: providers [PAYUP]', query: pageQuery, variables: { filter: { providers: ['PAYUP'] } } },
    { name: 'filter: methods [KAKAOPAY]', query: pageQuery, variables: { filter: { methods: ['KAKAOPAY'] } } },
    { name: 'filter: orderId', query: pageQuery, variables: { filter: { orderId: 'order-A-5000' } } },
    { name: 'filter: providerPaymentId', query: pageQuery, variables: { filter: { providerPaymentId: providerPaymentId('A', 5000) } } },
    { name: 'filter: createdFrom/createdTo (10 days)', query: pageQuery, variables: { filter: { createdFrom: new Date(NOW - 200 * DAY).toISOString(), createdTo: new Date(NOW - 190 * DAY).toISOString() } } },
    { name: "SELLER key's first page", query: pageQuery, key: 'seller' },
    { name: 'payments(first: 1) { totalCount }', query: `{ payments(first: 1) { totalCount } }`, maxMsAtLarge: 50 },
  ];
}

/**
 * p50 of one query sent alone, again and again, after three unmeasured (which bring its index pages
 * into the buffer pool): at least 20 times, at most 60 times or 8 s. A query of a few milliseconds
 * needs that many for its median to hold still between runs.
 */
async function soloP50(bench: Bench, q: GrowthQuery): Promise<{ p50: number; rows: number }> {
  const client = new Client(bench.serviceUrl);
  const request = graphqlRequest('/graphql', q.query, q.key === 'seller' ? bench.sellerKey : bench.platformKey, q.variables);
  const send = async () => {
    const started = performance.now();
    const res = await client.request({ method: 'POST', ...request });
    const body = (await res.body.json()) as { data?: { payments: { edges?: unknown[]; totalCount?: number } }; errors?: unknown };
    if (body.errors || !body.data) throw new Error(`${q.name}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
    return { ms: performance.now() - started, rows: body.data.payments.edges?.length ?? body.data.payments.totalCount ?? 0 };
  };
  for (let i = 0; i < 3; i++) await send();
  const times: number[] = [];
  let rows = 0;
  const until = performance.now() + 8000;
  while (times.length < 60 && (times.length < 20 || performance.now() < until)) {
    const answer = await send();
    times.push(answer.ms);
    rows = answer.rows;
  }
  await client.close();
  return { p50: median(times), rows };
}

async function growth(bench: Bench): Promise<Map<string, { p50: number; rows: number }>> {
  const results = new Map<string, { p50: number; rows: number }>();
  for (const q of await growthQueries()) results.set(q.name, await soloP50(bench, q));
  return results;
}

// ---------------------------------------------------------------- reads

async function reads(bench: Bench) {
  const product = () => runLoad({ origin: bench.serviceUrl, connections: CONNECTIONS, durationMs: PHASE_MS, request: () => graphqlRequest('/graphql', READS, bench.platformKey), accept: graphqlOk });
  const baseline = () => runLoad({ origin: bench.list.url, connections: CONNECTIONS, durationMs: PHASE_MS, request: () => graphqlRequest('/', BASELINE_READS), accept: graphqlOk });
  await runLoad({ origin: bench.list.url, connections: CONNECTIONS, durationMs: 1000, request: () => graphqlRequest('/', BASELINE_READS), accept: graphqlOk });
  await runLoad({ origin: bench.serviceUrl, connections: CONNECTIONS, durationMs: 1000, request: () => graphqlRequest('/graphql', READS, bench.platformKey), accept: graphqlOk });
  const idle = await idleStatementsPerSecond(bench.service);
  const baselines: Phase[] = [];
  const products: Phase[] = [];
  for (let rep = 1; rep <= REPETITIONS; rep++) {
    progress(`reads, repetition ${rep}/${REPETITIONS}`);
    baselines.push(await measured(bench.list.process, baseline));
    products.push(await measured(bench.service, product));
  }
  return { product: summarize(products, idle), baseline: summarize(baselines, NO_STATEMENTS), ratio: ratio(products, baselines) };
}

// ---------------------------------------------------------------- live

interface LiveSide {
  rounds: Round[];
  cpuUs: number;
  statements: Statements;
  /** Bytes held per idle subscriber, and still held per subscriber after they all left. */
  heldPerSubscriber: number;
  retainedPerSubscriber: number;
  stray: number;
  errors: string[];
}

/** Warm-up events sent after the first when it did not reach every subscriber. */
const WARM_UP_RETRIES = 3;

async function liveSide(process: MeasuredProcess, wsUrl: string, connectionParams: Record<string, unknown>, trigger: () => Promise<void>, idle: (perSecond: Statements) => void): Promise<LiveSide> {
  const empty = await process.stats(true);
  const fleet = await SubscriberFleet.open(wsUrl, connectionParams, SUBSCRIBERS, LIVE);
  // graphql-ws does not acknowledge a subscribe: a subscription the server had not set up yet when
  // the first notice committed never sees that event. Warm-up events until one reaches everybody.
  let warmUp = await fleet.measure(trigger, 5_000);
  for (let retry = 0; warmUp.missing && retry < WARM_UP_RETRIES; retry++) warmUp = await fleet.measure(trigger, 30_000);
  if (warmUp.missing) throw new Error(`${warmUp.missing} of ${SUBSCRIBERS} subscribers never got a warm-up event (${fleet.errors[0] ?? 'no error'})`);
  const held = await process.stats(true);
  idle(await idleStatementsPerSecond(process));
  const before = await process.stats();
  const rounds: Round[] = [];
  for (let n = 0; n < NOTICES_PER_REPETITION; n++) rounds.push(await fleet.measure(trigger));
  const after = await process.stats();
  const stray = fleet.stray;
  const errors = fleet.errors;
  await fleet.close();
  await pause(1500);
  const left = await process.stats(true);
  return {
    rounds,
    cpuUs: after.cpuUs - before.cpuUs,
    statements: statementsBetween(before, after),
    heldPerSubscriber: ((held.heapBytes ?? NaN) - (empty.heapBytes ?? NaN)) / SUBSCRIBERS,
    retainedPerSubscriber: ((left.heapBytes ?? NaN) - (empty.heapBytes ?? NaN)) / SUBSCRIBERS,
    stray,
    errors,
  };
}

async function live(bench: Bench) {
  const sendNotice = async () => {
    const payment = bench.nextPoolPayment();
    if (!payment) throw new Error('the notice pool ran out');
    const notice = noticeRequest(bench.sellers[0], payment);
    const res = await fetch(`${bench.serviceUrl}${notice.path}`, { method: 'POST', headers: notice.headers, body: notice.body });
    const text = await res.text();
    if (!noticeAccepted(res.status, text)) throw new Error(`notice refused: ${res.status} ${text}`);
  };
  const publish = async () => {
    const res = await fetch(`${bench.fanout.url}/publish`, { method: 'POST' });
    if ((await res.text()) !== 'SUCCESS') throw new Error('publish failed');
  };
  const baselines: LiveSide[] = [];
  const products: LiveSide[] = [];
  const alone: number[] = [];
  const idle: Statements[] = [];
  for (let rep = 1; rep <= REPETITIONS; rep++) {
    progress(`live, repetition ${rep}/${REPETITIONS}: raw graphql-ws`);
    baselines.push(await liveSide(bench.fanout.process, `${bench.fanout.url.replace('http', 'ws')}/graphql`, {}, publish, () => {}));
    progress(`live, repetition ${rep}/${REPETITIONS}: the service`);
    // PayApp's answer with nobody listening, to compare with its answer with 1,000 listening.
    for (let n = 0; n < ALONE_NOTICES; n++) {
      const started = performance.now();
      await sendNotice();
      alone.push(performance.now() - started);
    }
    products.push(await liveSide(bench.service, `${bench.serviceUrl.replace('http', 'ws')}/graphql`, { authorization: `Bearer ${bench.platformKey}` }, sendNotice, (n) => idle.push(n)));
  }
  const side = (sides: LiveSide[], idlePerSecond: Statements) => {
    const rounds = sides.flatMap((s) => s.rounds);
    const latencies = rounds.flatMap((r) => r.latencies);
    const seconds = sum(rounds.map((r) => Math.max(...r.latencies, r.answerMs))) / 1000;
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      missing: sum(rounds.map((r) => r.missing)),
      answerP50: percentile(rounds.map((r) => r.answerMs), 50),
      cpuMsPerNotice: sum(sides.map((s) => s.cpuUs)) / 1000 / rounds.length,
      statementsPerNotice: perOperation(sides.map((s) => s.statements), idlePerSecond, seconds, rounds.length),
      heldKb: median(sides.map((s) => s.heldPerSubscriber)) / 1024,
      retainedKb: median(sides.map((s) => s.retainedPerSubscriber)) / 1024,
      stray: sum(sides.map((s) => s.stray)),
      errors: sides.flatMap((s) => s.errors),
      p99s: sides.map((s) => percentile(s.rounds.flatMap((r) => r.latencies), 99)),
    };
  };
  const product = side(products, { sql: median(idle.map((i) => i.sql)), tx: median(idle.map((i) => i.tx)) });
  const baseline = side(baselines, NO_STATEMENTS);
  return { product, baseline, p99Ratio: median(product.p99s.map((p, i) => p / baseline.p99s[i])), answerAlone: median(alone) };
}

// ---------------------------------------------------------------- writes

async function writes(bench: Bench) {
  const helloLoad = (durationMs: number) => runLoad({ origin: bench.hello.url, connections: CONNECTIONS, durationMs, request: () => graphqlRequest('/', '{ hello }'), accept: graphqlOk });
  let requested = 0;
  const requestLoad = (durationMs: number) =>
    runLoad({
      origin: bench.serviceUrl,
      connections: CONNECTIONS,
      durationMs,
      request: () => graphqlRequest('/graphql', REQUEST_PAYMENT, bench.platformKey, { i: { sellerId: bench.sellers[0].id, goodName: `Bench item ${++requested}`, amount: 1000, buyer: { phone: '01012345678' } } }),
      accept: (status, body) => graphqlOk(status, body) && body.includes('"userErrors":[]'),
    });
  let poolRanOut = false;
  const noticeLoad = (durationMs: number) =>
    runLoad({
      origin: bench.serviceUrl,
      connections: CONNECTIONS,
      durationMs,
      request: () => {
        const payment = bench.nextPoolPayment();
        if (!payment) poolRanOut = true;
        return payment && noticeRequest(bench.sellers[0], payment);
      },
      accept: noticeAccepted,
    });
  await helloLoad(1000);
  await requestLoad(1000);
  await noticeLoad(1000);
  const idle = await idleStatementsPerSecond(bench.service);
  const hellos: Phase[] = [];
  const requests: Phase[] = [];
  const notices: Phase[] = [];
  for (let rep = 1; rep <= REPETITIONS; rep++) {
    progress(`writes, repetition ${rep}/${REPETITIONS}`);
    hellos.push(await measured(bench.hello.process, () => helloLoad(PHASE_MS)));
    requests.push(await measured(bench.service, () => requestLoad(PHASE_MS)));
    notices.push(await measured(bench.service, () => noticeLoad(PHASE_MS)));
  }
  return {
    hello: summarize(hellos, NO_STATEMENTS),
    requestPayment: summarize(requests, idle),
    notices: summarize(notices, idle),
    requestRatio: ratio(requests, hellos),
    noticeRatio: ratio(notices, hellos),
    poolRanOut,
  };
}

// ---------------------------------------------------------------- report

type Reads = Awaited<ReturnType<typeof reads>>;
type Live = Awaited<ReturnType<typeof live>>;
type Writes = Awaited<ReturnType<typeof writes>>;
type Growth = Awaited<ReturnType<typeof growth>>;

function report(r: { reads?: Reads; live?: Live; writes?: Writes; small?: Growth; large?: Growth; largeCount: number; smallCount: number; seedSeconds: number; totalSeconds: number }): string {
  const targets: [string, string, boolean][] = [];
  const check = (what: string, shown: string, met: boolean) => {
    targets.push([what, shown, met]);
    return `${verdict(met)}`;
  };
  const loadRow = (name: string, s: Summary, extra: Partial<Record<'ratio' | 'target' | 'result', string>> = {}) => [
    name,
    fmt(s.rps, 0),
    fmt(s.p50),
    fmt(s.p99),
    fmt(s.cpuMsPerOp),
    fmtStatements(s.statementsPerOp),
    extra.ratio ?? '',
    extra.target ?? '',
    extra.result ?? '',
  ];
  /** A write beside (a): at least 0.04× its rate, at most `maxSql` statements. */
  const writeRow = (name: string, what: string, one: string, s: Summary, ratio: number, maxSql: number) =>
    loadRow(name, s, {
      ratio: fmtRatio(ratio),
      target: `≥ 0.04× (a); ≤ ${maxSql} SQL`,
      result: [
        check(`${what} ≥ 0.04× { hello }`, fmtRatio(ratio), ratio >= 0.04),
        check(`SQL per ${one} ≤ ${maxSql}`, fmtStatements(s.statementsPerOp), atMost(s.statementsPerOp.sql, maxSql)),
      ].join(' · '),
    });
  const { reads: rd, live: lv, writes: wr } = r;
  const readRows = (rd: Reads) => {
    const cpuPerPaymentUs = (rd.product.cpuMsPerOp * 1000) / 50;
    return [
      loadRow('(b) Apollo 5 + DataLoader, list of 50 + seller', rd.baseline),
      loadRow('reads: payments(first: 50) + seller + events(first: 3)', rd.product, {
        ratio: fmtRatio(rd.ratio),
        target: '≥ 0.5× (b); ≤ 40 µs CPU/payment; ≤ 4 SQL',
        result: [
          check('reads ≥ 0.5× baseline (b)', fmtRatio(rd.ratio), rd.ratio >= 0.5),
          check('reads CPU per payment ≤ 40 µs', `${fmt(cpuPerPaymentUs, 0)} µs`, cpuPerPaymentUs <= 40),
          check('reads SQL per request ≤ 4', fmtStatements(rd.product.statementsPerOp), atMost(rd.product.statementsPerOp.sql, 4)),
        ].join(' · '),
      }),
    ];
  };
  const liveRows = (lv: Live) => [
    ['(c) raw graphql-ws fan-out, 1 event → N', '', fmt(lv.baseline.p50), fmt(lv.baseline.p99), fmt(lv.baseline.cpuMsPerNotice), '0', '', '', ''],
    [
      `live: 1 notice → ${SUBSCRIBERS} paymentStateChanged`,
      '',
      fmt(lv.product.p50),
      fmt(lv.product.p99),
      fmt(lv.product.cpuMsPerNotice),
      fmtStatements(lv.product.statementsPerNotice),
      `${fmtRatio(lv.p99Ratio)} p99`,
      'p99 ≤ 1.5× (c); ≤ 15 SQL/notice',
      [
        check(`live p99 ≤ 1.5× raw graphql-ws (${SUBSCRIBERS} subscribers)`, fmtRatio(lv.p99Ratio), lv.p99Ratio <= 1.5 && lv.product.missing === 0),
        check('live SQL per notice ≤ 15', fmtStatements(lv.product.statementsPerNotice), atMost(lv.product.statementsPerNotice.sql, 15)),
      ].join(' · '),
    ],
    [
      `live: PayApp's answer, ${SUBSCRIBERS} listening vs none`,
      '',
      fmt(lv.product.answerP50),
      '',
      '',
      '',
      `${fmtRatio(lv.product.answerP50 / lv.answerAlone)} (none: ${fmt(lv.answerAlone)} ms)`,
      'does not wait for the fan-out: ≤ 1.5×',
      check("PayApp's answer does not wait for the fan-out (≤ 1.5× of its time with nobody listening)", fmtRatio(lv.product.answerP50 / lv.answerAlone), lv.product.answerP50 <= 1.5 * lv.answerAlone),
    ],
    [
      'memory per idle subscriber (heap + external)',
      '',
      '',
      '',
      '',
      '',
      `(c): ${fmt(lv.baseline.heldKb, 1)} KB`,
      '≤ 25 KB; ≤ 2 KB left after they leave',
      [
        check('memory per idle subscriber ≤ 25 KB', `${fmt(lv.product.heldKb, 1)} KB`, lv.product.heldKb <= 25),
        check('given back when they leave (≤ 2 KB per former subscriber still held)', `${fmt(lv.product.retainedKb, 1)} KB`, lv.product.retainedKb <= 2),
      ].join(' · ') + ` (${fmt(lv.product.heldKb, 1)} KB held, ${fmt(lv.product.retainedKb, 1)} KB left)`,
    ],
  ];
  const writeRows = (wr: Writes) => [
    loadRow('(a) Apollo 5 { hello }', wr.hello),
    writeRow('writes: requestPayment (sandbox PayApp)', 'requestPayment', 'requestPayment', wr.requestPayment, wr.requestRatio, 6),
    writeRow('writes: unique PayApp notices (→ PAID)', 'unique notices', 'notice', wr.notices, wr.noticeRatio, 9),
  ];
  const rows = [...(rd ? readRows(rd) : []), ...(lv ? liveRows(lv) : []), ...(wr ? writeRows(wr) : [])];
  const { small: smallGrowth, large: largeGrowth } = r;
  const growthRows = !smallGrowth || !largeGrowth ? [] : [...smallGrowth.keys()].map((name) => {
    const small = smallGrowth.get(name)!;
    const large = largeGrowth.get(name)!;
    const growthRatio = large.p50 / small.p50;
    const absolute = name.includes('totalCount');
    const met = absolute ? large.p50 <= 50 : growthRatio <= 1.5;
    return [
      name,
      `${fmt(small.p50)} (${fmt(small.rows, 0)})`,
      `${fmt(large.p50)} (${fmt(large.rows, 0)})`,
      fmtRatio(growthRatio),
      absolute ? '≤ 50 ms at 1M' : '≤ 1.5×',
      check(absolute ? `totalCount ≤ 50 ms at ${fmt(r.largeCount, 0)}` : `growth, ${name}: ≤ 1.5×`, absolute ? `${fmt(large.p50)} ms` : fmtRatio(growthRatio), met),
    ];
  });
  const summaries: (readonly [string, Summary])[] = [
    ...(rd ? ([['reads (b)', rd.baseline], ['reads', rd.product]] as const) : []),
    ...(wr ? ([['{ hello }', wr.hello], ['requestPayment', wr.requestPayment], ['notices', wr.notices]] as const) : []),
  ];
  const failures = [
    ...summaries.filter(([, s]) => s.failed).map(([name, s]) => `${name}: ${s.failed} failed answers, the first: ${s.firstFailure}`),
    ...(lv && (lv.product.missing || lv.baseline.missing) ? [`live: deliveries that never arrived: service ${lv.product.missing}, raw graphql-ws ${lv.baseline.missing}`] : []),
    ...(lv?.product.stray ? [`live: ${lv.product.stray} deliveries arrived outside a round (late or extra)`] : []),
    ...(lv?.product.errors.length ? [`live: subscription errors, the first: ${lv.product.errors[0]}`] : []),
    ...(wr?.poolRanOut ? ['writes: the pool of REQUESTED payments ran out, so a notice phase stopped early'] : []),
  ];
  const met = targets.filter(([, , ok]) => ok).length;
  return [
    `# npm run bench — ${new Date(NOW).toISOString()}`,
    '',
    `${CONNECTIONS} connections, ${REPETITIONS} alternating repetitions of ${PHASE_MS / 1000} s phases, ${SUBSCRIBERS} subscribers × ${NOTICES_PER_REPETITION} notices a repetition; ` +
      `reads, live and writes at ${fmt(r.smallCount, 0)} payments; Node ${process.version}, ${cpus().length} CPUs. ` +
      `Seeding took ${fmt(r.seedSeconds, 0)} s, the whole run ${fmt(r.totalSeconds, 0)} s. How to read this: bench/README.md.`,
    '',
    '## Against the baselines',
    '',
    table(['what', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/op', 'SQL/op', 'ratio to baseline', 'target', 'result'], rows),
    ...(growthRows.length
      ? ['', `## Growth: p50 ms of one query alone (rows returned), ${fmt(r.smallCount, 0)} → ${fmt(r.largeCount, 0)} payments`, '', table(['query', `at ${fmt(r.smallCount, 0)}`, `at ${fmt(r.largeCount, 0)}`, 'ratio', 'target', 'result'], growthRows)]
      : []),
    '',
    `## Targets: ${met} of ${targets.length} met`,
    '',
    ...targets.map(([what, shown, ok]) => `- ${verdict(ok)} — ${what}: ${shown}`),
    ...(failures.length ? ['', '## Problems during the run', '', ...failures.map((f) => `- ${f}`)] : []),
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  await withServer(`DROP DATABASE IF EXISTS ${DATABASE}`);
  await withServer(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  const [payappPort, welcomePort, payupPort, apiPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const sandbox = MeasuredProcess.start('the sandbox', join(__dirname, '..', 'src', 'sandbox', 'main.js'), {
    SANDBOX_PAYAPP_PORT: String(payappPort),
    SANDBOX_WELCOME_PORT: String(welcomePort),
    SANDBOX_PAYUP_PORT: String(payupPort),
    LOG_LEVEL: 'warn',
  });
  const payappUrl = `http://127.0.0.1:${payappPort}`;
  const baseline = async (name: string, file: string) => {
    const process = MeasuredProcess.start(name, join(__dirname, 'baselines', file), { DATABASE_URL });
    return { process, url: await process.announced() };
  };
  const bench = new Bench(sandbox, payappUrl, apiPort, await baseline('baseline (a)', 'hello.js'), await baseline('baseline (b)', 'list.js'), await baseline('baseline (c)', 'fanout.js'));
  try {
    await sandbox.answers(`${payappUrl}/_sandbox/payapp/notices`);
    progress('starting the service (migrations)');
    await bench.startService();
    await bench.createSellers();
    let seedSeconds = 0;
    const history = { sellerIds: bench.sellers.map((s) => s.id), from: new Date(NOW - 365 * DAY), to: new Date(NOW - DAY) };
    await bench.restartAround(async () => {
      progress(`seeding ${fmt(SMALL, 0)} payments`);
      seedSeconds += await withDatabase((db) => seedBatch(db, { tag: 'A', count: SMALL, ...history }));
    });
    const smallCount = await paymentCount();
    if (runs('growth')) progress(`growth at ${fmt(smallCount, 0)}`);
    const small = runs('growth') ? await growth(bench) : undefined;
    const readResults = runs('reads') ? await reads(bench) : undefined;

    if (runs('live') || runs('writes')) await bench.restartAround(async () => {
      progress(`seeding ${fmt(NOTICE_POOL, 0)} REQUESTED payments for notices`);
      seedSeconds += await withDatabase((db) => seedBatch(db, { tag: 'C', count: NOTICE_POOL, sellerIds: [bench.sellers[0].id], from: new Date(NOW - 3_600_000), to: new Date(NOW - 600_000), allRequested: true }));
      bench.pool = await withDatabase(async (db) =>
        (await db.query<RowDataPacket[]>("SELECT id, provider_payment_id AS mulNo, amount FROM payments WHERE order_id LIKE 'order-C-%' AND state = 'REQUESTED' ORDER BY id"))[0].map((row) => ({ id: row.id, mulNo: row.mulNo, amount: row.amount })),
      );
    });
    const liveResults = runs('live') ? await live(bench) : undefined;
    const writeResults = runs('writes') ? await writes(bench) : undefined;

    if (runs('growth')) await bench.restartAround(async () => {
      const topUp = Math.max(0, LARGE - (await paymentCount()));
      progress(`seeding ${fmt(topUp, 0)} more payments (to ${fmt(LARGE, 0)})`);
      const seconds = await withDatabase((db) => seedBatch(db, { tag: 'B', count: topUp, ...history }));
      progress(`seeded in ${fmt(seconds, 0)} s`);
      seedSeconds += seconds;
    });
    const largeCount = await paymentCount();
    if (runs('growth')) progress(`growth at ${fmt(largeCount, 0)}`);
    const large = runs('growth') ? await growth(bench) : undefined;
    const markdown = report({ reads: readResults, live: liveResults, writes: writeResults, small, large, smallCount, largeCount, seedSeconds, totalSeconds: (performance.now() - began) / 1000 });
    if (!ONLY) {
      mkdirSync(join(RESULTS, '..'), { recursive: true });
      writeFileSync(RESULTS, markdown);
    }
    console.log(markdown);
  } finally {
    await bench.close();
    await withServer(`DROP DATABASE IF EXISTS ${DATABASE}`);
  }
}

async function withServer(sql: string): Promise<void> {
  const db = await createConnection({ uri: SERVER });
  try {
    await db.query(sql);
  } finally {
    await db.end();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
