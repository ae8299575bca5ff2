import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { RecentPaymentsDocument, RequestPaymentDocument } from '../examples/client/src/operations';
import { PaymentEvent, PaymentsClient } from '../examples/client/src/payments-client';
import { startTestApp, TestApp } from './support/app';
import { sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';
import { sleep } from './support/ws';

/** The example consumer client (examples/client) against the real service, as a frontend team would use it. */
describe('the example typed client', () => {
  let app: TestApp;
  let seller: TestSeller;
  let client: PaymentsClient;

  beforeAll(async () => {
    app = await startTestApp(__filename);
    seller = await createSandboxSeller(app, 'Example shop');
    client = new PaymentsClient({ url: app.url, key: seller.key, webSocketImpl: WebSocket });
  });
  afterAll(async () => {
    await client.close();
    await app.close();
  });

  const until = async (check: () => boolean, what: string) => {
    for (let waited = 0; !check(); waited += 50) {
      if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  };

  it('queries, requests a payment once per idempotency key, and follows it live across a dropped connection', async () => {
    const before = await client.request(RecentPaymentsDocument, { first: 5 });
    expect(before).toMatchObject({ viewer: { role: 'SELLER' }, payments: { totalCount: 0, edges: [] } });

    const events: PaymentEvent[] = [];
    const watch = client.watchPaymentEvents({ onEvent: (event) => events.push(event), retryDelayMs: 500 });
    await sleep(300); // the subscription is registered

    const input = { goodName: 'Lesson', amount: 12000, buyer: { name: 'Lee', phone: '01012345678' }, idempotencyKey: randomUUID() };
    const first = (await client.request(RequestPaymentDocument, { input })).requestPayment;
    const repeat = (await client.request(RequestPaymentDocument, { input })).requestPayment;
    const payment = first.payment!;
    expect(first.userErrors).toEqual([]);
    expect(repeat.payment?.id).toBe(payment.id);
    const reused = (await client.request(RequestPaymentDocument, { input: { ...input, amount: 13000 } })).requestPayment;
    expect(reused.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);

    await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=card`);
    await until(() => events.some((e) => e.to === 'PAID'), 'PAID');

    // The connection drops; a partial cancel commits before the client is back (it waits 500 ms).
    client.dropConnection();
    const cancel = await app.gql<{ cancelPayment: { payment: { state: string } } }>(
      seller.key,
      'mutation($i: CancelPaymentInput!) { cancelPayment(input: $i) { payment { state } } }',
      { i: { paymentId: payment.id, amount: 2000, reason: 'partial refund' } },
    );
    expect(cancel.data?.cancelPayment.payment.state).toBe('PARTIALLY_CANCELLED');
    await until(() => events.some((e) => e.to === 'PARTIALLY_CANCELLED'), 'PARTIALLY_CANCELLED after the reconnect');
    await sleep(300);

    expect(events.map((e) => [e.payment.id, e.from, e.to])).toEqual([
      [payment.id, null, 'REQUESTED'],
      [payment.id, 'REQUESTED', 'PAID'],
      [payment.id, 'PAID', 'PARTIALLY_CANCELLED'],
    ]);
    // One event either way: PayApp's notice may be recorded before the cancel's own answer (it then confirms the call).
    expect(events[2]).toMatchObject({ amount: 2000, payment: { remainingAmount: 10000 } });
    expect(['API', 'PROVIDER_NOTICE']).toContain(events[2].source);
    expect(watch.lastEventId()).toBe(events[2].id);
    watch.stop();
  });

  it('does not retry a refused key: the watch ends with the 4403 close', async () => {
    const refused = new PaymentsClient({ url: app.url, key: 'sk_not_a_key', webSocketImpl: WebSocket });
    const failure = await new Promise<unknown>((resolve) => refused.watchPaymentEvents({ onEvent: () => {}, onFailure: resolve, retryDelayMs: 50 }));
    expect((failure as WebSocket.CloseEvent).code).toBe(4403);
    await refused.close();
  });
});
