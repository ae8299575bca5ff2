import { startTestApp, TestApp } from './support/app';
import { noticesDelivered, postNotice, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

/**
 * A provider that hangs must not starve anyone else: money movements wait on it holding no
 * database connection, so another seller's reads, notices and /readyz go on as if nothing happened.
 * The pool is the production default (10); PayApp's time limit long enough (8 s) that the order of
 * completion, not a stopwatch, shows it: every read is answered before the first cancel gives up.
 */
describe('a hanging provider and a pool of 10', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: TestSeller;

  beforeAll(async () => {
    app = await startTestApp(__filename, { poolSize: 10, env: { PROVIDER_TIMEOUT_MS: '8000' } });
    seller = await createSandboxSeller(app, 'Busy');
    other = await createSandboxSeller(app, 'Bystander');
  });
  afterAll(() => app.close());

  it('lets 30 cancels hang on PayApp without slowing another seller\'s reads, notices or readiness', async () => {
    const payments: { id: string; providerPaymentId: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await app.gql<any>(seller.key, `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id providerPaymentId } } }`, { input: { goodName: 'Lesson', amount: 10000, buyer: { phone: '01023456789' } } });
      payments.push(res.data.requestPayment.payment);
      await sandboxAction(app, `pay?mul_no=${res.data.requestPayment.payment.providerPaymentId}&method=card`);
    }
    await noticesDelivered(app);
    const before = app.sandbox.payapp.providerCalls();
    await fetch(`${app.sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang', count: 30 }) });
    const finished: string[] = [];
    const cancel = (id: string) => app.gql<any>(seller.key, `mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { payment { state } userErrors { code } } }`, { input: { paymentId: id, reason: 'asked' } });
    const cancels = payments.map((p) => cancel(p.id).then((res) => (finished.push('cancel'), res.data.cancelPayment)));
    while (app.sandbox.payapp.providerCalls() < before + 30) await new Promise((r) => setTimeout(r, 20));

    // Every cancel now waits on PayApp. The other seller's work must not wait on them.
    const reads = Array.from({ length: 20 }, () => app.gql<any>(other.key, `{ payments(first: 20) { totalCount edges { node { id state } } } }`));
    const ready = fetch(`${app.url}/readyz`);
    const notice = postNotice(app, other, { mul_no: '55500001', pay_state: '4', price: '1000', pay_type: '1', goodname: 'Walk-in', feedbacktype: '1' });
    const answers = await Promise.all(reads);
    expect(answers.every((a) => a.data?.payments.totalCount === 1 || a.data?.payments.totalCount === 0)).toBe(true);
    expect((await ready).status).toBe(200);
    expect(await notice).toEqual({ status: 200, body: 'SUCCESS' });
    expect(finished).toEqual([]);

    const results = await Promise.all(cancels);
    expect(results.map((r) => r.payment.state)).toEqual(Array(30).fill('UNKNOWN'));
    expect(results.every((r) => r.userErrors[0].code === 'PROVIDER_UNAVAILABLE')).toBe(true);
  });
});
