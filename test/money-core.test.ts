import { startTestApp, TestApp } from './support/app';
import { noticesDelivered, postNotice, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

/**
 * The money core on a bad day: another tenant's notices, a provider that hangs or loses its answer,
 * and payments left UNKNOWN that a notice or an operator settles.
 */
const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id state providerPaymentId } userErrors { code message } } }`;
const CANCEL = `mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { payment { id state cancelledAmount } userErrors { code field message } } }`;
const PAY = `mutation($input: PayWithCardInput!) { payWithCard(input: $input) { payment { id state providerPaymentId buyer { phone } } userErrors { code message } } }`;
const RESOLVE = `mutation($input: ResolveUnknownPaymentInput!) { resolveUnknownPayment(input: $input) {
  payment { id state providerPaymentId cancelledAmount paidAt events(first: 1) { edges { node { from to source note amount } } } }
  userErrors { code field message }
} }`;
const PAYMENT = `query($id: ID!) { payment(id: $id) { id state amount cancelledAmount goodName var1 events(first: 20) { edges { node { from to amount source } } } } }`;

const fault = (app: TestApp, provider: 'payapp' | 'payup', mode: string, count = 1) =>
  fetch(`${app.sandbox[provider].url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode, count }) });

describe('money core: tenants, slow providers and unknown outcomes', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: TestSeller;

  const request = async (key: string, input: Record<string, unknown> = {}) => {
    const res = await app.gql<any>(key, REQUEST, { input: { goodName: 'Lesson', amount: 10000, buyer: { phone: '010-2345-6789' }, ...input } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.requestPayment;
  };
  const paid = async (key = seller.key, amount = 10000) => {
    const { payment } = await request(key, { amount });
    await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=card`);
    await noticesDelivered(app);
    return payment as { id: string; providerPaymentId: string };
  };
  const read = async (id: string, key = seller.key) => (await app.gql<any>(key, PAYMENT, { id })).data.payment;
  const cancel = async (input: Record<string, unknown>, key = seller.key) => (await app.gql<any>(key, CANCEL, { input: { reason: 'asked', ...input } })).data.cancelPayment;
  const resolve = async (input: Record<string, unknown>, key = app.platformSecret) => app.gql<any>(key, RESOLVE, { input: { note: 'Checked in the provider admin site', ...input } });

  beforeAll(async () => {
    // The pool of the measurement: 10 connections.
    app = await startTestApp(__filename, { poolSize: 10, env: { PROVIDER_TIMEOUT_MS: '1500' } });
    seller = await createSandboxSeller(app, 'Studio');
    other = await createSandboxSeller(app, 'Rival');
  });
  afterAll(() => app.close());

  it('keeps PayApp numbers per seller: another seller\'s notice quoting our next mul_no breaks nothing', async () => {
    const next = app.sandbox.payapp.simulator.reserveNextMulNo();
    // Seller B, with its own genuine credentials, reports a payment under the number A gets next.
    const planted = await postNotice(app, other, { mul_no: next, pay_state: '4', price: '777', pay_type: '1', goodname: 'Planted', feedbacktype: '1' });
    expect(planted).toEqual({ status: 200, body: 'SUCCESS' });

    const mine = await request(seller.key, { amount: 12000 });
    expect(mine.userErrors).toEqual([]);
    expect(mine.payment.providerPaymentId).toBe(next);
    await sandboxAction(app, `pay?mul_no=${next}&method=card`);
    await noticesDelivered(app);
    expect(app.sandbox.payapp.simulator.deliveries().filter((d) => d.fields.mul_no === next).map((d) => [d.attempts, d.outcome])).toEqual([[1, 'delivered']]);
    expect(await read(mine.payment.id)).toMatchObject({ state: 'PAID', amount: 12000 });

    const theirs = await app.gql<any>(other.key, `{ payments(filter: { providerPaymentId: "${next}" }) { edges { node { state amount goodName } } } }`);
    expect(theirs.data.payments.edges).toEqual([{ node: { state: 'PAID', amount: 777, goodName: 'Planted' } }]);
  });

  it('settles a cancel whose answer was lost by the notice PayApp sent meanwhile, applying it once', async () => {
    const payment = await paid();
    await fault(app, 'payapp', 'lost-answer');
    const result = await cancel({ paymentId: payment.id, amount: 3000 });
    await noticesDelivered(app);
    // The notice came while our call was in flight: it applied the cancel, and the lost answer did not again.
    expect(result.userErrors).toEqual([]);
    expect(result.payment).toMatchObject({ state: 'PARTIALLY_CANCELLED', cancelledAmount: 3000 });
    const events = (await read(payment.id)).events.edges.map((e: any) => [e.node.to, e.node.amount, e.node.source]);
    expect(events).toEqual([
      ['PARTIALLY_CANCELLED', 3000, 'PROVIDER_NOTICE'],
      ['PAID', 10000, 'PROVIDER_NOTICE'],
      ['REQUESTED', 10000, 'API'],
    ]);
    expect(app.sandbox.payapp.simulator.payment(payment.providerPaymentId)?.cancelledAmount).toBe(3000);
  });

  it('leaves a timed-out partial cancel UNKNOWN (both cancels refuse it) until PayApp\'s notice settles it', async () => {
    const payment = await paid();
    await fault(app, 'payapp', 'hang');
    const timedOut = await cancel({ paymentId: payment.id, amount: 4000 });
    expect(timedOut.payment.state).toBe('UNKNOWN');
    expect((await cancel({ paymentId: payment.id })).userErrors[0].code).toBe('INVALID_STATE');
    const notice = await postNotice(app, seller, { mul_no: '88800001', orig_mul_no: payment.providerPaymentId, pay_state: '70', price: '4000', orig_price: '10000', pay_type: '1', goodname: 'Lesson' }, `?payment=${payment.id}`);
    expect(notice).toEqual({ status: 200, body: 'SUCCESS' });
    expect(await read(payment.id)).toMatchObject({ state: 'PARTIALLY_CANCELLED', cancelledAmount: 4000 });
  });

  it('lets an operator settle a Payup charge that timed out, with the id Payup never returned', async () => {
    await fault(app, 'payup', 'hang');
    const charge = await app.gql<any>(seller.key, PAY, {
      input: { orderId: 'ord-timeout-1', goodName: 'Class pass', amount: 30000, card: { number: '4518771234561111', expiryMonth: '12', expiryYear: '2030', birthDateOrBusinessNumber: '850315', passwordFirstTwo: '47' }, buyer: { name: 'Kim', phone: '010-2345-6789' } },
    });
    const unknown = charge.data.payWithCard.payment;
    expect(unknown).toMatchObject({ state: 'UNKNOWN', providerPaymentId: null });
    // The phone typed with dashes is kept, and was sent, as its digits.
    expect(unknown.buyer.phone).toBe('01023456789');
    expect(app.logs.text).toContain('"mobileNumber":"01023456789"');

    const asSeller = await resolve({ paymentId: unknown.id, state: 'PAID', providerPaymentId: 'T20261202000001' }, seller.key);
    expect(asSeller.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const notUnknownYet = await resolve({ paymentId: unknown.id, state: 'UNKNOWN' });
    expect(notUnknownYet.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'state']] });
    const badTotal = await resolve({ paymentId: unknown.id, state: 'PAID', cancelledAmount: 500 });
    expect(badTotal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'cancelledAmount']] });

    const settled = await resolve({ paymentId: unknown.id, state: 'PAID', providerPaymentId: 'T20261202000001', idempotencyKey: 'settle-1' });
    expect(settled.data.resolveUnknownPayment.userErrors).toEqual([]);
    expect(settled.data.resolveUnknownPayment.payment).toMatchObject({ state: 'PAID', providerPaymentId: 'T20261202000001', cancelledAmount: 0 });
    expect(settled.data.resolveUnknownPayment.payment.paidAt).toMatch(/Z$/);
    expect(settled.data.resolveUnknownPayment.payment.events.edges[0].node).toEqual({ from: 'UNKNOWN', to: 'PAID', source: 'OPERATOR', note: 'Checked in the provider admin site', amount: null });

    const again = await resolve({ paymentId: unknown.id, state: 'APPROVAL_CANCELLED' });
    expect(again.data.resolveUnknownPayment.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'paymentId'] })]);
  });

  it('lets an operator record the cancelled total of a cancel whose outcome is unknown', async () => {
    const payment = await paid();
    await cancel({ paymentId: payment.id, amount: 2000 });
    await noticesDelivered(app);
    await fault(app, 'payapp', 'hang');
    expect((await cancel({ paymentId: payment.id, amount: 3000 })).payment.state).toBe('UNKNOWN');
    const lower = await resolve({ paymentId: payment.id, state: 'PARTIALLY_CANCELLED', cancelledAmount: 1000 });
    expect(lower.errors?.[0].message).toContain('2000 was cancelled already');
    const settled = await resolve({ paymentId: payment.id, state: 'PARTIALLY_CANCELLED', cancelledAmount: 5000 });
    expect(settled.data.resolveUnknownPayment.payment).toMatchObject({ state: 'PARTIALLY_CANCELLED', cancelledAmount: 5000 });
    expect(settled.data.resolveUnknownPayment.payment.events.edges[0].node).toMatchObject({ source: 'OPERATOR', amount: 3000 });
    // Money can move again once it is settled.
    expect(await cancel({ paymentId: payment.id })).toMatchObject({ payment: { state: 'APPROVAL_CANCELLED', cancelledAmount: 10000 }, userErrors: [] });
  });

  it('refuses a phone that is not one, naming the field, before any provider call', async () => {
    const calls = app.sandbox.payapp.providerCalls();
    const res = await app.gql<any>(seller.key, REQUEST, { input: { goodName: 'Lesson', amount: 1000, buyer: { phone: '010-CALL-NOW' } } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'buyer', 'phone']] });
    expect(res.errors?.[0].message).not.toContain('CALL-NOW');
    expect(app.sandbox.payapp.providerCalls()).toBe(calls);
  });

  it('records a genuine notice whatever the length of its text, keeping the full values with the event', async () => {
    const goodname = '긴상품명'.repeat(75);
    const var1 = 'v'.repeat(5000);
    const res = await postNotice(app, seller, { mul_no: '66600001', pay_state: '4', price: '2500', pay_type: '1', goodname, var1, feedbacktype: '1' });
    expect(res).toEqual({ status: 200, body: 'SUCCESS' });
    const [row] = await app.db.query("SELECT p.id, p.good_name AS goodName, p.var1, e.data FROM payments p JOIN payment_events e ON e.payment_id = p.id AND e.to_state = 'PAID' WHERE p.provider_payment_id = '66600001'");
    expect([...row.goodName]).toHaveLength(200);
    expect(row.var1).toHaveLength(300);
    const data = typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
    expect(data.goodname).toBe(goodname);
    expect(data.var1).toBe(var1);
  });

  it('refuses a notice whose number is out of range with a 4xx and a loud log line, never a 500', async () => {
    const res = await postNotice(app, seller, { mul_no: '66600002', pay_state: '4', price: '99999999999', pay_type: '1', goodname: 'Huge', feedbacktype: '1' });
    expect(res.status).toBe(400);
    expect(app.logs.lines.some((line) => line.includes('"level":50') && line.includes('PayApp notice refused: malformed') && line.includes('"field":"price"'))).toBe(true);
  });
});
