import { startTestApp, TestApp } from './support/app';
import { noticesDelivered, postNotice, sandboxAction } from './support/payapp';
import { createSandboxSeller, providerRequests, TestSeller } from './support/sellers';
import { collect, sleep, wsClient } from './support/ws';

const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) {
  payment { id state payState provider providerPaymentId payUrl qrUrl amount var1 buyer { name phone } }
  userErrors { code field message providerCode }
} }`;
const CANCEL = `mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { payment { id state cancelledAmount remainingAmount } userErrors { code field providerCode } } }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { id state payState providerPaymentId method amount cancelledAmount remainingAmount paidAt card { cardName approvalNumber maskedNumber } virtualAccount { bank accountNumber }
  events(first: 50) { edges { node { id from to payState amount source } } } } }`;

interface Payment { id: string; state: string; providerPaymentId: string | null; payUrl: string; amount: number; cancelledAmount: number; remainingAmount: number; events: { edges: { node: { from: string | null; to: string; amount: number | null; source: string } }[] } }

describe('PayApp pay requests end to end: notices, cancels and live events', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: TestSeller;

  const request = async (overrides: Record<string, unknown> = {}, key = seller.key) => {
    const res = await app.gql<{ requestPayment: { payment: Payment; userErrors: unknown[] } }>(key, REQUEST, { input: { goodName: 'Lesson', amount: 10000, buyer: { name: 'Lee', phone: '010-1234-5678' }, var1: 'order-1', ...overrides } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.requestPayment;
  };
  const read = async (id: string) => (await app.gql<{ payment: Payment & Record<string, any> }>(seller.key, PAYMENT, { id })).data!.payment;
  const cancel = async (input: Record<string, unknown>) => (await app.gql<{ cancelPayment: { payment: Payment; userErrors: { code: string }[] } }>(seller.key, CANCEL, { input: { reason: 'customer asked', ...input } })).data!.cancelPayment;
  const paidRequest = async (amount = 10000) => {
    const { payment } = await request({ amount });
    await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=card`);
    await noticesDelivered(app);
    return payment as Payment & { providerPaymentId: string };
  };

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { PROVIDER_TIMEOUT_MS: '800' } });
    seller = await createSandboxSeller(app, 'Academy');
    other = await createSandboxSeller(app, 'Other');
  });
  afterAll(() => app.close());

  it('requests a payment, and the subscription delivers REQUESTED → PAID once the buyer pays', async () => {
    const client = wsClient(app.url, seller.key);
    try {
      const { payment, userErrors } = await request();
      expect(userErrors).toEqual([]);
      // The phone was typed with dashes; it is kept (and sent) as its digits.
      expect(payment).toMatchObject({ state: 'REQUESTED', payState: 1, provider: 'PAYAPP', amount: 10000, var1: 'order-1', buyer: { name: 'Lee', phone: '01012345678' } });
      expect(payment.providerPaymentId).toMatch(/^\d+$/);
      expect(payment.payUrl).toMatch(/^http/);

      const live = collect(client, `subscription($id: ID!) { paymentStateChanged(paymentId: $id) { from to payState source payment { state method } } }`, { id: payment.id }, (d) => d.paymentStateChanged as Record<string, any>);
      await sleep(150);
      await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=card`);
      const [paid] = await live.waitFor(1);
      expect(paid).toEqual({ from: 'REQUESTED', to: 'PAID', payState: 4, source: 'PROVIDER_NOTICE', payment: { state: 'PAID', method: 'CARD' } });

      const stored = await read(payment.id);
      expect(stored.card.cardName).toBeTruthy();
      expect(stored.card.approvalNumber).toBeTruthy();
      expect(stored.paidAt).toMatch(/Z$/);
      // The feedbackurl sent was $PUBLIC_BASE_URL/webhooks/payapp with the payment's id as its definite link.
      const sent = app.sandbox.payapp.simulator.deliveries().filter((d) => d.fields.mul_no === payment.providerPaymentId);
      expect(sent[0].url).toBe(`${app.url}/webhooks/payapp?payment=${payment.id}`);
    } finally {
      await client.dispose();
    }
  });

  it('takes a virtual account from WAITING_FOR_DEPOSIT to PAID when the deposit arrives', async () => {
    const { payment } = await request();
    await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=vbank`);
    await noticesDelivered(app);
    const waiting = await read(payment.id);
    expect(waiting.state).toBe('WAITING_FOR_DEPOSIT');
    expect(waiting.virtualAccount.accountNumber).toBeTruthy();
    await sandboxAction(app, `deposit?mul_no=${payment.providerPaymentId}`);
    await noticesDelivered(app);
    const paid = await read(payment.id);
    expect(paid.state).toBe('PAID');
    expect(paid.events.edges.map((e: any) => e.node.to)).toEqual(['PAID', 'WAITING_FOR_DEPOSIT', 'REQUESTED']);
  });

  it('keeps amounts exact through partial cancels, their notices, and the final full cancel', async () => {
    const payment = await paidRequest(10000);
    expect(await cancel({ paymentId: payment.id, amount: 3000 })).toMatchObject({ payment: { state: 'PARTIALLY_CANCELLED', cancelledAmount: 3000, remainingAmount: 7000 }, userErrors: [] });
    expect(await cancel({ paymentId: payment.id, amount: 2000, expectedRemainingAmount: 7000 })).toMatchObject({ payment: { cancelledAmount: 5000, remainingAmount: 5000 }, userErrors: [] });
    await noticesDelivered(app);
    // PayApp's notices of the two partial cancels confirmed them; they did not cancel again.
    expect(await read(payment.id)).toMatchObject({ state: 'PARTIALLY_CANCELLED', cancelledAmount: 5000, remainingAmount: 5000 });

    expect((await cancel({ paymentId: payment.id, amount: 6000 })).userErrors).toEqual([{ code: 'AMOUNT_EXCEEDS_REMAINING', field: ['input', 'amount'], providerCode: null }]);
    expect((await cancel({ paymentId: payment.id, amount: 1000, expectedRemainingAmount: 7000 })).userErrors[0].code).toBe('REMAINING_AMOUNT_CHANGED');

    expect(await cancel({ paymentId: payment.id })).toMatchObject({ payment: { state: 'APPROVAL_CANCELLED', cancelledAmount: 10000, remainingAmount: 0 }, userErrors: [] });
    await noticesDelivered(app);
    const final = await read(payment.id);
    expect(final).toMatchObject({ state: 'APPROVAL_CANCELLED', cancelledAmount: 10000 });
    expect(final.events.edges.map((e: any) => [e.node.to, e.node.amount])).toEqual([
      ['APPROVAL_CANCELLED', 5000],
      ['PARTIALLY_CANCELLED', 2000],
      ['PARTIALLY_CANCELLED', 3000],
      ['PAID', 10000],
      ['REQUESTED', 10000],
    ]);
    expect((await cancel({ paymentId: payment.id })).userErrors[0].code).toBe('INVALID_STATE');
  });

  it('never lets concurrent partial cancels together exceed what was paid', async () => {
    const payment = await paidRequest(10000);
    const results = await Promise.all(Array.from({ length: 6 }, () => cancel({ paymentId: payment.id, amount: 3000 })));
    const succeeded = results.filter((r) => r.userErrors.length === 0).length;
    expect(succeeded).toBe(3);
    expect(results.filter((r) => r.userErrors[0]?.code === 'AMOUNT_EXCEEDS_REMAINING')).toHaveLength(3);
    await noticesDelivered(app);
    expect(await read(payment.id)).toMatchObject({ cancelledAmount: 9000, remainingAmount: 1000 });
    const simulated = app.sandbox.payapp.simulator.payment(payment.providerPaymentId);
    expect(simulated?.cancelledAmount).toBe(9000);
  });

  it('cancels an unpaid request (only while unpaid with onlyIfNotPaid)', async () => {
    const { payment } = await request();
    expect(await cancel({ paymentId: payment.id, onlyIfNotPaid: true })).toMatchObject({ payment: { state: 'REQUEST_CANCELLED' }, userErrors: [] });
    const paid = await paidRequest();
    expect((await cancel({ paymentId: paid.id, onlyIfNotPaid: true })).userErrors[0].code).toBe('INVALID_STATE');
  });

  it('records each notice once however often it comes, concurrently or repeated', async () => {
    const payment = await paidRequest();
    const delivered = app.sandbox.payapp.simulator.deliveries().filter((d) => d.fields.mul_no === payment.providerPaymentId && d.fields.pay_state === '4');
    const fields = { ...delivered[0].fields };
    const answers = await Promise.all(Array.from({ length: 50 }, () => postNotice(app, seller, fields)));
    expect(answers.every((a) => a.status === 200 && a.body === 'SUCCESS')).toBe(true);
    await sandboxAction(app, `resend?mul_no=${payment.providerPaymentId}`);
    await noticesDelivered(app);
    const events = (await read(payment.id)).events.edges.map((e: any) => e.node.to);
    expect(events).toEqual(['PAID', 'REQUESTED']);
  });

  it('refuses forged notices and wrong amounts with a non-2xx answer, and matches a notice only within its own seller', async () => {
    const { payment } = await request();
    const base = { mul_no: payment.providerPaymentId as string, pay_state: '4', price: '10000', pay_type: '1', goodname: 'Lesson' };
    const forged = await postNotice(app, { ...seller, payApp: { ...seller.payApp, linkValue: 'guessed' } }, base);
    expect(forged.status).toBe(403);
    // Another seller's genuine notice with the same number is about that seller's own payment.
    const otherSeller = await postNotice(app, other, base, `?payment=${payment.id}`);
    expect(otherSeller).toEqual({ status: 200, body: 'SUCCESS' });
    const others = await app.gql<any>(other.key, `{ payments(filter: { providerPaymentId: "${payment.providerPaymentId}" }) { edges { node { id state } } } }`);
    expect(others.data.payments.edges).toEqual([{ node: { id: expect.not.stringMatching(payment.id), state: 'PAID' } }]);
    const wrongAmount = await postNotice(app, seller, { ...base, price: '100' });
    expect(wrongAmount.status).toBe(409);
    expect(app.logs.text).toContain('NOTICE REFUSED: amount does not match the payment');
    expect((await read(payment.id)).state).toBe('REQUESTED');
  });

  it('never moves a payment backwards on a stale notice, and keeps unknown fields with the event', async () => {
    const payment = await paidRequest();
    const paidNotice = app.sandbox.payapp.simulator.deliveries().find((d) => d.fields.mul_no === payment.providerPaymentId && d.fields.pay_state === '4')!.fields;
    await cancel({ paymentId: payment.id });
    await noticesDelivered(app);
    const stale = await postNotice(app, seller, { ...paidNotice, brand_new_field: 'kept' });
    expect(stale).toEqual({ status: 200, body: 'SUCCESS' });
    expect((await read(payment.id)).state).toBe('APPROVAL_CANCELLED');

    const fresh = await request();
    await postNotice(app, seller, { mul_no: fresh.payment.providerPaymentId as string, pay_state: '4', price: '10000', pay_type: '1', goodname: 'Lesson', brand_new_field: 'kept' });
    const [row] = await app.db.query("SELECT data FROM payment_events WHERE payment_id = ? AND to_state = 'PAID'", [fresh.payment.id]);
    const data = typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
    expect(data.brand_new_field).toBe('kept');
    expect(data.linkkey).toBeUndefined();
    expect(data.linkval).toBeUndefined();
  });

  it('records a payment it did not create when the common feedback URL reports one', async () => {
    const res = await postNotice(app, seller, { mul_no: '99887766', pay_state: '4', price: '5500', pay_type: '1', goodname: 'Walk-in', feedbacktype: '1' });
    expect(res.body).toBe('SUCCESS');
    const found = await app.gql<any>(seller.key, `{ payments(filter: { providerPaymentId: "99887766" }) { edges { node { state amount goodName events { edges { node { to source } } } } } } }`);
    expect(found.data.payments.edges[0].node).toEqual({ state: 'PAID', amount: 5500, goodName: 'Walk-in', events: { edges: [{ node: { to: 'PAID', source: 'PROVIDER_NOTICE' } }, { node: { to: 'REQUESTED', source: 'PROVIDER_NOTICE' } }] } });
  });

  it('leaves a timed-out cancel UNKNOWN until PayApp\'s notice settles it', async () => {
    const payment = await paidRequest();
    await fetch(`${app.sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang' }) });
    const timedOut = await cancel({ paymentId: payment.id });
    expect(timedOut.payment.state).toBe('UNKNOWN');
    expect(timedOut.userErrors[0].code).toBe('PROVIDER_UNAVAILABLE');
    const settled = await postNotice(app, seller, { mul_no: payment.providerPaymentId, pay_state: '9', price: '10000', pay_type: '1', goodname: 'Lesson' });
    expect(settled.body).toBe('SUCCESS');
    expect(await read(payment.id)).toMatchObject({ state: 'APPROVAL_CANCELLED', cancelledAmount: 10000 });
  });

  it('records a timed-out pay request as UNKNOWN; only the notice that names it (our feedbackurl) settles it', async () => {
    await fetch(`${app.sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang' }) });
    const { payment, userErrors } = await request({ goodName: 'Timed out lesson', amount: 12345 });
    expect(payment).toMatchObject({ state: 'UNKNOWN', providerPaymentId: null });
    expect(userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE' })]);
    // Another buyer's payment with the same amount and good name, to the common feedback URL: not ours.
    const stranger = await postNotice(app, seller, { mul_no: '77002', pay_state: '4', price: '12345', pay_type: '1', goodname: 'Timed out lesson', recvphone: '01099998888', feedbacktype: '1' });
    expect(stranger.body).toBe('SUCCESS');
    expect(await read(payment.id)).toMatchObject({ state: 'UNKNOWN', providerPaymentId: null });

    const notice = await postNotice(app, seller, { mul_no: '77001', pay_state: '4', price: '12345', pay_type: '1', goodname: 'Timed out lesson' }, `?payment=${payment.id}`);
    expect(notice.body).toBe('SUCCESS');
    const settled = await read(payment.id);
    expect(settled).toMatchObject({ state: 'PAID', payState: 4 });
    expect(settled.events.edges.map((e: any) => [e.node.from, e.node.to])).toEqual([['UNKNOWN', 'PAID'], [null, 'UNKNOWN']]);
    const byNumber = await app.gql<any>(seller.key, `{ payments(filter: { providerPaymentId: "77001" }) { edges { node { id } } } }`);
    expect(byNumber.data.payments.edges).toEqual([{ node: { id: payment.id } }]);
  });

  it('reports HTTP 500 from PayApp as UNKNOWN: the request was sent, so it is never read as a refusal', async () => {
    await fetch(`${app.sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'http500' }) });
    const { payment, userErrors } = await request();
    expect(payment).toMatchObject({ state: 'UNKNOWN', providerPaymentId: null });
    expect(userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('the outcome is unknown') })]);
  });

  it('passes on PayApp\'s refusals with its own code, and checks input before calling', async () => {
    const before = providerRequests(app, 'PAYAPP');
    const bad = await app.gql(seller.key, REQUEST, { input: { goodName: 'See http://evil.example', amount: 1000, buyer: { phone: '01012345678' } } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'goodName']] });
    expect(providerRequests(app, 'PAYAPP')).toBe(before);
    const usd = await app.gql(seller.key, REQUEST, { input: { goodName: 'Dollar', amount: 1000, currency: 'USD', buyer: { phone: '01012345678' } } });
    expect(usd.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('asks PayApp for a cancellation after settlement, and applies the cancel when PayApp carries it out', async () => {
    const payment = await paidRequest();
    const res = await app.gql<any>(seller.key, `mutation($input: RequestCancellationInput!) { requestCancellation(input: $input) { payment { id state } cancellationRequest { partial requestedAmount paybackAmount paybackBank } userErrors { code } } }`, { input: { paymentId: payment.id, reason: 'late refund', depositorName: 'Lee' } });
    expect(res.data.requestCancellation.userErrors).toEqual([]);
    expect(res.data.requestCancellation.cancellationRequest).toMatchObject({ partial: false, requestedAmount: 10000 });
    expect(res.data.requestCancellation.payment.state).toBe('PAID');
    await sandboxAction(app, `cancel-request/complete?mul_no=${payment.providerPaymentId}`);
    await noticesDelivered(app);
    expect(await read(payment.id)).toMatchObject({ state: 'APPROVAL_CANCELLED', payState: 64, cancelledAmount: 10000 });
  });
});
