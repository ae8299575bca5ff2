import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { newId } from '../src/ids';
import { recountPayments } from '../src/modules/payments/payment-counts';
import { startTestApp, TestApp } from './support/app';
import { createSandboxSeller, TestSeller } from './support/sellers';

/**
 * The query plan of every list statement the API emits, at a small table and at one 20 times
 * bigger: each must read its intended index, and the rows it actually reads (ANALYZE's r_rows:
 * EXPLAIN's `rows` is the optimizer's guess of the rows matching the index prefix, which ignores
 * LIMIT) must stay within the page, whatever the table's size. The SQL is the service's own,
 * captured from the connection's logger while the operation runs over HTTP.
 */

/** Every statement with its parameters, while `capturing`. */
class StatementLog implements TypeOrmLogger {
  capturing = false;
  readonly statements: { sql: string; params: unknown[] }[] = [];
  logQuery(sql: string, params?: unknown[]): void {
    if (this.capturing && /^\s*\(?SELECT/i.test(sql)) this.statements.push({ sql, params: params ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

const STATES = ['REQUESTED', 'PAID', 'PARTIALLY_CANCELLED', 'APPROVAL_CANCELLED'];
const PROVIDERS = ['PAYAPP', 'PAYUP', 'WELCOME'];
const METHODS = ['CARD', 'PHONE', null];
const SMALL = 1_000;
const BIG = 20_000;
/** Small enough that a cursor 90 % deep into the small table still has more than a page after it, per state too. */
const PAGE = 20;

/**
 * Payments number `from` to `to` (exclusive), two events each, in multi-row INSERTs. Seller,
 * state, provider, method and order id vary by mixed radix, so that no two of them go together
 * and every single filter matches more than a page at either size.
 */
async function seed(db: DataSource, sellers: string[], from: number, to: number): Promise<void> {
  let seq = 10_000_000 + from * 2;
  for (let start = from; start < to; start += 1_000) {
    const payments: unknown[][] = [];
    const events: unknown[][] = [];
    for (let i = start; i < Math.min(to, start + 1_000); i++) {
      const id = newId('payment');
      const sellerId = sellers[i % 2];
      const state = STATES[Math.floor(i / 2) % 4];
      const at = new Date();
      payments.push([id, sellerId, PROVIDERS[Math.floor(i / 8) % 3], `ppid-${i}`, `order-${Math.floor(i / 24) % 5}`, 'Goods', 1000, 'KRW', state, METHODS[Math.floor(i / 72) % 3], 'API', at, at]);
      events.push([newId('paymentEvent'), seq++, id, sellerId, null, 'REQUESTED', 'API', at], [newId('paymentEvent'), seq++, id, sellerId, 'REQUESTED', state, 'API', at]);
    }
    await db.query(
      `INSERT INTO payments (id, seller_id, provider, provider_payment_id, order_id, good_name, amount, currency, state, method, source, created_at, updated_at) VALUES ${payments.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      payments.flat(),
    );
    await db.query(`INSERT INTO payment_events (id, seq, payment_id, seller_id, from_state, to_state, source, occurred_at) VALUES ${events.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, events.flat());
  }
  await recountPayments(db);
  await db.query('ANALYZE TABLE payments, payment_events, payment_counts');
}

/** One table read of a plan: which index, how it was read, how many rows the optimizer expected and how many it read. */
interface TableRead {
  table: string;
  access: string;
  key: string;
  rows: number;
  readRows: number;
}

/** A full scan has no key. */
const SCAN = '(scan)';

/**
 * Every table read of an ANALYZE FORMAT=JSON plan, however nested (unions, derived tables, window
 * functions); plans name tables by alias, and the service reads every list as `t`.
 */
function tableReads(plan: unknown, aliasOf: string): TableRead[] {
  if (Array.isArray(plan)) return plan.flatMap((p) => tableReads(p, aliasOf));
  if (!plan || typeof plan !== 'object') return [];
  const node = plan as Record<string, unknown>;
  const own: TableRead[] =
    typeof node.table_name === 'string' && typeof node.access_type === 'string'
      ? [{ table: node.table_name === 't' ? aliasOf : node.table_name, access: node.access_type, key: (node.key as string | undefined) ?? SCAN, rows: Number(node.rows ?? 0), readRows: Number(node.r_rows ?? 0) * Number(node.r_loops ?? 1) }]
      : [];
  return [...own, ...Object.values(node).flatMap((child) => tableReads(child, aliasOf))];
}

interface Shape {
  name: string;
  viewer: 'platform' | 'seller';
  query: string;
  variables?: (at: Depths) => Record<string, unknown>;
  /** The index each read of a table must use. */
  keys: Record<string, string[]>;
  /** The most rows any one read may take: a page and the one after it, unless said otherwise. */
  maxRows?: number;
}

/** Cursors 90 % deep into the list, recomputed at each size. */
interface Depths {
  deep: string;
  deepOfSeller: string;
  sellerId: string;
}

const NODES = 'edges { node { id state amount } } pageInfo { hasNextPage hasPreviousPage }';
/** A root list; the seller is read too, so that every shape can be sent the same variables. */
const list = (args: string) => {
  const declared = ['$id: ID!', ...(args.includes('$after') ? ['$after: String'] : []), ...(args.includes('$before') ? ['$before: String'] : [])];
  return `query(${declared.join(', ')}) { payments(${args}) { ${NODES} } seller(id: $id) { id } }`;
};

const SHAPES: Shape[] = [
  { name: 'first page', viewer: 'platform', query: list(`first: ${PAGE}`), keys: { payments: ['PRIMARY'] } },
  { name: 'a cursor 90 % deep', viewer: 'platform', query: list(`first: ${PAGE}, after: $after`), variables: (d) => ({ after: d.deep }), keys: { payments: ['PRIMARY'] } },
  { name: 'backward from a deep cursor', viewer: 'platform', query: list(`last: ${PAGE}, before: $before`), variables: (d) => ({ before: d.deep }), keys: { payments: ['PRIMARY'] } },
  { name: 'one state', viewer: 'platform', query: list(`first: ${PAGE}, filter: { states: [PAID] }`), keys: { payments: ['ix_payments_state'] } },
  { name: 'two states (a seek each)', viewer: 'platform', query: list(`first: ${PAGE}, after: $after, filter: { states: [PAID, REQUESTED] }`), variables: (d) => ({ after: d.deep }), keys: { payments: ['ix_payments_state'] } },
  { name: 'one provider', viewer: 'platform', query: list(`first: ${PAGE}, filter: { providers: [PAYUP] }`), keys: { payments: ['ix_payments_provider'] } },
  { name: 'one method', viewer: 'platform', query: list(`first: ${PAGE}, filter: { methods: [CARD] }`), keys: { payments: ['ix_payments_method'] } },
  { name: 'order id', viewer: 'platform', query: list(`first: ${PAGE}, filter: { orderId: "order-3" }`), keys: { payments: ['ix_payments_order'] } },
  { name: 'provider payment id', viewer: 'platform', query: list(`first: ${PAGE}, filter: { providerPaymentId: "ppid-7" }`), keys: { payments: ['ix_payments_provider_payment'] } },
  { name: 'created between', viewer: 'platform', query: list(`first: ${PAGE}, filter: { createdFrom: "2020-01-01T00:00:00Z", createdTo: "2100-01-01T00:00:00Z" }`), keys: { payments: ['PRIMARY'] } },
  { name: 'SELLER key, first page', viewer: 'seller', query: list(`first: ${PAGE}`), keys: { payments: ['ix_payments_seller'] } },
  { name: 'SELLER key, deep cursor', viewer: 'seller', query: list(`first: ${PAGE}, after: $after`), variables: (d) => ({ after: d.deepOfSeller }), keys: { payments: ['ix_payments_seller'] } },
  { name: 'SELLER key, one state', viewer: 'seller', query: list(`first: ${PAGE}, filter: { states: [PAID] }`), keys: { payments: ['ix_payments_seller_state'] } },
  { name: 'SELLER key, one provider', viewer: 'seller', query: list(`first: ${PAGE}, filter: { providers: [PAYUP] }`), keys: { payments: ['ix_payments_seller_provider'] } },
  { name: 'SELLER key, one method', viewer: 'seller', query: list(`first: ${PAGE}, filter: { methods: [CARD] }`), keys: { payments: ['ix_payments_seller_method'] } },
  { name: 'SELLER key, order id', viewer: 'seller', query: list(`first: ${PAGE}, filter: { orderId: "order-3" }`), keys: { payments: ['ix_payments_seller_order'] } },
  {
    name: 'Seller.payments of one seller',
    viewer: 'platform',
    query: `query($id: ID!) { seller(id: $id) { payments(first: ${PAGE}, filter: { states: [PAID] }) { ${NODES} } } }`,
    keys: { payments: ['ix_payments_seller_state'] },
  },
  {
    name: 'nested batch: a page of payments of each seller, a seek each',
    viewer: 'platform',
    query: `query($id: ID!) { sellers(first: 10) { edges { node { id payments(first: ${PAGE}, filter: { states: [PAID] }) { ${NODES} } } } } seller(id: $id) { id } }`,
    keys: { payments: ['ix_payments_seller_state'] },
  },
  {
    name: 'nested batch: 3 events of each payment of a page',
    viewer: 'platform',
    query: `query($id: ID!) { payments(first: ${PAGE}) { edges { node { id events(first: 3) { edges { node { id from to } } } } } } seller(id: $id) { id } }`,
    keys: { payments: ['PRIMARY'], payment_events: ['ix_payment_events_payment'] },
    // The window reads every event of the page's payments (2 each here), never the table's.
    maxRows: PAGE * 2,
  },
  {
    name: 'totalCount, PLATFORM, states',
    viewer: 'platform',
    query: `query($id: ID!) { payments(first: 0, filter: { states: [PAID, REQUESTED], methods: [CARD] }) { totalCount } seller(id: $id) { id } }`,
    // Every counter row (sellers × states × providers × methods), never a payment.
    keys: { payment_counts: [SCAN] },
    maxRows: 2 * STATES.length * PROVIDERS.length * METHODS.length,
  },
  {
    name: 'totalCount, SELLER key',
    viewer: 'seller',
    query: `query($id: ID!) { payments(first: 0) { totalCount } seller(id: $id) { id } }`,
    // The seller's counter rows only.
    keys: { payment_counts: ['PRIMARY'] },
    maxRows: STATES.length * PROVIDERS.length * METHODS.length,
  },
];

describe('list query plans stay within a page at any table size', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: string;
  const log = new StatementLog();
  const readsBySize = new Map<string, Record<number, TableRead[]>>();

  async function depths(): Promise<Depths> {
    const [{ n }] = await app.db.query('SELECT COUNT(*) AS n FROM payments');
    const [{ id: deep }] = await app.db.query('SELECT id FROM payments ORDER BY id DESC LIMIT 1 OFFSET ?', [Math.floor(Number(n) * 0.9)]);
    const [{ id: deepOfSeller }] = await app.db.query('SELECT id FROM payments WHERE seller_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?', [seller.id, Math.floor(Number(n) * 0.45)]);
    return { deep, deepOfSeller, sellerId: seller.id };
  }

  /** Runs each shape over HTTP and analyzes every statement it sent that reads a list's table. */
  async function analyzeAll(size: number): Promise<void> {
    const at = await depths();
    for (const shape of SHAPES) {
      log.statements.length = 0;
      log.capturing = true;
      const res = await app.gql(shape.viewer === 'platform' ? app.platformSecret : seller.key, shape.query, { id: seller.id, ...shape.variables?.(at) });
      log.capturing = false;
      expect(res.errors).toBeUndefined();
      const reads: TableRead[] = [];
      for (const { sql, params } of log.statements) {
        const [row] = await app.db.query(`ANALYZE FORMAT=JSON ${sql}`, params);
        const table = /FROM `(\w+)` `?t`?\b/.exec(sql)?.[1] ?? '';
        reads.push(...tableReads(JSON.parse(Object.values(row)[0] as string), table).filter((r) => r.table in shape.keys));
      }
      readsBySize.set(shape.name, { ...readsBySize.get(shape.name), [size]: reads });
    }
  }

  beforeAll(async () => {
    app = await startTestApp(__filename, { queryLogger: log, workers: false });
    seller = await createSandboxSeller(app, 'Planned');
    other = (await app.services.sellers.create({ name: 'Other' })).id;
    await seed(app.db, [seller.id, other], 0, SMALL);
    await analyzeAll(SMALL);
    await seed(app.db, [seller.id, other], SMALL, BIG);
    await analyzeAll(BIG);
    if (process.env.LIST_PLANS_REPORT) {
      const line = (r: TableRead) => `${r.table}:${r.key}(${r.access}) rows≈${r.rows} read=${r.readRows}`;
      for (const [name, bySize] of readsBySize) console.log(`${name}\n  ${SMALL}: ${bySize[SMALL].map(line).join('; ')}\n  ${BIG}: ${bySize[BIG].map(line).join('; ')}`);
    }
  }, 120_000);
  afterAll(() => app.close());

  it.each(SHAPES.map((s) => [s.name, s] as const))('%s: its index at both sizes, and no more rows read than a page', (_name, shape) => {
    const bySize = readsBySize.get(shape.name)!;
    for (const size of [SMALL, BIG]) {
      const reads = bySize[size];
      expect(new Set(reads.map((r) => r.table))).toEqual(new Set(Object.keys(shape.keys)));
      for (const read of reads) {
        expect(shape.keys[read.table].map((key) => `${read.table}.${key}`)).toContain(`${read.table}.${read.key}`);
        if (read.key !== SCAN) expect(read.access).not.toBe('ALL');
        expect(read.readRows).toBeLessThanOrEqual(shape.maxRows ?? PAGE + 1);
      }
    }
    const total = (size: number) => bySize[size].reduce((n, r) => n + r.readRows, 0);
    // 20 times the rows, the same work.
    expect(total(BIG)).toBeLessThanOrEqual(total(SMALL) + 1);
  });
});
