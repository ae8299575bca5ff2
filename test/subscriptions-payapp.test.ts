import { kstDateOf } from '../src/domain/calendar';
import { startTestApp, TestApp } from './support/app';
import { noticesDelivered, postNotice, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';
import { collect, sleep, wsClient } from './support/ws';

const SUBSCRIPTION_FIELDS = `id state provider providerSubscriptionId payUrl nextChargeOn lastFailureMessage billingKey { id }
  payments { edges { node { id state amount payState providerPaymentId subscription { id } } } }
  events { edges { node { kind from to source message payment { id state } } } }`;
const CREATE = `mutation($input: CreateSubscriptionInput!) { createSubscription(input: $input) { subscription { ${SUBSCRIPTION_FIELDS} } userErrors { code field message providerCode } } }`;
const action = (name: string) => `mutation($input: SubscriptionActionInput!) { ${name}(input: $input) { subscription { id state nextChargeOn } userErrors { code field message } } }`;
const READ = `query($id: ID!) { subscription(id: $id) { ${SUBSCRIPTION_FIELDS} } }`;
const LIVE = 'subscription { subscriptionStateChanged { id state lastFailureMessage } }';
const DAY_MS = 86_400_000;

type Subscription = Record<string, any>;

describe('PayApp recurring payments (rebill) through their notices', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: TestSeller;
  const today = () => kstDateOf(app.sandbox.clock.now());

  const create = async (overrides: Record<string, unknown> = {}, key = seller.key) => {
    const res = await app.gql<Record<string, any>>(key, CREATE, {
      input: { goodName: 'Weekly flowers', amount: 12000, cycle: { unit: 'DAY' }, expiresOn: kstDateOf(new Date(app.sandbox.clock.now().getTime() + 60 * DAY_MS)), buyer: { name: 'Park', phone: '010-5555-1234' }, ...overrides },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.createSubscription as { subscription: Subscription; userErrors: { code: string; field: string[] | null; message: string }[] };
  };
  const act = async (name: 'pauseSubscription' | 'resumeSubscription' | 'cancelSubscription', subscriptionId: string, key = seller.key) =>
    (await app.gql<Record<string, any>>(key, action(name), { input: { subscriptionId } })).data![name] as { subscription: Subscription; userErrors: { code: string; message: string }[] };
  const read = async (id: string): Promise<Subscription> => (await app.gql<Record<string, any>>(seller.key, READ, { id })).data!.subscription;
  const advanceDays = async (days: number) => {
    const res = await fetch(`${app.sandbox.payapp.url}/_sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceDays: days }) });
    if (!res.ok) throw new Error(await res.text());
    await noticesDelivered(app);
    await app.services.scheduler.runDue();
  };
  const rebill = (rebillNo: string) => app.sandbox.payapp.simulator.rebill(rebillNo);

  beforeAll(async () => {
    app = await startTestApp(__filename);
    seller = await createSandboxSeller(app, 'Florist');
    other = await createSandboxSeller(app, 'Bakery');
  });
  afterAll(() => app.close());

  it('follows a rebill from request to cancel: approval, charges, a failure (99), pause and resume, live for its seller only', async () => {
    const ours = wsClient(app.url, seller.key);
    const theirs = wsClient(app.url, other.key);
    const platform = wsClient(app.url, app.platformSecret);
    try {
      const mine = collect(ours, LIVE, {}, (d) => d.subscriptionStateChanged as Subscription);
      const rival = collect(theirs, LIVE, {}, (d) => d.subscriptionStateChanged as Subscription);
      const everyone = collect(platform, LIVE, {}, (d) => d.subscriptionStateChanged as Subscription);
      await sleep(150);

      const { subscription, userErrors } = await create({ var1: 'order-9' });
      expect(userErrors).toEqual([]);
      expect(subscription).toMatchObject({ state: 'PENDING_APPROVAL', provider: 'PAYAPP', nextChargeOn: null, billingKey: null, payments: { edges: [] } });
      expect(subscription.providerSubscriptionId).toMatch(/^\d+$/);
      expect(subscription.payUrl).toMatch(/^http/);
      const rebillNo = subscription.providerSubscriptionId;
      const theirSubscription = (await create({}, other.key)).subscription;

      // PayApp stops approved rebills only: refused here, without a call.
      const calls = app.sandbox.payapp.providerCalls();
      expect((await act('pauseSubscription', subscription.id)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('approved') })]);
      expect(app.sandbox.payapp.providerCalls()).toBe(calls);

      // The buyer approves: the first payment's notice (pay_state 4 with rebill_no) makes it ACTIVE.
      await sandboxAction(app, `rebill/approve?rebill_no=${rebillNo}`);
      await noticesDelivered(app);
      let stored = await read(subscription.id);
      expect(stored.state).toBe('ACTIVE');
      expect(stored.payments.edges.map((e: any) => e.node)).toEqual([expect.objectContaining({ state: 'PAID', amount: 12000, payState: 4, subscription: { id: subscription.id } })]);
      const sent = app.sandbox.payapp.simulator.deliveries().filter((d) => d.fields.rebill_no === rebillNo);
      expect(sent.map((d) => d.url)).toEqual([`${app.url}/webhooks/payapp?subscription=${subscription.id}`]);

      // Each later charge is a payment on it; a failed one (99, to failurl) a FAILED payment and lastFailureMessage.
      await advanceDays(1);
      await sandboxAction(app, `rebill/fail-next?rebill_no=${rebillNo}`);
      await advanceDays(1);
      stored = await read(subscription.id);
      expect(stored.payments.edges.map((e: any) => [e.node.state, e.node.payState])).toEqual([
        ['FAILED', 99],
        ['PAID', 4],
        ['PAID', 4],
      ]);
      expect(stored.lastFailureMessage).toBe('카드 승인 거절 (잔액부족)');
      const failure = app.sandbox.payapp.simulator.deliveries().find((d) => d.kind === 'failure' && d.fields.rebill_no === rebillNo);
      expect(failure).toMatchObject({ url: `${app.url}/webhooks/payapp?subscription=${subscription.id}`, outcome: 'delivered' });

      // A repeated notice changes nothing.
      const failedMulNo = failure!.fields.mul_no;
      await sandboxAction(app, `resend?mul_no=${failedMulNo}`);
      await noticesDelivered(app);
      expect((await read(subscription.id)).payments.edges).toHaveLength(3);

      expect(await act('pauseSubscription', subscription.id)).toMatchObject({ subscription: { state: 'PAUSED' }, userErrors: [] });
      expect(rebill(rebillNo)?.status).toBe('paused');
      await advanceDays(2);
      expect((await read(subscription.id)).payments.edges).toHaveLength(3); // PayApp charges nothing while paused
      expect((await act('pauseSubscription', subscription.id)).userErrors[0].code).toBe('INVALID_STATE');
      expect(await act('resumeSubscription', subscription.id)).toMatchObject({ subscription: { state: 'ACTIVE' }, userErrors: [] });
      expect(rebill(rebillNo)?.status).toBe('active');
      await advanceDays(1);
      expect(await act('cancelSubscription', subscription.id)).toMatchObject({ subscription: { state: 'CANCELLED' }, userErrors: [] });
      expect(rebill(rebillNo)?.status).toBe('cancelled');

      // A cancelled one never starts again, and nothing of it reaches PayApp any more.
      const before = app.sandbox.payapp.providerCalls();
      for (const name of ['resumeSubscription', 'pauseSubscription', 'cancelSubscription'] as const) {
        expect((await act(name, subscription.id)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
      }
      expect(app.sandbox.payapp.providerCalls()).toBe(before);
      await advanceDays(2);
      stored = await read(subscription.id);
      expect(stored.payments.edges).toHaveLength(4);
      expect(stored.events.edges.map((e: any) => [e.node.kind, e.node.from, e.node.to, e.node.source])).toEqual([
        ['CANCELLED', 'ACTIVE', 'CANCELLED', 'API'],
        ['CHARGED', 'ACTIVE', 'ACTIVE', 'PROVIDER_NOTICE'],
        ['RESUMED', 'PAUSED', 'ACTIVE', 'API'],
        ['PAUSED', 'ACTIVE', 'PAUSED', 'API'],
        ['CHARGE_FAILED', 'ACTIVE', 'ACTIVE', 'PROVIDER_NOTICE'],
        ['CHARGED', 'ACTIVE', 'ACTIVE', 'PROVIDER_NOTICE'],
        ['APPROVED', 'PENDING_APPROVAL', 'ACTIVE', 'PROVIDER_NOTICE'],
        ['CREATED', null, 'PENDING_APPROVAL', 'API'],
      ]);

      // Live: approval, pause and cancel (and every other change) of our own; nothing of the other seller's.
      const states = (await mine.waitFor(8)).map((s) => [s.id, s.state]);
      expect(states).toEqual([
        [subscription.id, 'PENDING_APPROVAL'],
        [subscription.id, 'ACTIVE'],
        [subscription.id, 'ACTIVE'],
        [subscription.id, 'ACTIVE'],
        [subscription.id, 'PAUSED'],
        [subscription.id, 'ACTIVE'],
        [subscription.id, 'ACTIVE'],
        [subscription.id, 'CANCELLED'],
      ]);
      expect(mine.items[3].lastFailureMessage).toBe('카드 승인 거절 (잔액부족)');
      expect((await rival.waitFor(1)).map((s) => s.id)).toEqual([theirSubscription.id]);
      await sleep(100);
      expect(mine.items).toHaveLength(8);
      expect(rival.items).toHaveLength(1);
      // A PLATFORM key sees every seller's.
      expect(new Set((await everyone.waitFor(9)).map((s) => s.id))).toEqual(new Set([subscription.id, theirSubscription.id]));
    } finally {
      await ours.dispose();
      await theirs.dispose();
      await platform.dispose();
    }
  });

  it('delivers one recurring payment\'s changes when asked for it by id', async () => {
    const client = wsClient(app.url, seller.key);
    try {
      const first = (await create()).subscription;
      const second = (await create()).subscription;
      const live = collect(client, 'subscription($id: ID) { subscriptionStateChanged(subscriptionId: $id) { id state } }', { id: second.id }, (d) => d.subscriptionStateChanged as Subscription);
      await sleep(150);
      await act('cancelSubscription', first.id);
      await act('cancelSubscription', second.id);
      expect(await live.waitFor(1)).toEqual([{ id: second.id, state: 'CANCELLED' }]);
    } finally {
      await client.dispose();
    }
  });

  it('refuses a notice whose amount is not the recurring payment\'s, and records no payment for it', async () => {
    const { subscription } = await create();
    const res = await postNotice(app, seller, { mul_no: '990001', pay_state: '4', price: '1', pay_type: '1', rebill_no: subscription.providerSubscriptionId }, `?subscription=${subscription.id}`);
    expect(res.status).toBe(409);
    expect((await read(subscription.id)).payments.edges).toEqual([]);
    expect(app.logs.text).toContain('NOTICE REFUSED: amount does not match the recurring payment');
  });

  it('leaves the state as it was when PayApp does not answer a pause, and says so', async () => {
    const { subscription } = await create();
    await sandboxAction(app, `rebill/approve?rebill_no=${subscription.providerSubscriptionId}`);
    await noticesDelivered(app);
    await fetch(`${app.sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'http500' }) });
    const paused = await act('pauseSubscription', subscription.id);
    expect(paused.subscription.state).toBe('ACTIVE');
    expect(paused.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('Nothing changed here') })]);
    expect(await act('pauseSubscription', subscription.id)).toMatchObject({ subscription: { state: 'PAUSED' }, userErrors: [] });
  });

  it('passes on PayApp\'s refusals of rebillRegist and rebillStop, and changes nothing', async () => {
    const unknownAccount = { userId: 'not_at_payapp', linkKey: 'lk_not_at_payapp_01', linkValue: 'lv_not_at_payapp_01' };
    const created = await app.gql<Record<string, any>>(app.platformSecret, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, { input: { name: 'Stranger', payApp: unknownAccount } });
    const stranger = created.data!.createSeller.seller.id;
    const subscriptions = Number((await app.db.query('SELECT COUNT(*) AS n FROM subscriptions'))[0].n);
    const refused = await app.gql<Record<string, any>>(app.platformSecret, CREATE, { input: { sellerId: stranger, goodName: 'Plan', amount: 1000, cycle: { unit: 'DAY' }, expiresOn: today(), buyer: { phone: '01055551234' } } });
    expect(refused.data!.createSubscription).toEqual({ subscription: null, userErrors: [expect.objectContaining({ code: 'PROVIDER_NOT_CONFIGURED', providerCode: '70010' })] });
    expect(Number((await app.db.query('SELECT COUNT(*) AS n FROM subscriptions'))[0].n)).toBe(subscriptions);

    const renewed = await createSandboxSeller(app, 'Renewed');
    const { subscription } = await create({}, renewed.key);
    await sandboxAction(app, `rebill/approve?rebill_no=${subscription.providerSubscriptionId}`);
    await noticesDelivered(app);
    // Set up again at PayApp, the seller no longer has this rebill there.
    await fetch(`${app.sandbox.payapp.url}/_sandbox/payapp/sellers`, { method: 'POST', body: JSON.stringify(renewed.payApp) });
    const paused = await act('pauseSubscription', subscription.id, renewed.key);
    expect(paused.subscription.state).toBe('ACTIVE');
    expect(paused.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED', message: expect.stringContaining('rebill_no') })]);
  });

  it('checks the cycle and PayApp\'s rules before any call', async () => {
    const calls = app.sandbox.payapp.providerCalls();
    const input = { goodName: 'Plan', amount: 1000, expiresOn: today(), buyer: { phone: '01055551234' } };
    const cases: [Record<string, unknown>, string[]][] = [
      [{ cycle: { unit: 'MONTH' } }, ['input', 'cycle', 'dayOfMonth']],
      [{ cycle: { unit: 'MONTH', dayOfMonth: 45 } }, ['input', 'cycle', 'dayOfMonth']],
      [{ cycle: { unit: 'WEEK', dayOfMonth: 3 } }, ['input', 'cycle', 'dayOfMonth']],
      [{ cycle: { unit: 'WEEK' } }, ['input', 'cycle', 'dayOfWeek']],
      [{ cycle: { unit: 'DAY' }, expiresOn: '2020-01-01' }, ['input', 'expiresOn']],
      [{ cycle: { unit: 'WEEK', dayOfWeek: 1 }, methods: ['PHONE'] }, ['input', 'methods']], // PayApp: phone rebills are monthly only
      [{ cycle: { unit: 'DAY' }, buyer: { name: 'No phone' } }, ['input', 'buyer', 'phone']],
    ];
    for (const [overrides, field] of cases) {
      const res = await app.gql(seller.key, CREATE, { input: { ...input, ...overrides } });
      expect([overrides, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.fields]).toEqual([overrides, 'BAD_USER_INPUT', [field]]);
    }
    expect(app.sandbox.payapp.providerCalls()).toBe(calls);
  });

  it('expires a recurring payment the day after expiresOn, approved or not', async () => {
    const pending = (await create({ expiresOn: today() })).subscription;
    const approved = (await create({ expiresOn: today() })).subscription;
    await sandboxAction(app, `rebill/approve?rebill_no=${approved.providerSubscriptionId}`);
    await noticesDelivered(app);
    await advanceDays(1);
    expect((await read(pending.id)).events.edges[0].node).toMatchObject({ kind: 'EXPIRED', from: 'PENDING_APPROVAL', to: 'EXPIRED', source: 'SCHEDULER' });
    expect((await read(approved.id)).state).toBe('EXPIRED');
    expect((await act('resumeSubscription', approved.id)).userErrors[0].code).toBe('INVALID_STATE');
  });
});
