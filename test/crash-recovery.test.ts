import type { DataSource } from 'typeorm';
import type { Sandbox } from '../src/sandbox';
import { CrashableService, startCrashableService } from './support/crash';
import type { ServiceProcess } from './support/process';

/**
 * The service as a real process, killed with SIGKILL between a money movement's intent and the
 * provider's answer, then started again: nothing is stuck, nothing is moved twice.
 */
const LEASE_MS = 3000;
const PAY = `mutation($input: PayWithCardInput!) { payWithCard(input: $input) { payment { id state providerPaymentId } userErrors { code message } } }`;
const CANCEL = `mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { payment { id state } userErrors { code message } } }`;
const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id state } userErrors { code message } } }`;
const RESOLVE = `mutation($input: ResolveUnknownPaymentInput!) { resolveUnknownPayment(input: $input) { payment { id state providerPaymentId } userErrors { code } } }`;
const EVENTS = `query($id: ID!) { payment(id: $id) { state events(first: 10) { edges { node { from to source } } } } }`;

const card = { number: '4518771234561111', expiryMonth: '12', expiryYear: '2030', birthDateOrBusinessNumber: '850315', passwordFirstTwo: '47' };

describe('a process killed mid-call', () => {
  let crashable: CrashableService;
  let sandbox: Sandbox;
  let db: DataSource;
  let service: ServiceProcess;
  let platform: string;
  let sellerId: string;

  const payInput = (orderId: string, idempotencyKey: string) => ({ idempotencyKey, sellerId, orderId, goodName: 'Class pass', amount: 30000, card, buyer: { name: 'Kim' } });
  const waitFor = (condition: () => boolean | Promise<boolean>, what: string) => crashable.waitFor(condition, what);
  const crashDuring = (provider: 'payup' | 'payapp', call: () => Promise<unknown>) => crashable.crashDuring(provider, call);

  beforeAll(async () => {
    crashable = await startCrashableService(__filename, LEASE_MS);
    ({ sandbox, db, service, platform } = crashable);
    const payup = { merchantId: 'crashmid', apiCertKey: '0123456789abcdef0123456789abcdef' };
    const payApp = { userId: 'crash_payapp', linkKey: 'lk_crash_0123456789', linkValue: 'lv_crash_0123456789' };
    await fetch(`${sandbox.payup.url}/_sandbox/payup/merchants`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payup) });
    sandbox.payapp.simulator.addSeller(payApp);
    const created = await service.gql(platform, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, { input: { name: 'Crash seller', payup, payApp } });
    sellerId = created.data.createSeller.seller.id;
  });

  afterAll(() => crashable.close());

  it('answers a retry with the same key UNKNOWN without a second charge, within one lease; an operator settles it', async () => {
    const input = payInput('crash-charge-1', 'charge-key-1');
    await crashDuring('payup', () => service.gql(platform, PAY, { input }));
    const calls = sandbox.payup.providerCalls();
    const restartedAt = Date.now();

    let answer = await service.gql(platform, PAY, { input });
    while (answer.data?.payWithCard.userErrors[0]?.code === 'IDEMPOTENCY_KEY_IN_USE') {
      expect(Date.now() - restartedAt).toBeLessThan(LEASE_MS + 2000);
      await new Promise((r) => setTimeout(r, 100));
      answer = await service.gql(platform, PAY, { input });
    }
    const { payment, userErrors } = answer.data.payWithCard;
    expect(payment).toMatchObject({ state: 'UNKNOWN', providerPaymentId: null });
    expect(userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('stopped before the provider answered') })]);
    expect(sandbox.payup.providerCalls()).toBe(calls);

    // The same again: the recorded outcome, still no call.
    expect((await service.gql(platform, PAY, { input })).data.payWithCard.payment.id).toBe(payment.id);
    expect(sandbox.payup.providerCalls()).toBe(calls);

    const settled = await service.gql(platform, RESOLVE, { input: { paymentId: payment.id, state: 'FAILED', note: 'Payup admin: no such approval' } });
    expect(settled.data.resolveUnknownPayment).toEqual({ payment: { id: payment.id, state: 'FAILED', providerPaymentId: null }, userErrors: [] });
  });

  it('leaves a trace of a cancel interrupted by a crash: settled UNKNOWN by the restarted instance, without any retry', async () => {
    const charged = (await service.gql(platform, PAY, { input: payInput('crash-charge-2', 'charge-key-2') })).data.payWithCard.payment;
    expect(charged.state).toBe('PAID');
    await crashDuring('payup', () => service.gql(platform, CANCEL, { input: { paymentId: charged.id, reason: 'refund', idempotencyKey: 'cancel-key-2' } }));
    await waitFor(async () => (await service.gql(platform, EVENTS, { id: charged.id })).data.payment.state === 'UNKNOWN', 'the lease to run out');
    const events = (await service.gql(platform, EVENTS, { id: charged.id })).data.payment.events.edges.map((e: any) => [e.node.from, e.node.to, e.node.source]);
    expect(events[0]).toEqual(['PAID', 'UNKNOWN', 'API']);
    const calls = sandbox.payup.providerCalls();
    const replay = await service.gql(platform, CANCEL, { input: { paymentId: charged.id, reason: 'refund', idempotencyKey: 'cancel-key-2' } });
    expect(replay.data.cancelPayment.payment.state).toBe('UNKNOWN');
    expect(sandbox.payup.providerCalls()).toBe(calls);
  });

  it('records a pay request interrupted by a crash as UNKNOWN under the id its notice URL names; the notice settles it', async () => {
    const calls = sandbox.payapp.providerCalls();
    await crashDuring('payapp', () => service.gql(platform, REQUEST, { input: { sellerId, goodName: 'Lesson', amount: 10000, buyer: { phone: '01023456789' }, idempotencyKey: 'request-key-3' } }));
    const [{ payment_id: paymentId }] = await db.query("SELECT payment_id FROM money_movements WHERE idempotency_key = 'request-key-3'");
    await waitFor(async () => (await service.gql(platform, EVENTS, { id: paymentId })).data.payment?.state === 'UNKNOWN', 'the recovery');
    expect(sandbox.payapp.providerCalls()).toBe(calls + 1);

    const form = new URLSearchParams({ userid: 'crash_payapp', linkkey: 'lk_crash_0123456789', linkval: 'lv_crash_0123456789', mul_no: '424242', pay_state: '4', price: '10000', pay_type: '1', goodname: 'Lesson' });
    const notice = await fetch(`${service.url}/webhooks/payapp?payment=${paymentId}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    expect(await notice.text()).toBe('SUCCESS');
    expect((await service.gql(platform, EVENTS, { id: paymentId })).data.payment.state).toBe('PAID');
  });
});
