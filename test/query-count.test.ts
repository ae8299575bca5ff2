import { PaymentState } from '../src/domain/enums';
import { startTestApp, TestApp } from './support/app';
import { QueryCounter } from './support/db';
import { seedEvent, seedPayment } from './support/seed';

/** The list the benchmark reads (issue #15): at most 4 statements, auth included. */
const LIST = `query($first: Int) {
  payments(first: $first) {
    edges { node { id state amount seller { id name } events(first: 3) { edges { node { id from to } } } } }
    pageInfo { hasNextPage }
  }
}`;

const DEEP = `query($first: Int) {
  payments(first: $first) {
    edges { node {
      id state
      seller { id name providerAccounts { provider } }
      billingKey { id } subscription { id }
      cashReceipts { id }
      events(first: 5) { edges { node { id from to payment { id } } } }
    } }
  }
}`;

describe('batched loading of nested fields', () => {
  let app: TestApp;
  const counter = new QueryCounter();

  beforeAll(async () => {
    // No background workers: their polls would be counted with the request.
    app = await startTestApp(__filename, { queryLogger: counter, workers: false });
    const sellers = [await app.services.sellers.create({ name: 'One' }), await app.services.sellers.create({ name: 'Two' })];
    for (let i = 0; i < 100; i++) {
      const payment = await seedPayment(app.db, sellers[i % 2].id, { state: PaymentState.PAID });
      await seedEvent(app.db, payment, PaymentState.REQUESTED);
      await seedEvent(app.db, payment, PaymentState.PAID, PaymentState.REQUESTED);
    }
  });
  afterAll(() => app.close());

  let firstRequest: string[];
  beforeAll(async () => {
    await countFor(10); // both sellers' payments
    firstRequest = [...counter.statements];
  });

  async function countFor(first: number, query = DEEP): Promise<{ queries: number; payments: number; events: number }> {
    counter.reset();
    counter.counting = true;
    const res = await app.gql<{ payments: { edges: { node: { events: { edges: unknown[] } } }[] } }>(app.platformSecret, query, { first });
    counter.counting = false;
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const edges = res.data!.payments.edges;
    return { queries: counter.count, payments: edges.length, events: edges.reduce((n, e) => n + e.node.events.edges.length, 0) };
  }

  it('costs the same small number of SQL statements for 10 or 100 payments', async () => {
    // The key and the sellers were read by the first request (beforeAll), the sellers in one
    // statement; from then on both are found in memory (src/cache/row-cache.ts).
    expect(firstRequest[0]).toMatch(/FROM `api_keys`/);
    expect(firstRequest.filter((sql) => sql.includes('FROM `sellers`'))).toEqual([expect.stringMatching(/WHERE .*`id` IN \(\?, \?\)/)]);
    const small = await countFor(10);
    const large = await countFor(100);
    expect(small).toMatchObject({ payments: 10, events: 20 });
    expect(large).toMatchObject({ payments: 100, events: 200 });
    // the page, the sellers' accounts, cash receipts, events, the events' payments
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBe(5);
  });

  it('reads a page of 50 with sellers and 3 events each in 2 statements (the key and sellers are in memory): the page, the events', async () => {
    const list = await countFor(50, LIST);
    expect(list).toEqual({ queries: 2, payments: 50, events: 100 });
    const [page, events] = counter.statements;
    expect(page).toMatch(/FROM `payments` `t` FORCE INDEX \(`PRIMARY`\) ORDER BY `t`.`id` DESC LIMIT 51$/);
    expect(events).toMatch(/ROW_NUMBER\(\) OVER \(PARTITION BY `t`.`payment_id` ORDER BY `t`.`id` DESC\).* FROM `payment_events`/);
  });

  it('reads only the columns the operation asks for: no event payload, no sealed secret, no unasked payment column', async () => {
    await countFor(50, LIST);
    const [page, events] = counter.statements;
    expect(page).toMatch(/^SELECT t.`id` AS `id`, t.`seller_id` AS `sellerId`, t.`amount` AS `amount`, t.`state` AS `state` FROM/);
    expect(events).not.toMatch(/`data`|`note`|`seq`/);
    expect(firstRequest.find((sql) => sql.includes('FROM `sellers`'))).not.toMatch(/secret/);
    await countFor(10);
    expect(counter.statements.find((sql) => sql.includes('FROM `seller_accounts`'))).not.toMatch(/secret/);
  });

  it("reads a page's events with the page when asked once; aliases with other arguments get pages of their own", async () => {
    counter.reset();
    counter.counting = true;
    const once = await app.gql<any>(app.platformSecret, `{ payments(first: 10) { edges { node { id events(first: 1) { edges { node { id to } } } } } } }`);
    const twice = await app.gql<any>(app.platformSecret, `{ payments(first: 10) { edges { node { id a: events(first: 1) { edges { node { id } } } b: events(first: 2) { edges { node { id } } } } } } }`);
    counter.counting = false;
    expect(once.errors).toBeUndefined();
    expect(once.data.payments.edges.map((e: any) => e.node.events.edges.map((x: any) => x.node.to))).toEqual(Array(10).fill(['PAID']));
    expect(twice.errors).toBeUndefined();
    expect(twice.data.payments.edges.map((e: any) => [e.node.a.edges.length, e.node.b.edges.length])).toEqual(Array(10).fill([1, 2]));
    // The page and its events; then the page and one batch per alias.
    expect(counter.count).toBe(2 + 3);
  });

  it("refuses a bad cursor for a page's events on each payment's own path, as without reading ahead", async () => {
    const res = await app.gql<any>(app.platformSecret, `{ payments(first: 2) { edges { node { id events(first: 1, after: "not-a-cursor") { edges { node { id } } } } } } }`);
    // Reported on a payment's events (the first to fail nulls the page: events and the list are non-null).
    expect(res.errors?.map((e: any) => [e.path, e.extensions.code])).toEqual([[['payments', 'edges', 0, 'node', 'events'], 'BAD_USER_INPUT']]);
  });
});
