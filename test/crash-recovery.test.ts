import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createLogger } from '../src/logger';
import { Sandbox, startSandbox } from '../src/sandbox';
import { freePort } from './support/app';
import { freshDatabase } from './support/db';
import { ServiceProcess } from './support/process';

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
  let sandbox: Sandbox;
  let db: DataSource;
  let service: ServiceProcess;
  const platform = `sk_test_${randomBytes(16).toString('hex')}`;
  let sellerId: string;

  const payInput = (orderId: string, idempotencyKey: string) => ({ idempotencyKey, sellerId, orderId, goodName: 'Class pass', amount: 30000, card, buyer: { name: 'Kim' } });
  const hang = (provider: 'payup' | 'payapp') => fetch(`${sandbox[provider].url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang' }) });
  const waitFor = async (condition: () => boolean | Promise<boolean>, what: string) => {
    for (let i = 0; i < 300; i++) {
      if (await condition()) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${what}; the service said:\n${service.output.join('').slice(-4000)}`);
  };
  /** Kills the service while `call` waits on the provider, and starts it again. */
  const crashDuring = async (provider: 'payup' | 'payapp', call: () => Promise<unknown>) => {
    const calls = sandbox[provider].providerCalls();
    await hang(provider);
    const pending = call().catch(() => undefined); // the connection dies with the process
    await waitFor(() => sandbox[provider].providerCalls() > calls, 'the provider call');
    await service.kill();
    await pending;
    await service.start();
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: createLogger('silent') });
    const fresh = await freshDatabase(__filename);
    db = fresh.db;
    const port = await freePort();
    service = new ServiceProcess(`http://127.0.0.1:${port}`, {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: fresh.url,
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      BOOTSTRAP_API_KEY: platform,
      PROVIDER_TIMEOUT_MS: '2000',
      MONEY_LEASE_MS: String(LEASE_MS),
      LOG_LEVEL: 'warn',
      ...sandbox.providerUrls,
    });
    await service.start();
    const payup = { merchantId: 'crashmid', apiCertKey: '0123456789abcdef0123456789abcdef' };
    const payApp = { userId: 'crash_payapp', linkKey: 'lk_crash_0123456789', linkValue: 'lv_crash_0123456789' };
    await fetch(`${sandbox.payup.url}/_sandbox/payup/merchants`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payup) });
    sandbox.payapp.simulator.addSeller(payApp);
    const created = await service.gql(platform, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, { input: { name: 'Crash seller', payup, payApp } });
    sellerId = created.data.createSeller.seller.id;
  });

  afterAll(async () => {
    await service.stop();
    await sandbox.close();
    await db.destroy();
  });

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
