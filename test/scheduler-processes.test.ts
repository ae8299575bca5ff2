import { randomBytes } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { addDays, kstDateOf } from '../src/domain/calendar';
import { createLogger } from '../src/logger';
import { Sandbox, startSandbox } from '../src/sandbox';
import { freePort } from './support/app';
import { freshDatabase } from './support/db';
import { ServiceProcess } from './support/process';

/**
 * The scheduler as it runs in production: real processes (`npm start`, SCHEDULER=on) against one
 * database, charging due recurring payments on their own timers. Two instances race for the same
 * due charges; one is killed holding a claim, or while the provider holds its charge.
 */
const LEASE_MS = 3000;
// Real processes on a busy machine: starting, killing and taking claims over takes its time.
jest.setTimeout(120_000);
const REGISTER = `mutation($input: RegisterBillingKeyInput!) { registerBillingKey(input: $input) { billingKey { id } userErrors { code message } } }`;
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id nextChargeOn } userErrors { code message } } }`;
const READ = `query($id: ID!) { subscription(id: $id) { state nextChargeOn lastFailureMessage payments { edges { node { id state } } } events { edges { node { kind source } } } } }`;
const RESOLVE = `mutation($input: ResolveUnknownPaymentInput!) { resolveUnknownPayment(input: $input) { payment { id state } userErrors { code } } }`;
const CARD = { number: '9490191234561234', expiryMonth: '12', expiryYear: '2039', birthDateOrBusinessNumber: '880101', passwordFirstTwo: '47' };

describe('the scheduler on two processes against one database', () => {
  let sandbox: Sandbox;
  let db: DataSource;
  let a: ServiceProcess;
  let b: ServiceProcess;
  let sellerId: string;
  const platform = `sk_test_${randomBytes(16).toString('hex')}`;
  const welcome = { mid: 'procmid', mkey: 'proc-mkey-0123456789' };

  const waitFor = async (condition: () => Promise<boolean>, what: string, ms = 60_000) => {
    const deadline = Date.now() + ms;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${a.output.join('').slice(-3000)}\n${b.output.join('').slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const chargeCalls = () => sandbox.welcome.providerCalls();
  /** A billing key and a daily recurring payment on it, due today. */
  const dueSubscription = async (via: ServiceProcess) => {
    const key = await via.gql(platform, REGISTER, { input: { sellerId, provider: 'WELCOME', card: CARD, buyer: { name: 'Yoon' } } });
    const billingKeyId = key.data.registerBillingKey.billingKey.id;
    const today = kstDateOf(new Date());
    const created = await via.gql(platform, CREATE, { input: { sellerId, billingKeyId, goodName: 'Daily coffee', amount: 4500, cycle: { unit: 'DAY' }, expiresOn: addDays(today, 30), buyer: { name: 'Yoon' } } });
    expect(created.data.createSubscription.subscription.nextChargeOn).toBe(today);
    return { billingKeyId, subscriptionId: created.data.createSubscription.subscription.id as string };
  };
  const read = async (id: string) => (await a.gql(platform, READ, { id })).data.subscription;
  const paymentsOf = async (subscriptionId: string): Promise<{ state: string }[]> => db.query('SELECT state FROM payments WHERE subscription_id = ?', [subscriptionId]);

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: createLogger('silent') });
    const fresh = await freshDatabase(__filename);
    db = fresh.db;
    const shared = {
      HOST: '127.0.0.1',
      DATABASE_URL: fresh.url,
      MIGRATE: 'false',
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      BOOTSTRAP_API_KEY: platform,
      PROVIDER_TIMEOUT_MS: '2000',
      MONEY_LEASE_MS: String(LEASE_MS),
      SCHEDULER: 'on',
      SCHEDULER_INTERVAL_MS: '100',
      LOG_LEVEL: 'info',
      ...sandbox.providerUrls,
    };
    const instance = async () => {
      const port = await freePort();
      return new ServiceProcess(`http://127.0.0.1:${port}`, { ...shared, PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
    };
    a = await instance();
    b = await instance();
    await Promise.all([a.start(), b.start()]);
    await fetch(`${sandbox.welcome.url}/_sandbox/welcome/merchants`, { method: 'POST', body: JSON.stringify(welcome) });
    sellerId = (await a.gql(platform, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, { input: { name: 'Cafe', welcome } })).data.createSeller.seller.id;
  });

  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    await sandbox.close();
    await db.destroy();
  });

  it('charges each due date exactly once while two instances race for it', async () => {
    const before = chargeCalls();
    const subscriptions = await Promise.all(Array.from({ length: 10 }, (_, i) => dueSubscription(i % 2 ? a : b)));
    const tomorrow = addDays(kstDateOf(new Date()), 1);
    await waitFor(async () => (await db.query('SELECT COUNT(*) AS n FROM subscriptions WHERE next_charge_on = ?', [tomorrow]))[0].n >= 10, 'every charge');
    await new Promise((r) => setTimeout(r, 1000)); // ten more passes on each instance
    expect(chargeCalls() - before).toBe(10 + 10); // ten registrations, ten charges
    for (const { subscriptionId } of subscriptions) expect(await paymentsOf(subscriptionId)).toEqual([{ state: 'PAID' }]);
    // Each charge recorded once, by whichever instance held its claim at the end.
    const charged = (p: ServiceProcess) => p.output.join('').split('\n').filter((line) => line.includes('"msg":"scheduled charge"')).length;
    expect(charged(a) + charged(b)).toBe(10);
  });

  it('neither loses nor doubles a charge whose process was killed between its claim and the provider call', async () => {
    await b.stop();
    // Hold the payment-event sequence: the charge's intent (the payment it opens) waits behind it.
    const blocker: QueryRunner = db.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query("SELECT value FROM event_sequence WHERE name = 'payment_events' FOR UPDATE");
    let subscriptionId = '';
    try {
      const calls = chargeCalls();
      ({ subscriptionId } = await dueSubscription(a));
      await waitFor(async () => (await db.query('SELECT claim_owner FROM subscriptions WHERE id = ?', [subscriptionId]))[0].claim_owner !== null, 'the claim');
      await new Promise((r) => setTimeout(r, 200));
      expect(chargeCalls()).toBe(calls + 1); // the registration only: the charge was not sent
      await a.kill();
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    const calls = chargeCalls();
    await b.start();
    await waitFor(async () => (await paymentsOf(subscriptionId)).length > 0 && (await db.query('SELECT claim_owner FROM subscriptions WHERE id = ?', [subscriptionId]))[0].claim_owner === null, 'the instance that took the claim over');
    expect(await paymentsOf(subscriptionId)).toEqual([{ state: 'PAID' }]);
    expect(chargeCalls()).toBe(calls + 1);
    await a.start();
  });

  it('never charges again what a killed process had sent: the charge stays UNKNOWN for an operator to settle', async () => {
    await b.stop();
    const { subscriptionId } = await dueSubscription(a);
    // Armed after the registration: the next call, the charge, is taken by Welcome but its answer never comes.
    const calls = chargeCalls();
    await fetch(`${sandbox.welcome.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'lost-answer' }) });
    await waitFor(async () => chargeCalls() > calls, 'the charge to be sent');
    await a.kill();
    await b.start();
    await waitFor(async () => (await db.query('SELECT kind FROM subscription_events WHERE subscription_id = ? AND kind = ?', [subscriptionId, 'CHARGE_UNKNOWN'])).length === 1, 'the recovery');
    await new Promise((r) => setTimeout(r, 500));
    expect(chargeCalls()).toBe(calls + 1);
    await a.start();
    const stored = await read(subscriptionId);
    expect(stored).toMatchObject({ state: 'ACTIVE', nextChargeOn: addDays(kstDateOf(new Date()), 1), lastFailureMessage: expect.stringContaining('stopped before the provider answered') });
    const [payment] = stored.payments.edges.map((e: any) => e.node);
    expect(payment.state).toBe('UNKNOWN');
    const settled = await a.gql(platform, RESOLVE, { input: { paymentId: payment.id, state: 'PAID', note: 'Welcome admin shows the approval' } });
    expect(settled.data.resolveUnknownPayment).toEqual({ payment: { id: payment.id, state: 'PAID' }, userErrors: [] });
  });

  it('has no test clock under npm start', async () => {
    expect((await fetch(`${a.url}/_sandbox/clock`, { method: 'POST', body: '{"advanceDays":1}' })).status).toBe(404);
  });
});
