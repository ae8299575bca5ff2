import { Client } from 'graphql-ws';
import type WebSocket from 'ws';
import { Currency, EventSource, PaymentState, Provider } from '../src/domain/enums';
import { newPaymentRow } from '../src/modules/payments/new-payment';
import { PaymentRow } from '../src/modules/payments/payment.entity';
import { startTestApp, TestApp } from './support/app';
import { collect, sleep, wsClient } from './support/ws';

const EVENTS = `subscription($paymentId: ID, $states: [PaymentState!], $after: String) {
  paymentStateChanged(paymentId: $paymentId, states: $states, after: $after) { id from to amount source payment { id state seller { id } } }
}`;
interface Ev { id: string; from: string | null; to: string; amount: number | null; source: string; payment: { id: string; state: string; seller: { id: string } } }
const pick = (d: Record<string, unknown>) => d.paymentStateChanged as Ev;

describe('live payment events over graphql-ws', () => {
  let app: TestApp;
  let sellerA: string;
  let sellerB: string;
  let keyA: string;
  const clients: Client[] = [];
  const client = (secret: string) => {
    const c = wsClient(app.url, secret);
    clients.push(c);
    return c;
  };

  /** A payment opened through the ledger, as the mutation path opens one. */
  async function openPayment(sellerId: string): Promise<PaymentRow> {
    const row = newPaymentRow({ sellerId, provider: Provider.PAYAPP, goodName: 'Lesson', amount: 1000, currency: Currency.KRW, state: PaymentState.REQUESTED });
    await app.services.ledger.open(row, { source: EventSource.API, amount: row.amount });
    return row;
  }
  const pay = (p: PaymentRow) => app.services.ledger.transition(p.id, () => ({ to: PaymentState.PAID, source: EventSource.PROVIDER_NOTICE, payState: 4, amount: p.amount, changes: { paidAt: new Date() } }));

  beforeAll(async () => {
    app = await startTestApp(__filename);
    sellerA = (await app.services.sellers.create({ name: 'A' })).id;
    sellerB = (await app.services.sellers.create({ name: 'B' })).id;
    keyA = (await app.services.apiKeys.create({ name: 'A', role: 'SELLER' as never, sellerId: sellerA })).secret;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await app.close();
  });

  it('refuses a connection without a valid key', async () => {
    const bad = client('sk_wrong');
    const got = collect(bad, EVENTS, {}, pick);
    await expect(got.waitFor(1, 3000)).rejects.toThrow(/subscription failed/);
    expect(got.errors).toHaveLength(1);
    const closed = got.errors[0] as WebSocket.CloseEvent;
    expect([closed.code, closed.reason]).toEqual([4403, 'A valid API key is required: Authorization: Bearer <secret>']);
  });

  it('delivers each committed transition once, only to subscribers allowed to see the seller', async () => {
    const asA = collect(client(keyA), EVENTS, {}, pick);
    const asPlatform = collect(client(app.platformSecret), EVENTS, { states: ['PAID'] }, pick);
    await sleep(200); // the subscriptions are registered
    const a = await openPayment(sellerA);
    const b = await openPayment(sellerB);
    await pay(a);
    await pay(b);
    const seenByA = await asA.waitFor(2);
    expect(seenByA.map((e) => [e.payment.id, e.from, e.to])).toEqual([
      [a.id, null, 'REQUESTED'],
      [a.id, 'REQUESTED', 'PAID'],
    ]);
    expect(seenByA[1].payment.state).toBe('PAID');
    const paid = await asPlatform.waitFor(2);
    expect(paid.map((e) => e.payment.id)).toEqual([a.id, b.id]);
    await sleep(300);
    expect(asA.items).toHaveLength(2); // B's events never reached A
    expect(asPlatform.items).toHaveLength(2); // REQUESTED was filtered out
  });

  it('resumes after a cursor with every later event, in order, none twice, even while events are being committed', async () => {
    const payments = await Promise.all(Array.from({ length: 5 }, () => openPayment(sellerA)));
    const [{ id: cursor }] = await app.db.query('SELECT id FROM payment_events WHERE payment_id = ? ORDER BY seq LIMIT 1', [payments[0].id]);

    // Keep committing while the resumed subscription replays and goes live.
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing && n < 40) {
        await openPayment(sellerA);
        n++;
      }
    })();
    const resumed = collect(client(keyA), EVENTS, { after: cursor }, pick);
    await sleep(300);
    writing = false;
    await writer;
    await Promise.all(payments.map(pay));

    const expected: { id: string }[] = await app.db.query('SELECT e.id FROM payment_events e WHERE e.seller_id = ? AND e.seq > (SELECT seq FROM payment_events WHERE id = ?) ORDER BY e.seq', [sellerA, cursor]);
    const got = await resumed.waitFor(expected.length);
    await sleep(300);
    expect(resumed.items.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(new Set(resumed.items.map((e) => e.id)).size).toBe(resumed.items.length);
    expect(got.length).toBeGreaterThan(10);
  });

  it('treats another seller\'s cursor or payment as not found', async () => {
    const b = await openPayment(sellerB);
    const [{ id: foreignEvent }] = await app.db.query('SELECT id FROM payment_events WHERE payment_id = ?', [b.id]);
    for (const variables of [{ after: foreignEvent }, { paymentId: b.id }, { after: 'pev_garbage' }]) {
      const sub = collect(client(keyA), EVENTS, variables, pick);
      await expect(sub.waitFor(1, 3000)).rejects.toThrow(/BAD_USER_INPUT|not a payment event cursor|No such payment/);
    }
  });
});
