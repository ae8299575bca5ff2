import { kstDateOf } from '../src/domain/calendar';
import { startTestApp, TestApp } from './support/app';
import { noticesDelivered } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

/**
 * Recurring payments this service charges with a billing key: the scheduler charges each due date
 * once, on the right date (the test clock is the sandbox's, shared with the service), retries a
 * refused charge on its schedule, stops for a key that can never be charged, never retries an
 * UNKNOWN one, and expires the schedule after its last day.
 */
const REGISTER = `mutation($input: RegisterBillingKeyInput!) { registerBillingKey(input: $input) { billingKey { id } userErrors { code message } } }`;
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { id state nextChargeOn provider billingKey { id } } userErrors { code field message } } }`;
const DELETE = `mutation($input: DeleteBillingKeyInput!) { deleteBillingKey(input: $input) { billingKey { state } userErrors { code } } }`;
const action = (name: string) => `mutation($input: SubscriptionActionInput!) { ${name}(input: $input) { subscription { id state nextChargeOn } userErrors { code field message } } }`;
const READ = `query($id: ID!) { subscription(id: $id) { id state nextChargeOn lastFailureMessage
  payments(first: 50) { edges { node { id state amount method paidAt billingKey { id } subscription { id } providerPaymentId events { edges { node { from to source } } } } } }
  events(first: 50) { edges { node { kind from to source dueOn message payment { id state } } } } } }`;

const CARD = { number: '9490191234561234', expiryMonth: '12', expiryYear: '2039', birthDateOrBusinessNumber: '880101', passwordFirstTwo: '47' };
const BUYER = { name: 'Choi', phone: '010-7777-1234' };
const at = (date: string) => new Date(`${date}T10:00:00+09:00`);

type Subscription = Record<string, any>;

describe('recurring charges on a billing key: the scheduler and the test clock', () => {
  let app: TestApp;
  let seller: TestSeller;

  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await app.gql<Record<string, any>>(seller.key, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const registerKey = async (provider: 'WELCOME' | 'PAYAPP', number = CARD.number) => (await gql(REGISTER, { input: { provider, card: { ...CARD, number }, buyer: BUYER } })).registerBillingKey.billingKey.id as string;
  const create = async (billingKeyId: string, overrides: Record<string, unknown> = {}) =>
    (await gql(CREATE, { input: { billingKeyId, goodName: 'Piano lessons', amount: 30000, cycle: { unit: 'MONTH', dayOfMonth: 31 }, expiresOn: '2027-12-31', buyer: BUYER, ...overrides } })).createSubscription;
  const read = async (id: string): Promise<Subscription> => (await gql(READ, { id })).subscription;
  const act = async (name: string, subscriptionId: string) => (await gql(action(name), { input: { subscriptionId } }))[name];
  const welcomeCharges = () => app.logs.lines.filter((l) => l.includes('"msg":"provider request"') && /\/billing\/(billpay|hppbillpay)/.test(l)).length;
  const metric = async (name: string) => Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(await (await fetch(`${app.url}/metrics`)).text())?.[1]);
  const results = async () => {
    const [charged, refused, unknown] = await Promise.all(['charged', 'refused', 'unknown'].map((result) => metric(`recurring_charges_total{result="${result}"}`)));
    return { charged, refused, unknown };
  };
  /** What the scheduler's passes did (this instance's counters) while `work` ran. */
  const counted = async (work: () => Promise<unknown>) => {
    const before = await results();
    await work();
    const after = await results();
    return { charged: after.charged - before.charged, refused: after.refused - before.refused, unknown: after.unknown - before.unknown };
  };
  /** Moves the shared clock (which starts a scheduler pass), waits for a pass begun after the move, and says what the passes did. */
  const moveTo = (date: string) =>
    counted(async () => {
      if (app.sandbox.clock.now() < at(date)) app.sandbox.clock.set(at(date));
      await app.services.scheduler.runDue();
    });
  const runDue = () => counted(() => app.services.scheduler.runDue());

  beforeAll(async () => {
    // Passes run when the clock moves or a test asks (runDue); the test app runs no scheduler timer.
    app = await startTestApp(__filename, { env: { PROVIDER_TIMEOUT_MS: '700' } });
    seller = await createSandboxSeller(app, 'Music School');
  });
  afterAll(() => app.close());
  // Each test counts provider calls: what a test left charging is cancelled after it.
  afterEach(async () => {
    const live: { id: string }[] = await app.db.query("SELECT id FROM subscriptions WHERE state IN ('ACTIVE', 'PAUSED')");
    for (const { id } of live) await act('cancelSubscription', id);
  });

  it('charges the 31st for a year: 12 charges on each month\'s day (the last day of shorter months), one provider call each, then EXPIRED', async () => {
    const key = await registerKey('WELCOME');
    app.sandbox.clock.set(at('2027-01-30'));
    const { subscription, userErrors } = await create(key);
    expect(userErrors).toEqual([]);
    expect(subscription).toMatchObject({ state: 'ACTIVE', nextChargeOn: '2027-01-31', provider: 'WELCOME', billingKey: { id: key } });
    const before = welcomeCharges();
    const charged = await metric('recurring_charges_total{result="charged"}');

    expect(await runDue()).toEqual({ charged: 0, refused: 0, unknown: 0 }); // not due before its day
    const dates = ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31', '2027-08-31', '2027-09-30', '2027-10-31', '2027-11-30', '2027-12-31'];
    for (const [i, date] of dates.entries()) {
      expect([date, await moveTo(date)]).toEqual([date, { charged: 1, refused: 0, unknown: 0 }]);
      expect(await runDue()).toEqual({ charged: 0, refused: 0, unknown: 0 }); // once a date, however many passes
      expect((await read(subscription.id)).nextChargeOn).toBe(dates[i + 1] ?? null);
    }
    expect(welcomeCharges() - before).toBe(12);
    expect(await metric('recurring_charges_total{result="charged"}')).toBe(charged + 12);

    await moveTo('2028-01-01');
    const stored = await read(subscription.id);
    expect(stored).toMatchObject({ state: 'EXPIRED', nextChargeOn: null, lastFailureMessage: null });
    const payments = stored.payments.edges.map((e: any) => e.node).reverse();
    expect(payments.map((p: any) => kstDateOf(new Date(p.paidAt)))).toEqual(dates);
    for (const p of payments) {
      expect(p).toMatchObject({ state: 'PAID', amount: 30000, method: 'BILLING', billingKey: { id: key }, subscription: { id: subscription.id } });
      expect(p.events.edges.map((e: any) => [e.node.from, e.node.to, e.node.source])).toEqual([['REQUESTED', 'PAID', 'SCHEDULER'], [null, 'REQUESTED', 'SCHEDULER']]);
    }
    const kinds = stored.events.edges.map((e: any) => [e.node.kind, e.node.dueOn, e.node.source]);
    expect(kinds[0]).toEqual(['EXPIRED', null, 'SCHEDULER']);
    expect(kinds.slice(1, 13).reverse()).toEqual(dates.map((date) => ['CHARGED', date, 'SCHEDULER']));
    expect(kinds[13]).toEqual(['CREATED', '2027-01-31', 'API']);
    const keys: { k: string }[] = await app.db.query("SELECT idempotency_key AS k FROM money_movements WHERE idempotency_api_key_id = 'scheduler' AND idempotency_key LIKE ? ORDER BY id", [`${subscription.id}:%`]);
    expect(keys.map((r) => r.k)).toEqual(dates.map((date) => `${subscription.id}:${date}:0`));
  });

  it('retries a refused charge 1, 3 and 7 days after its date, then goes on with the next cycle (an over-limit card)', async () => {
    const key = await registerKey('WELCOME', '9490191234560003');
    await moveTo('2028-01-09');
    const { subscription } = await create(key, { cycle: { unit: 'MONTH', dayOfMonth: 10 }, expiresOn: '2028-12-31' });
    const before = welcomeCharges();
    const refused = await metric('recurring_charges_total{result="refused"}');
    const plan: [string, string | null][] = [
      ['2028-01-10', '2028-01-11'],
      ['2028-01-11', '2028-01-13'],
      ['2028-01-13', '2028-01-17'],
      ['2028-01-17', '2028-02-10'],
    ];
    for (const [today, next] of plan) {
      expect([today, await moveTo(today)]).toEqual([today, expect.objectContaining({ refused: 1 })]);
      expect(await read(subscription.id)).toMatchObject({ state: 'ACTIVE', nextChargeOn: next, lastFailureMessage: '[카드사 거절] 한도초과' });
    }
    await moveTo('2028-01-20');
    expect(welcomeCharges() - before).toBe(4);
    expect(await metric('recurring_charges_total{result="refused"}')).toBe(refused + 4);
    const failures = (await read(subscription.id)).events.edges.map((e: any) => e.node).filter((e: any) => e.kind === 'CHARGE_FAILED');
    expect(failures.map((e: any) => [e.dueOn, e.payment.state])).toEqual(plan.map(() => ['2028-01-10', 'FAILED']));
    const retries: { retryOn: string | null; attempt: number }[] = (await app.db.query("SELECT data FROM subscription_events WHERE subscription_id = ? AND kind = 'CHARGE_FAILED' ORDER BY seq", [subscription.id])).map((r: any) => r.data);
    expect(retries).toEqual([
      { providerCode: 'C051', attempt: 1, retryOn: '2028-01-11' },
      { providerCode: 'C051', attempt: 2, retryOn: '2028-01-13' },
      { providerCode: 'C051', attempt: 3, retryOn: '2028-01-17' },
      { providerCode: 'C051', attempt: 4, retryOn: null },
    ]);
  });

  it('stops (PAUSED) at once for a lost or stolen card, without retries; resuming charges again from today', async () => {
    const key = await registerKey('WELCOME', '9490191234560004');
    await moveTo('2028-01-21');
    const { subscription } = await create(key, { cycle: { unit: 'DAY' }, expiresOn: '2028-12-31' });
    const before = welcomeCharges();
    expect(await moveTo('2028-01-21')).toMatchObject({ refused: 1 });
    const stopped = await read(subscription.id);
    expect(stopped).toMatchObject({ state: 'PAUSED', nextChargeOn: null, lastFailureMessage: '[카드사 거절] 분실/도난 카드' });
    expect(stopped.events.edges[0].node).toMatchObject({ kind: 'STOPPED', from: 'ACTIVE', to: 'PAUSED', source: 'SCHEDULER', payment: { state: 'FAILED' } });
    await moveTo('2028-01-25');
    expect(welcomeCharges() - before).toBe(1);
    expect(await act('resumeSubscription', subscription.id)).toMatchObject({ subscription: { state: 'ACTIVE', nextChargeOn: '2028-01-25' }, userErrors: [] });
  });

  it('never retries a charge whose outcome is unknown: the payment stays UNKNOWN and the schedule goes on', async () => {
    const key = await registerKey('WELCOME');
    await moveTo('2028-01-26');
    const { subscription } = await create(key, { cycle: { unit: 'DAY' }, expiresOn: '2028-01-27' });
    await fetch(`${app.sandbox.welcome.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang' }) });
    const before = welcomeCharges();
    expect(await runDue()).toEqual({ charged: 0, refused: 0, unknown: 1 });
    expect(await runDue()).toEqual({ charged: 0, refused: 0, unknown: 0 });
    const stored = await read(subscription.id);
    expect(stored).toMatchObject({ state: 'ACTIVE', nextChargeOn: '2028-01-27', lastFailureMessage: expect.stringContaining('outcome is unknown') });
    expect(stored.events.edges[0].node).toMatchObject({ kind: 'CHARGE_UNKNOWN', dueOn: '2028-01-26', payment: { state: 'UNKNOWN' } });
    expect(welcomeCharges() - before).toBe(1);
    expect(await moveTo('2028-01-27')).toMatchObject({ charged: 1 });
  });

  it('stops the schedules of a deleted key in the same transaction, and will not resume them', async () => {
    const key = await registerKey('WELCOME');
    const { subscription } = await create(key, { cycle: { unit: 'DAY' }, expiresOn: '2028-12-31' });
    expect(subscription.state).toBe('ACTIVE');
    expect((await gql(DELETE, { input: { billingKeyId: key } })).deleteBillingKey).toEqual({ billingKey: { state: 'DELETED' }, userErrors: [] });
    const stopped = await read(subscription.id);
    expect(stopped).toMatchObject({ state: 'PAUSED', nextChargeOn: null, lastFailureMessage: expect.stringContaining('billing key was deleted') });
    expect(stopped.events.edges[0].node).toMatchObject({ kind: 'STOPPED', source: 'API' });
    expect((await act('resumeSubscription', subscription.id)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect((await create(key, { expiresOn: '2028-12-31' })).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'billingKeyId'] })]);
  });

  it('pauses (no charges), resumes from the next date on or after today, and cancels for good', async () => {
    const key = await registerKey('WELCOME');
    await moveTo('2028-02-01');
    const { subscription } = await create(key, { cycle: { unit: 'WEEK', dayOfWeek: 1 }, expiresOn: '2028-12-31' }); // Mondays
    expect(subscription.nextChargeOn).toBe('2028-02-07');
    expect(await act('pauseSubscription', subscription.id)).toMatchObject({ subscription: { state: 'PAUSED', nextChargeOn: null }, userErrors: [] });
    const before = welcomeCharges();
    await moveTo('2028-02-15');
    expect(welcomeCharges()).toBe(before);
    expect(await act('resumeSubscription', subscription.id)).toMatchObject({ subscription: { state: 'ACTIVE', nextChargeOn: '2028-02-21' } });
    expect(await act('cancelSubscription', subscription.id)).toMatchObject({ subscription: { state: 'CANCELLED', nextChargeOn: null } });
    await moveTo('2028-02-22');
    expect(welcomeCharges()).toBe(before);
    expect((await act('resumeSubscription', subscription.id)).userErrors[0].code).toBe('INVALID_STATE');
  });

  it('charges a PayApp key on its schedule (billPay); PayApp\'s notice lands on the scheduler\'s payment', async () => {
    const key = await registerKey('PAYAPP');
    await moveTo('2028-02-23');
    const { subscription } = await create(key, { cycle: { unit: 'MONTH', dayOfMonth: 90 }, expiresOn: '2028-12-31' });
    expect(subscription.nextChargeOn).toBe('2028-02-29');
    expect(await moveTo('2028-02-29')).toMatchObject({ charged: 1 });
    await noticesDelivered(app);
    const stored = await read(subscription.id);
    const [payment] = stored.payments.edges.map((e: any) => e.node);
    expect(payment).toMatchObject({ state: 'PAID', method: 'BILLING', subscription: { id: subscription.id } });
    expect(app.sandbox.payapp.simulator.deliveries().find((d) => d.fields.mul_no === payment.providerPaymentId)).toMatchObject({ url: `${app.url}/webhooks/payapp?payment=${payment.id}`, outcome: 'delivered' });
    expect(stored.nextChargeOn).toBe('2028-03-31');
  });

  it('schedules a Welcome phone key only on dates Welcome accepts, for its fixed amount, and charges it there', async () => {
    await moveTo('2028-03-05');
    const issued = (await (await fetch(`${app.sandbox.welcome.url}/_sandbox/welcome/phone-billing-keys`, { method: 'POST', body: JSON.stringify({ mid: seller.welcome.mid, price: 5500 }) })).json()) as { billkey: string };
    const recorded = await gql(`mutation($input: RecordPhoneBillingKeyInput!) { recordPhoneBillingKey(input: $input) { billingKey { id } } }`, {
      input: { provider: 'WELCOME', billingKey: issued.billkey, issuedOn: '2028-03-05', amount: 5500, buyer: { name: 'Choi' } },
    });
    const key = recorded.recordPhoneBillingKey.billingKey.id;
    const monthly = { cycle: { unit: 'MONTH', dayOfMonth: 5 }, amount: 5500, expiresOn: '2028-12-31' };
    expect((await create(key, monthly)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('2028-03-05') })]); // the month of issue has no date
    await moveTo('2028-03-06');
    expect((await create(key, { ...monthly, amount: 6000 })).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'amount'] })]);
    expect((await create(key, { ...monthly, cycle: { unit: 'MONTH', dayOfMonth: 20 } })).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    const { subscription, userErrors } = await create(key, monthly);
    expect(userErrors).toEqual([]);
    expect(subscription.nextChargeOn).toBe('2028-04-05');
    const before = app.logs.lines.filter((l) => l.includes('/billing/hppbillpay')).length;
    expect(await moveTo('2028-04-05')).toMatchObject({ charged: 1 });
    expect(app.logs.lines.filter((l) => l.includes('"msg":"provider request"') && l.includes('/billing/hppbillpay')).length).toBe(before + 1);
  });

  it('shows due charges and the scheduler\'s lag on /metrics, read from the database at each scrape', async () => {
    const key = await registerKey('WELCOME');
    await moveTo('2028-04-10');
    await create(key, { cycle: { unit: 'DAY' }, expiresOn: '2028-12-31' });
    expect(await metric('recurring_charges_due')).toBe(1);
    const lag = await metric('recurring_scheduler_lag_seconds');
    expect(lag).toBeGreaterThanOrEqual(10 * 3600); // due since 00:00 KST; the clock says 10:00
    expect(lag).toBeLessThan(10 * 3600 + 120);
    expect(await runDue()).toEqual({ charged: 1, refused: 0, unknown: 0 });
    expect(await metric('recurring_charges_due')).toBe(0);
    expect(await metric('recurring_scheduler_lag_seconds')).toBe(0);
    expect(await metric('recurring_charges_total{result="unknown"}')).toBe(1); // the unanswered one, earlier
  });
});
