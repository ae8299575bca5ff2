import { Client } from 'graphql-ws';
import { Currency, EventSource, PaymentState, Provider } from '../src/domain/enums';
import { InProcessEventBus } from '../src/events/bus';
import { createLogger } from '../src/logger';
import { newPaymentRow } from '../src/modules/payments/new-payment';
import { PaymentRow } from '../src/modules/payments/payment.entity';
import { LogCapture, startTestApp, TestApp } from './support/app';
import { QueryCounter } from './support/db';
import { postNotice } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';
import { Collected, collect, sleep, wsClient } from './support/ws';

/** Every subscriber sends the very same document, with the same (no) variables. */
const DOC = 'subscription { paymentStateChanged { id from to payment { id state amount seller { id } } } }';
interface Ev { id: string; from: string | null; to: string; payment: { id: string; state: string; amount: number; seller: { id: string } } }
const pick = (d: Record<string, unknown>) => d.paymentStateChanged as Ev;

type Scope = 'A' | 'B' | 'C' | 'PLATFORM';
interface Subscriber { scope: Scope; events: Collected<Ev>; joinedBefore: number }

describe('one payment event, many subscribers', () => {
  const counter = new QueryCounter();
  let app: TestApp;
  const sellers = {} as Record<Exclude<Scope, 'PLATFORM'>, TestSeller>;
  const clients: Client[] = [];
  const subscribers: Subscriber[] = [];
  /** The PAID events committed so far, in order: what each subscriber should get, by seller. */
  const committed: { paymentId: string; sellerId: string }[] = [];
  let mulNo = 70_000_000;

  const secretOf = (scope: Scope) => (scope === 'PLATFORM' ? app.platformSecret : sellers[scope].key);

  beforeAll(async () => {
    // No background workers: their polls would be counted with a notice's statements.
    app = await startTestApp(__filename, { queryLogger: counter, workers: false, env: { WS_MAX_CONNECTIONS_PER_KEY: '100', RATE_LIMIT_PER_MINUTE: '100000' } });
    for (const scope of ['A', 'B', 'C'] as const) sellers[scope] = await createSandboxSeller(app, `Fan ${scope}`);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await app.close();
  });

  /** New subscribers, each on a connection of its own, live once the feed counts them all. */
  async function subscribe(counts: Partial<Record<Scope, number>>): Promise<void> {
    for (const [scope, count] of Object.entries(counts) as [Scope, number][]) {
      for (let i = 0; i < count; i++) {
        const client = wsClient(app.url, secretOf(scope));
        clients.push(client);
        subscribers.push({ scope, events: collect(client, DOC, {}, pick), joinedBefore: committed.length });
      }
    }
    while (app.services.paymentFeed.listenerCount < subscribers.length) await sleep(20);
  }

  /** A REQUESTED PayApp payment, opened through the ledger as the API opens one. */
  async function openPayment(scope: Exclude<Scope, 'PLATFORM'>): Promise<PaymentRow> {
    const row = newPaymentRow({ sellerId: sellers[scope].id, provider: Provider.PAYAPP, providerPaymentId: String(mulNo++), goodName: 'Lesson', amount: 1000, currency: Currency.KRW, state: PaymentState.REQUESTED });
    await app.services.ledger.open(row, { source: EventSource.API, amount: row.amount });
    return row;
  }

  const sees = (s: Subscriber, sellerId: string) => s.scope === 'PLATFORM' || sellers[s.scope].id === sellerId;
  const expectedFor = (s: Subscriber) => committed.slice(s.joinedBefore).filter((e) => sees(s, e.sellerId));

  /** PayApp's notice that the payment was paid; the SQL statements it cost until every subscriber had its event. */
  async function payByNotice(scope: Exclude<Scope, 'PLATFORM'>, payment: PaymentRow): Promise<string[]> {
    counter.reset();
    counter.counting = true;
    const answer = await postNotice(app, sellers[scope], { mul_no: payment.providerPaymentId as string, pay_state: '4', price: '1000', pay_type: '1', goodname: 'Lesson' });
    expect(answer).toEqual({ status: 200, body: 'SUCCESS' });
    committed.push({ paymentId: payment.id, sellerId: payment.sellerId });
    await Promise.all(subscribers.map((s) => s.events.waitFor(expectedFor(s).length)));
    counter.counting = false;
    // The revocation check of open sockets runs every 2 s, whatever happens: not the notice's.
    return counter.statements.filter((sql) => !/api_keys/.test(sql));
  }

  it('costs the same SQL statements per notice for 5 and for 50 subscribers, and each gets only what its key may see', async () => {
    const [warm1, a1, warm2, a2, b1, c1] = [await openPayment('A'), await openPayment('A'), await openPayment('A'), await openPayment('A'), await openPayment('B'), await openPayment('C')];
    // Each counted notice follows one of the same seller's, so that what the service keeps in memory for a few seconds (the seller, its webhook endpoints) is warm for both.
    await subscribe({ A: 2, B: 1, C: 1, PLATFORM: 1 });
    await payByNotice('A', warm1);
    const forFive = await payByNotice('A', a1);
    await subscribe({ A: 13, B: 14, C: 9, PLATFORM: 9 });
    expect(subscribers).toHaveLength(50);
    await payByNotice('A', warm2);
    const forFifty = await payByNotice('A', a2);
    expect(forFifty).toHaveLength(forFive.length);
    expect(forFifty.length).toBeLessThanOrEqual(15);
    await payByNotice('B', b1);
    await payByNotice('C', c1);
    await sleep(300); // anything wrongly delivered would have arrived by now

    for (const s of subscribers) {
      // Sellers sending the same document as each other never share an answer: only their own payments reach them.
      expect(s.events.items.map((e) => [e.payment.id, e.payment.seller.id, e.from, e.to, e.payment.state, e.payment.amount])).toEqual(
        expectedFor(s).map((e) => [e.paymentId, e.sellerId, 'REQUESTED', 'PAID', 'PAID', 1000]),
      );
      expect(s.events.errors).toEqual([]);
    }
    expect(subscribers.filter((s) => s.scope === 'PLATFORM').map((s) => s.events.items.length)).toEqual([6, ...Array(9).fill(4)]);
  });

  it('shows each event with its payment as that event committed it, even when a later one is already committed', async () => {
    const watcher = collect(wsClient(app.url, sellers.A.key), DOC, {}, pick);
    while (app.services.paymentFeed.listenerCount < subscribers.length + 1) await sleep(20);
    const row = newPaymentRow({ sellerId: sellers.A.id, provider: Provider.PAYAPP, goodName: 'Lesson', amount: 2500, currency: Currency.KRW, state: PaymentState.REQUESTED });
    // Both events commit together: by the time either is delivered, the payment in the table is PAID.
    await app.services.ledger.write(async (tx) => {
      await tx.open(row, { source: EventSource.API, amount: row.amount });
      await tx.transition(row.id, () => ({ to: PaymentState.PAID, source: EventSource.PROVIDER_NOTICE, payState: 4, amount: row.amount, changes: { paidAt: new Date() } }));
    });
    const events = await watcher.waitFor(2);
    expect(events.map((e) => [e.payment.id, e.from, e.to, e.payment.state, e.payment.amount])).toEqual([
      [row.id, null, 'REQUESTED', 'REQUESTED', 2500],
      [row.id, 'REQUESTED', 'PAID', 'PAID', 2500],
    ]);
    watcher.stop();
  });
});

describe('the event bus', () => {
  it('tells listeners after the publisher has moved on, in publish order, each on its own', async () => {
    const logs = new LogCapture();
    const bus = new InProcessEventBus(createLogger('info', logs));
    const heard: string[] = [];
    bus.subscribe('apiKeyRevoked', ({ apiKeyId }) => {
      if (apiKeyId === 'key_1') throw new Error('listener bug');
    });
    bus.subscribe('apiKeyRevoked', ({ apiKeyId }) => heard.push(apiKeyId));
    bus.publish('apiKeyRevoked', { apiKeyId: 'key_1' });
    bus.publish('apiKeyRevoked', { apiKeyId: 'key_2' });
    expect(heard).toEqual([]); // publish returned before any listener ran
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['key_1', 'key_2']);
    expect(logs.text).toContain('listener bug');
    await bus.close();
  });
});
