import { PaymentState } from '../src/domain/enums';
import { startTestApp, TestApp } from './support/app';
import { QueryCounter } from './support/db';
import { seedEvent, seedPayment } from './support/seed';

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

  async function countFor(first: number): Promise<{ queries: number; payments: number; events: number }> {
    counter.reset();
    counter.counting = true;
    const res = await app.gql<{ payments: { edges: { node: { events: { edges: unknown[] } } }[] } }>(app.platformSecret, DEEP, { first });
    counter.counting = false;
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const edges = res.data!.payments.edges;
    return { queries: counter.count, payments: edges.length, events: edges.reduce((n, e) => n + e.node.events.edges.length, 0) };
  }

  it('costs the same small number of SQL statements for 10 or 100 payments', async () => {
    await countFor(1); // the key is read once, then kept in memory
    const small = await countFor(10);
    const large = await countFor(100);
    expect(small).toMatchObject({ payments: 10, events: 20 });
    expect(large).toMatchObject({ payments: 100, events: 200 });
    // auth, page ids, page rows, sellers, cash receipts, event ids, event rows, event payments
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(9);
  });
});
