import { SecretBox } from '../src/crypto/secret-box';
import type { DomainEvent } from '../src/events/domain-events';
import { dayInMonth, kstDateOf, yearMonthOf } from '../src/domain/calendar';
import { startTestApp, TestApp } from './support/app';
import { noticesDelivered } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

const KEY_FIELDS = 'id provider method state maskedCardNumber cardName buyer { name phone } fixedAmount issuedOn deletedAt';
const REGISTER = `mutation($input: RegisterBillingKeyInput!) { registerBillingKey(input: $input) { billingKey { ${KEY_FIELDS} } userErrors { code field message providerCode } } }`;
const RECORD_PHONE = `mutation($input: RecordPhoneBillingKeyInput!) { recordPhoneBillingKey(input: $input) { billingKey { ${KEY_FIELDS} } userErrors { code field message providerCode } } }`;
const CHARGE = `mutation($input: ChargeBillingKeyInput!) { chargeBillingKey(input: $input) {
  payment { id state method amount provider providerPaymentId billingKey { id } subscription { id } card { maskedNumber cardName approvalNumber installmentMonths } events { edges { node { from to source } } } }
  userErrors { code field message providerCode }
} }`;
const DELETE = `mutation($input: DeleteBillingKeyInput!) { deleteBillingKey(input: $input) { billingKey { id state deletedAt } userErrors { code field message providerCode } } }`;

const CARD = { number: '9490191234561234', expiryMonth: '12', expiryYear: '2031', birthDateOrBusinessNumber: '880101', passwordFirstTwo: '47' };
const BUYER = { name: 'Kim', phone: '010-2345-6789', email: 'kim@example.com' };

type Key = Record<string, any>;
interface UserError { code: string; field: string[] | null; message: string; providerCode: string | null }

describe('billing keys end to end: PayApp bill*, Welcome billing', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: TestSeller;
  const events: DomainEvent[] = [];
  const responses: unknown[] = [];

  const gql = async (query: string, input: Record<string, unknown>, key = seller.key) => {
    const res = await app.gql<Record<string, any>>(key, query, { input });
    responses.push(res);
    return res;
  };
  const register = async (input: Record<string, unknown>, key = seller.key): Promise<{ billingKey: Key | null; userErrors: UserError[] }> =>
    (await gql(REGISTER, { card: CARD, buyer: BUYER, ...input }, key)).data!.registerBillingKey;
  const charge = async (input: Record<string, unknown>, key = seller.key): Promise<{ payment: Key | null; userErrors: UserError[] }> =>
    (await gql(CHARGE, { goodName: 'Monthly plan', amount: 9900, ...input }, key)).data!.chargeBillingKey;
  const remove = async (billingKeyId: string, key = seller.key): Promise<{ billingKey: Key | null; userErrors: UserError[] }> =>
    (await gql(DELETE, { billingKeyId }, key)).data!.deleteBillingKey;
  const count = async (table: string) => Number((await app.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const fault = (provider: 'welcome' | 'payapp', mode: string) => fetch(`${app.sandbox[provider].url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode }) });

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { PROVIDER_TIMEOUT_MS: '700' } });
    app.services.domainEvents.addSink({ record: async (_manager, event) => void events.push(event) });
    seller = await createSandboxSeller(app, 'Gym');
    other = await createSandboxSeller(app, 'Pool');
  });
  afterAll(() => app.close());

  describe('registration', () => {
    it('registers a PayApp card (billRegist) with the masked number and card name PayApp returned, the key sealed', async () => {
      const { billingKey, userErrors } = await register({ provider: 'PAYAPP' });
      expect(userErrors).toEqual([]);
      expect(billingKey).toEqual({
        id: expect.stringMatching(/^bk_/),
        provider: 'PAYAPP',
        method: 'CARD',
        state: 'ACTIVE',
        maskedCardNumber: '9490********1234',
        cardName: '[BC]',
        buyer: { name: 'Kim', phone: '01023456789' },
        fixedAmount: null,
        issuedOn: null,
        deletedAt: null,
      });
      const [row] = await app.db.query('SELECT provider_key_secret AS secret FROM billing_keys WHERE id = ?', [billingKey!.id]);
      expect(row.secret).toMatch(/^v1:/);
      expect(events.filter((e) => e.subjectId === billingKey!.id).map((e) => [e.type, e.data.from, e.data.to])).toEqual([['billing_key.state_changed', null, 'ACTIVE']]);
    });

    it('registers Welcome cards with authentication (/billing/billkey/card) and without (/noauth/billkey/card), masking the typed number to its first 6 and last 4 digits', async () => {
      const checked = await register({ provider: 'WELCOME' });
      const unchecked = await register({ provider: 'WELCOME', authenticate: false, card: { number: '4518771234567890', expiryMonth: '07', expiryYear: '30' } });
      expect(checked.billingKey).toMatchObject({ provider: 'WELCOME', state: 'ACTIVE', maskedCardNumber: '949019******1234', cardName: null });
      expect(unchecked.billingKey).toMatchObject({ provider: 'WELCOME', state: 'ACTIVE', maskedCardNumber: '451877******7890' });
      const paths = app.logs.lines.filter((l) => l.includes('"msg":"provider request"') && l.includes('"provider":"WELCOME"')).map((l) => new URL(JSON.parse(l).url).pathname);
      expect(paths.slice(-2)).toEqual(['/billing/billkey/card', '/noauth/billkey/card']);
    });

    it('passes on a provider refusal with its code and records nothing', async () => {
      const keys = await count('billing_keys');
      const declined = await register({ provider: 'WELCOME', card: { ...CARD, number: '9490191234560002' } });
      expect(declined).toEqual({ billingKey: null, userErrors: [{ code: 'PROVIDER_REJECTED', field: null, providerCode: 'C051', message: '[카드사 거절] 한도초과' }] });
      const expired = await register({ provider: 'PAYAPP', card: { ...CARD, expiryYear: '2020' } });
      expect(expired.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED', providerCode: '70020' })]);
      expect(await count('billing_keys')).toBe(keys);
    });

    it('refuses malformed card data before any call, naming the field and never the value', async () => {
      const calls = app.sandbox.welcome.providerCalls();
      const bad = await gql(REGISTER, { provider: 'WELCOME', card: { ...CARD, number: '94901912' }, buyer: BUYER });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'card', 'number']] });
      expect(bad.errors?.[0].message).not.toContain('94901912');
      const noOwner = await gql(REGISTER, { provider: 'WELCOME', card: { number: CARD.number, expiryMonth: '12', expiryYear: '2031' }, buyer: BUYER });
      expect(noOwner.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'card', 'birthDateOrBusinessNumber']] });
      expect(app.sandbox.welcome.providerCalls()).toBe(calls);
    });

    it('refuses to register a PHONE key: Welcome issues them on its own pages, PayApp has none', async () => {
      const calls = app.sandbox.welcome.providerCalls() + app.sandbox.payapp.providerCalls();
      const welcome = await register({ provider: 'WELCOME', method: 'PHONE' });
      expect(welcome.userErrors).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_BY_PROVIDER', message: expect.stringContaining('recordPhoneBillingKey') })]);
      const payapp = await register({ provider: 'PAYAPP', method: 'PHONE' });
      expect(payapp.userErrors).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_BY_PROVIDER', field: ['input', 'method'] })]);
      expect(app.sandbox.welcome.providerCalls() + app.sandbox.payapp.providerCalls()).toBe(calls);
    });

    it('records nothing when the registration is not answered, says the outcome is unknown, and lets the same key register again', async () => {
      const keys = await count('billing_keys');
      await fault('welcome', 'hang');
      const input = { provider: 'WELCOME', idempotencyKey: 'register-timeout' };
      const hung = await register(input);
      expect(hung.billingKey).toBeNull();
      expect(hung.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringMatching(/outcome is unknown.*Nothing was recorded/) })]);
      expect(await count('billing_keys')).toBe(keys);
      const again = await register(input);
      expect(again.billingKey).toMatchObject({ state: 'ACTIVE', provider: 'WELCOME' });
      expect(await count('billing_keys')).toBe(keys + 1);
    });
  });

  describe('charges', () => {
    it('charges a PayApp key (billPay): a BILLING payment, PAID, on the key; PayApp\'s notice lands on the same payment', async () => {
      const key = (await register({ provider: 'PAYAPP' })).billingKey!;
      const { payment, userErrors } = await charge({ billingKeyId: key.id, var1: 'plan-7' });
      expect(userErrors).toEqual([]);
      expect(payment).toMatchObject({ state: 'PAID', method: 'BILLING', provider: 'PAYAPP', amount: 9900, billingKey: { id: key.id }, subscription: null });
      expect(payment!.card).toMatchObject({ maskedNumber: '9490********1234', cardName: '[BC]' });
      await noticesDelivered(app);
      const notice = app.sandbox.payapp.simulator.deliveries().find((d) => d.fields.mul_no === payment!.providerPaymentId);
      expect(notice).toMatchObject({ url: `${app.url}/webhooks/payapp?payment=${payment!.id}`, outcome: 'delivered' });
      expect(notice!.fields).toMatchObject({ pay_state: '4', pay_type: '17', var1: 'plan-7' });
      const stored = await app.gql<Record<string, any>>(seller.key, `query($id: ID!) { payment(id: $id) { state events { edges { node { from to source } } } } billingKey(id: "${key.id}") { payments { edges { node { id } } } } }`, { id: payment!.id });
      expect(stored.data!.payment.events.edges.map((e: any) => [e.node.from, e.node.to, e.node.source])).toEqual([
        ['REQUESTED', 'PAID', 'API'],
        [null, 'REQUESTED', 'API'],
      ]);
      expect(stored.data!.billingKey.payments.edges).toEqual([{ node: { id: payment!.id } }]);
    });

    it('charges Welcome with installments and interest-free (cardQuota two digits, quotaInterest); refuses what each provider cannot take before any call', async () => {
      const key = (await register({ provider: 'WELCOME' })).billingKey!;
      const { payment } = await charge({ billingKeyId: key.id, amount: 60000, installmentMonths: 3, interestFree: true, orderId: 'ORDER-60000' });
      expect(payment).toMatchObject({ state: 'PAID', provider: 'WELCOME', method: 'BILLING', card: { installmentMonths: 3, maskedNumber: '949019******1234' } });
      expect(payment!.card.approvalNumber).toMatch(/^\d{8}$/);
      const sent = app.logs.lines.filter((l) => l.includes('"msg":"provider request"') && l.includes('/billing/billpay')).map((l) => JSON.parse(l).request).pop();
      expect(sent).toMatchObject({ oid: 'ORDER-60000', price: '60000', cardQuota: '03', quotaInterest: '1', billkey: '[redacted]' });

      const calls = app.sandbox.welcome.providerCalls() + app.sandbox.payapp.providerCalls();
      const one = await gql(CHARGE, { billingKeyId: key.id, goodName: 'Plan', amount: 60000, installmentMonths: 1 });
      expect(one.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'installmentMonths']] });
      const payappKey = (await register({ provider: 'PAYAPP' })).billingKey!;
      const interestFree = await gql(CHARGE, { billingKeyId: payappKey.id, goodName: 'Plan', amount: 60000, installmentMonths: 3, interestFree: true });
      expect(interestFree.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'interestFree']] });
      const small = await gql(CHARGE, { billingKeyId: payappKey.id, goodName: 'Plan', amount: 9900, installmentMonths: 3 });
      expect(small.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'installmentMonths']] });
      expect(app.sandbox.welcome.providerCalls() + app.sandbox.payapp.providerCalls()).toBe(calls + 1); // the PayApp registration only
    });

    it('records a declined charge FAILED with Welcome\'s code, and an unanswered one UNKNOWN', async () => {
      const overLimit = (await register({ provider: 'WELCOME', card: { ...CARD, number: '9490191234560003' } })).billingKey!;
      const declined = await charge({ billingKeyId: overLimit.id });
      expect(declined.payment).toMatchObject({ state: 'FAILED', method: 'BILLING' });
      expect(declined.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED', providerCode: 'C051' })]);

      const key = (await register({ provider: 'WELCOME' })).billingKey!;
      await fault('welcome', 'hang');
      const hung = await charge({ billingKeyId: key.id });
      expect(hung.payment).toMatchObject({ state: 'UNKNOWN' });
      expect(hung.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('UNKNOWN') })]);
    });

    it('refuses a deleted key with INVALID_STATE and no provider call; another seller\'s key is NOT_FOUND', async () => {
      const key = (await register({ provider: 'WELCOME' })).billingKey!;
      const deleted = await remove(key.id);
      expect(deleted).toEqual({ billingKey: { id: key.id, state: 'DELETED', deletedAt: expect.stringMatching(/Z$/) }, userErrors: [] });
      expect(events.filter((e) => e.subjectId === key.id).map((e) => [e.data.from, e.data.to])).toEqual([
        [null, 'ACTIVE'],
        ['ACTIVE', 'DELETED'],
      ]);

      const calls = app.sandbox.welcome.providerCalls();
      const payments = await count('payments');
      expect(await charge({ billingKeyId: key.id })).toEqual({ payment: null, userErrors: [expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'billingKeyId'] })] });
      expect((await remove(key.id)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
      expect(app.sandbox.welcome.providerCalls()).toBe(calls);
      expect(await count('payments')).toBe(payments);

      const theirs = (await register({ provider: 'WELCOME' }, other.key)).billingKey!;
      expect(await charge({ billingKeyId: theirs.id })).toEqual({ payment: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'billingKeyId'] })] });
      expect((await remove(theirs.id)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
      expect((await app.gql<Record<string, any>>(seller.key, `{ billingKey(id: "${theirs.id}") { id } }`)).data!.billingKey).toBeNull();
      expect(app.sandbox.welcome.providerCalls()).toBe(calls + 1); // their registration
    });

    it('deletes a PayApp key (billDelete); a key the provider refuses to delete is deleted here all the same, with the refusal', async () => {
      const payappKey = (await register({ provider: 'PAYAPP' })).billingKey!;
      expect(await remove(payappKey.id)).toMatchObject({ billingKey: { state: 'DELETED' }, userErrors: [] });
      expect((await charge({ billingKeyId: payappKey.id })).userErrors[0].code).toBe('INVALID_STATE');

      const key = (await register({ provider: 'WELCOME' })).billingKey!;
      await fault('welcome', 'decline');
      const refused = await remove(key.id);
      expect(refused.billingKey).toMatchObject({ state: 'DELETED' });
      expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED', providerCode: 'C051', message: expect.stringContaining('deleted here and will never be charged') })]);
    });
  });

  it('passes on each provider\'s refusal of a charge (billPay, /billing/billpay, /billing/hppbillpay), an issue (/noauth/billkey/card) and a delete (billDelete)', async () => {
    const refusing = await createSandboxSeller(app, 'Refusals');
    const payappKey = (await register({ provider: 'PAYAPP' }, refusing.key)).billingKey!;
    await fault('payapp', 'decline');
    const declined = await charge({ billingKeyId: payappKey.id }, refusing.key);
    expect(declined.payment).toMatchObject({ state: 'FAILED', provider: 'PAYAPP' });
    expect(declined.userErrors).toEqual([{ code: 'PROVIDER_REJECTED', field: null, providerCode: null, message: '카드 승인 거절 (한도초과)' }]);

    const noAuth = await register({ provider: 'WELCOME', authenticate: false, card: { number: '9490191234560002', expiryMonth: '12', expiryYear: '31' } }, refusing.key);
    expect(noAuth.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED', providerCode: 'C051' })]);

    // A phone key Welcome does not know, charged on a day the key's terms allow: Welcome's own refusal.
    const { year, monthIndex, day } = yearMonthOf(kstDateOf(app.sandbox.clock.now()));
    const unknownKey = await gql(RECORD_PHONE, { provider: 'WELCOME', billingKey: 'BKNOSUCHKEY', issuedOn: dayInMonth(year, monthIndex - 1, day), amount: 5500, buyer: { name: 'Lee' } }, refusing.key);
    const phone = await charge({ billingKeyId: unknownKey.data!.recordPhoneBillingKey.billingKey.id, amount: 5500 }, refusing.key);
    expect(phone.payment).toMatchObject({ state: 'FAILED' });
    expect(phone.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED', providerCode: 'W101' })]);

    // PayApp no longer knows the key (the seller was set up again there): deleted here, with PayApp's refusal.
    await fetch(`${app.sandbox.payapp.url}/_sandbox/payapp/sellers`, { method: 'POST', body: JSON.stringify(refusing.payApp) });
    const deleted = await remove(payappKey.id, refusing.key);
    expect(deleted.billingKey).toMatchObject({ state: 'DELETED' });
    expect(deleted.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_REJECTED', providerCode: '70020', message: expect.stringContaining('PAYAPP may still hold it') })]);
  });

  describe('Welcome phone billing keys', () => {
    let phoneKey: Key;

    it('records a key Welcome issued on its own pages, with its amount and issue date', async () => {
      const issued = (await (await fetch(`${app.sandbox.welcome.url}/_sandbox/welcome/phone-billing-keys`, { method: 'POST', body: JSON.stringify({ mid: seller.welcome.mid, price: 5500 }) })).json()) as { billkey: string; issuedAt: string };
      const issuedOn = kstDateOf(new Date(issued.issuedAt));
      const recorded = await gql(RECORD_PHONE, { provider: 'WELCOME', billingKey: issued.billkey, issuedOn, amount: 5500, buyer: { name: 'Lee', phone: '01098765432' } });
      expect(recorded.data!.recordPhoneBillingKey).toEqual({
        billingKey: expect.objectContaining({ provider: 'WELCOME', method: 'PHONE', state: 'ACTIVE', maskedCardNumber: null, fixedAmount: 5500, issuedOn }),
        userErrors: [],
      });
      phoneKey = recorded.data!.recordPhoneBillingKey.billingKey;

      const tomorrow = kstDateOf(new Date(Date.parse(issued.issuedAt) + 2 * 86_400_000));
      const future = await gql(RECORD_PHONE, { provider: 'WELCOME', billingKey: issued.billkey, issuedOn: tomorrow, amount: 5500, buyer: { name: 'Lee' } });
      expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'issuedOn']] });
      const payapp = await gql(RECORD_PHONE, { provider: 'PAYAPP', billingKey: 'x', issuedOn, amount: 5500, buyer: { name: 'Lee' } });
      expect(payapp.data!.recordPhoneBillingKey.userErrors).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_BY_PROVIDER' })]);
    });

    it('refuses, before any call, another amount and a day outside ±5 days of the monthly date; charges the amount in the window (/billing/hppbillpay)', async () => {
      const calls = app.sandbox.welcome.providerCalls();
      const sameMonth = await charge({ billingKeyId: phoneKey.id, amount: 5500 });
      expect(sameMonth).toEqual({ payment: null, userErrors: [expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'billingKeyId'], message: expect.stringContaining('within 5 days') })] });
      app.sandbox.clock.advance(31 * 86_400_000);
      const otherAmount = await charge({ billingKeyId: phoneKey.id, amount: 6000 });
      expect(otherAmount.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: ['input', 'amount'] })]);
      const installments = await gql(CHARGE, { billingKeyId: phoneKey.id, goodName: 'Plan', amount: 5500, installmentMonths: 0 });
      expect(installments.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'installmentMonths']] });
      expect(app.sandbox.welcome.providerCalls()).toBe(calls);

      const { payment, userErrors } = await charge({ billingKeyId: phoneKey.id, amount: 5500 });
      expect(userErrors).toEqual([]);
      expect(payment).toMatchObject({ state: 'PAID', method: 'BILLING', amount: 5500, card: null });
      expect(app.logs.lines.filter((l) => l.includes('"msg":"provider request"') && l.includes('/billing/hppbillpay') && l.includes(`"oid":"${payment!.id}"`))).toHaveLength(1);
      expect(app.sandbox.welcome.providerCalls()).toBe(calls + 1);
    });

    it('deletes a phone key here only: Welcome has no delete for phone keys, and nothing else charges it', async () => {
      const calls = app.sandbox.welcome.providerCalls();
      expect(await remove(phoneKey.id)).toMatchObject({ billingKey: { state: 'DELETED' }, userErrors: [] });
      expect(app.sandbox.welcome.providerCalls()).toBe(calls);
    });
  });

  it('keeps card data and the providers\' keys out of the database, the logs, every response and every event', async () => {
    const box = new SecretBox(app.services.config.encryptionKey!);
    const sealed: { secret: string }[] = await app.db.query('SELECT provider_key_secret AS secret FROM billing_keys');
    const providerKeys = sealed.map((row) => box.open<string>(row.secret));
    expect(providerKeys.length).toBeGreaterThan(8);
    const secrets = [CARD.number, '9490191234560003', '4518771234567890', CARD.birthDateOrBusinessNumber, ...providerKeys];
    const tables: { t: string }[] = await app.db.query('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()');
    const dump = JSON.stringify(await Promise.all(tables.map(({ t }) => app.db.query(`SELECT * FROM \`${t}\``))));
    const where = { database: dump, logs: app.logs.text, responses: JSON.stringify(responses), events: JSON.stringify(events) };
    for (const secret of secrets) for (const [place, text] of Object.entries(where)) expect([place, text.includes(secret)]).toEqual([place, false]);
    expect(app.logs.text).not.toMatch(/"passwd":"(?!\[redacted\])/);
  });
});
