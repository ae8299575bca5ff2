import { startTestApp, TestApp } from './support/app';
import { createSandboxSeller, providerRequests, TestSeller } from './support/sellers';

const PAY = `mutation($input: PayWithCardInput!) { payWithCard(input: $input) {
  payment { id state provider providerPaymentId amount cancelledAmount remainingAmount method card { cardName approvalNumber installmentMonths maskedNumber } events { edges { node { from to source } } } }
  userErrors { code field message providerCode }
} }`;
const CANCEL = `mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { payment { id state cancelledAmount remainingAmount } userErrors { code field providerCode } } }`;

const CARD = { number: '9490191234561234', expiryMonth: '12', expiryYear: '2031', birthDateOrBusinessNumber: '880101', passwordFirstTwo: '12' };
let order = 0;
const payInput = (overrides: Record<string, unknown> = {}) => ({ orderId: `ORD${Date.now() % 1e8}${order++}`, goodName: 'Coffee beans', amount: 15000, card: CARD, buyer: { name: 'Kim', phone: '01012345678' }, ...overrides });

interface PayResult { payWithCard: { payment: Record<string, any> | null; userErrors: { code: string; field: string[] | null; providerCode: string | null }[] } }

describe('card key-in payments through Payup, end to end', () => {
  let app: TestApp;
  let seller: TestSeller;

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { PROVIDER_TIMEOUT_MS: '700' } });
    seller = await createSandboxSeller(app, 'Payup Shop');
  });
  afterAll(() => app.close());

  it('approves a card payment: PAID with the card details Payup returned, and two events', async () => {
    const res = await app.gql<PayResult>(seller.key, PAY, { input: payInput({ installmentMonths: 3 }) });
    expect(res.errors).toBeUndefined();
    const { payment, userErrors } = res.data!.payWithCard;
    expect(userErrors).toEqual([]);
    expect(payment).toMatchObject({ state: 'PAID', provider: 'PAYUP', amount: 15000, cancelledAmount: 0, remainingAmount: 15000, method: 'CARD' });
    expect(payment!.providerPaymentId).toMatch(/\S+/);
    expect(payment!.card.approvalNumber).toMatch(/^\d+$/);
    expect(payment!.card.installmentMonths).toBe(3);
    expect(payment!.events.edges.map((e: any) => [e.node.from, e.node.to, e.node.source])).toEqual([
      ['REQUESTED', 'PAID', 'API'],
      [null, 'REQUESTED', 'API'],
    ]);
  });

  it('records a declined card as FAILED with Payup\'s own code', async () => {
    const res = await app.gql<PayResult>(seller.key, PAY, { input: payInput({ card: { ...CARD, number: '9490191234560002' } }) });
    const { payment, userErrors } = res.data!.payWithCard;
    expect(payment!.state).toBe('FAILED');
    expect(userErrors).toEqual([{ code: 'PROVIDER_REJECTED', field: null, providerCode: '8051', message: expect.any(String) } as any]);
  });

  it('refuses malformed card data before any call, and records nothing', async () => {
    const before = providerRequests(app, 'PAYUP');
    const [{ n: paymentsBefore }] = await app.db.query('SELECT COUNT(*) AS n FROM payments');
    const res = await app.gql(seller.key, PAY, { input: payInput({ card: { ...CARD, number: '1234' }, amount: 0 }) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([['input', 'amount'], ['input', 'card', 'number']]));
    expect(res.errors?.[0].message).not.toContain('1234');
    expect(providerRequests(app, 'PAYUP')).toBe(before);
    const [{ n: paymentsAfter }] = await app.db.query('SELECT COUNT(*) AS n FROM payments');
    expect(Number(paymentsAfter)).toBe(Number(paymentsBefore));
  });

  it('cancels in full; a second cancel is INVALID_STATE without a call; partial is unsupported by Payup', async () => {
    const paid = (await app.gql<PayResult>(seller.key, PAY, { input: payInput() })).data!.payWithCard.payment!;
    const partial = await app.gql<any>(seller.key, CANCEL, { input: { paymentId: paid.id, reason: 'half', amount: 5000 } });
    expect(partial.data.cancelPayment.userErrors).toEqual([{ code: 'UNSUPPORTED_BY_PROVIDER', field: ['input', 'amount'], providerCode: null }]);
    const full = await app.gql<any>(seller.key, CANCEL, { input: { paymentId: paid.id, reason: 'changed mind' } });
    expect(full.data.cancelPayment).toEqual({ payment: { id: paid.id, state: 'APPROVAL_CANCELLED', cancelledAmount: 15000, remainingAmount: 0 }, userErrors: [] });
    const calls = providerRequests(app, 'PAYUP');
    const again = await app.gql<any>(seller.key, CANCEL, { input: { paymentId: paid.id, reason: 'again' } });
    expect(again.data.cancelPayment.userErrors[0].code).toBe('INVALID_STATE');
    expect(providerRequests(app, 'PAYUP')).toBe(calls);
  });

  it('leaves the payment UNKNOWN when Payup does not answer in time or answers 5xx, and FAILED (key free again) when it cannot be reached', async () => {
    await fetch(`${app.sandbox.payup.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang' }) });
    const hung = await app.gql<PayResult>(seller.key, PAY, { input: payInput() });
    expect(hung.data!.payWithCard.payment!.state).toBe('UNKNOWN');
    expect(hung.data!.payWithCard.userErrors[0].code).toBe('PROVIDER_UNAVAILABLE');

    // An HTTP 500 comes after the request was sent: Payup may have charged the card.
    await fetch(`${app.sandbox.payup.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'http500' }) });
    const erred = await app.gql<PayResult>(seller.key, PAY, { input: payInput() });
    expect(erred.data!.payWithCard.payment!.state).toBe('UNKNOWN');

    // Nothing listening: nothing was sent, so the charge FAILED and the same key may try again.
    await app.sandbox.payup.goOffline();
    const input = payInput({ idempotencyKey: 'while-down' });
    const down = await app.gql<PayResult>(seller.key, PAY, { input });
    await app.sandbox.payup.goOnline();
    expect(down.data!.payWithCard.payment!.state).toBe('FAILED');
    expect(down.data!.payWithCard.userErrors[0]).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('nothing was sent') });
    const calls = app.sandbox.payup.providerCalls();
    const retried = await app.gql<PayResult>(seller.key, PAY, { input });
    expect(retried.data!.payWithCard.payment).toMatchObject({ state: 'PAID' });
    expect(retried.data!.payWithCard.payment!.id).not.toBe(down.data!.payWithCard.payment!.id);
    expect(app.sandbox.payup.providerCalls()).toBe(calls + 1);

    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/provider_calls_total\{provider="PAYUP",result="unknown"\} 2\n/);
    expect(metrics).toMatch(/provider_calls_total\{provider="PAYUP",result="unavailable"\} 1\n/);
  });

  it('honours idempotency keys: one charge for a repeat, REUSED for other input, IN_USE while running', async () => {
    const input = payInput({ idempotencyKey: 'checkout-7' });
    const before = providerRequests(app, 'PAYUP');
    const first = await app.gql<PayResult>(seller.key, PAY, { input });
    const again = await app.gql<PayResult>(seller.key, PAY, { input });
    expect(again.data!.payWithCard.payment!.id).toBe(first.data!.payWithCard.payment!.id);
    expect(providerRequests(app, 'PAYUP')).toBe(before + 1);
    const reused = await app.gql<PayResult>(seller.key, PAY, { input: { ...input, amount: 999 } });
    expect(reused.data!.payWithCard).toEqual({ payment: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'], providerCode: null, message: expect.any(String) } as any] });

    const concurrent = payInput({ idempotencyKey: 'checkout-8' });
    const results = await Promise.all(Array.from({ length: 5 }, () => app.gql<PayResult>(seller.key, PAY, { input: concurrent })));
    const paid = results.filter((r) => r.data!.payWithCard.payment?.state === 'PAID');
    const inUse = results.filter((r) => r.data!.payWithCard.userErrors[0]?.code === 'IDEMPOTENCY_KEY_IN_USE');
    expect(paid.length).toBeGreaterThanOrEqual(1);
    expect(new Set(paid.map((r) => r.data!.payWithCard.payment!.id)).size).toBe(1);
    expect(paid.length + inUse.length).toBe(5);
  });

  it('keeps card data out of the database, the logs and every response', async () => {
    const res = await app.gql(seller.key, PAY, { input: payInput({ idempotencyKey: 'card-audit' }) });
    const tables: { t: string }[] = await app.db.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()");
    for (const { t } of tables) {
      const rows = await app.db.query(`SELECT * FROM \`${t}\``);
      const dump = JSON.stringify(rows);
      expect(dump).not.toContain(CARD.number);
      expect(dump).not.toContain('880101');
    }
    expect(app.logs.text).not.toContain(CARD.number);
    expect(app.logs.text).not.toContain('880101');
    expect(JSON.stringify(res)).not.toContain(CARD.number);
  });
});
