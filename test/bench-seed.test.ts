import { Connection, createConnection, RowDataPacket } from 'mysql2/promise';
import { providerPaymentId, seedBatch } from '../bench/lib/seed';
import { isIdOf } from '../src/ids';
import { startTestApp, TestApp } from './support/app';

/** The benchmark's seeder leaves rows the service reads as its own: real ids, consistent histories, seqs ahead, counters right. */
describe('bench seeding', () => {
  let app: TestApp;
  let sql: Connection;
  let sellerIds: string[];
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 11, 1);
  const rows = async <T = RowDataPacket>(query: string) => (await sql.query<RowDataPacket[]>(query))[0] as T[];

  beforeAll(async () => {
    app = await startTestApp(__filename);
    sql = await createConnection({ uri: (app.db.options as { url: string }).url, timezone: 'Z' });
    sellerIds = [(await app.services.sellers.create({ name: 'One' })).id, (await app.services.sellers.create({ name: 'Two' })).id];
    // The shape the per-seller counters have where they exist; made here where they do not, to see them filled.
    await sql.query(`CREATE TABLE IF NOT EXISTS payment_counts (seller_id VARCHAR(32) NOT NULL, state VARCHAR(24) NOT NULL, provider VARCHAR(16) NOT NULL,
      method VARCHAR(24) NOT NULL DEFAULT '', n BIGINT NOT NULL, PRIMARY KEY (seller_id, state, provider, method))`);
    await seedBatch(sql, { tag: 'A', count: 1200, sellerIds, from: new Date(now - 365 * DAY), to: new Date(now - DAY) });
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  it('writes payment ids that are ULIDs in creation order, spread over the sellers', async () => {
    const payments = await rows<{ id: string; created_at: Date; seller_id: string }>('SELECT id, created_at, seller_id FROM payments ORDER BY created_at, id');
    expect(payments).toHaveLength(1200);
    expect(payments.every((p) => isIdOf('payment', p.id))).toBe(true);
    expect(payments.map((p) => p.id)).toEqual([...payments.map((p) => p.id)].sort());
    expect(payments[0].created_at.toISOString()).toBe(new Date(now - 365 * DAY).toISOString());
    expect(new Set(payments.map((p) => p.seller_id))).toEqual(new Set(sellerIds));
  });

  it('gives every payment a history from REQUESTED to its state, with seqs above all others and the sequence moved past them', async () => {
    const histories = await rows<{ state: string; events: number; last_to: string; first_from: string | null }>(
      `SELECT p.state, COUNT(*) AS events,
         (SELECT to_state FROM payment_events l WHERE l.payment_id = p.id ORDER BY l.seq DESC LIMIT 1) AS last_to,
         (SELECT from_state FROM payment_events f WHERE f.payment_id = p.id ORDER BY f.seq LIMIT 1) AS first_from
       FROM payments p JOIN payment_events e ON e.payment_id = p.id GROUP BY p.id`,
    );
    expect(histories).toHaveLength(1200);
    expect(histories.every((h) => h.last_to === h.state && h.first_from === null)).toBe(true);
    expect(new Set(histories.map((h) => `${h.state}:${h.events}`))).toEqual(
      new Set(['PAID:2', 'APPROVAL_CANCELLED:3', 'PARTIALLY_CANCELLED:3', 'REQUESTED:1', 'WAITING_FOR_DEPOSIT:2', 'REQUEST_CANCELLED:2', 'FAILED:2']),
    );
    const [sequence] = await rows<{ value: number; max: number; events: number; distinct: number }>(
      "SELECT (SELECT value FROM event_sequence WHERE name = 'payment_events') AS value, MAX(seq) AS max, COUNT(*) AS events, COUNT(DISTINCT seq) AS `distinct` FROM payment_events",
    );
    expect(Number(sequence.value)).toBe(Number(sequence.max));
    expect(Number(sequence.distinct)).toBe(Number(sequence.events));
  });

  it('is read by the service like its own rows: a page with sellers and events, a filter on the provider number', async () => {
    const res = await app.gql<{ payments: { edges: { node: { id: string; state: string; seller: { id: string }; events: { edges: { node: { to: string } }[] } } }[] } }>(
      app.platformSecret,
      `{ payments(first: 3) { edges { node { id state seller { id } events(first: 3) { edges { node { to } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.payments.edges.map((e) => e.node);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      expect(sellerIds).toContain(node.seller.id);
      expect(node.events.edges[0].node.to).toBe(node.state);
    }
    const byNumber = await app.gql<{ payments: { edges: { node: { orderId: string } }[] } }>(app.platformSecret, `query($f: PaymentFilter) { payments(first: 5, filter: $f) { edges { node { orderId } } } }`, {
      f: { providerPaymentId: providerPaymentId('A', 700) },
    });
    expect(byNumber.data!.payments.edges.map((e) => e.node.orderId)).toEqual(['order-A-700']);
  });

  it('recomputes the payment counters from the payments after each batch', async () => {
    await seedBatch(sql, { tag: 'C', count: 300, sellerIds: [sellerIds[1]], from: new Date(now - 3600_000), to: new Date(now), allRequested: true });
    const counted = await rows<{ key: string; n: number }>("SELECT CONCAT_WS('/', seller_id, state, provider, method) AS `key`, n FROM payment_counts");
    const actual = await rows<{ key: string; n: number }>("SELECT CONCAT_WS('/', seller_id, state, provider, COALESCE(method, '')) AS `key`, COUNT(*) AS n FROM payments GROUP BY 1");
    const asMap = (list: { key: string; n: number }[]) => new Map(list.map((r) => [r.key, Number(r.n)]));
    expect(asMap(counted)).toEqual(asMap(actual));
    expect(asMap(counted).get(`${sellerIds[1]}/REQUESTED/PAYAPP/`)).toBeGreaterThanOrEqual(300);
  });
});
