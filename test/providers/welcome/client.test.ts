import { UserErrorCode } from '../../../src/domain/enums';
import { encryptCardField } from '../../../src/providers/welcome/encryption';
import { WelcomeClient, WelcomeCredentials, WelcomeInputError } from '../../../src/providers/welcome';
import { WelcomeSimulator, createWelcomeSimulator } from '../../../src/sandbox/welcome/simulator';
import { Harness, TEST_START, closedPortUrl, startHarness } from '../harness';

const CREDENTIALS: WelcomeCredentials = { mid: 'welcometst', mkey: 'mkey-0123456789' };
const CARD = { number: '9490191412341234', expiryMonth: '05', expiryYear: '2029', birthDateOrBusinessNumber: '890302', passwordFirstTwo: '12' };
const BUYER = { name: '홍길동', phone: '01012345678', email: 'buyer@example.com' };
const DAY_MS = 24 * 60 * 60 * 1000;

describe('WelcomeClient against the Welcome simulator', () => {
  let h: Harness<WelcomeSimulator>;
  let client: WelcomeClient;

  beforeAll(async () => {
    h = await startHarness('WELCOME', createWelcomeSimulator);
    client = new WelcomeClient({ http: h.http, baseUrl: h.url, now: () => h.ctx.clock.now() });
    expect(await h.control('/_sandbox/welcome/merchants', CREDENTIALS)).toEqual({ status: 201, body: { mid: 'welcometst' } });
  });
  afterAll(() => h.close());

  async function issueKey(number = CARD.number): Promise<string> {
    const result = await client.issueCardBillingKey(CREDENTIALS, { card: { ...CARD, number }, buyer: BUYER });
    if (result.kind !== 'ok') throw new Error(`issue failed: ${JSON.stringify(result)}`);
    return result.value.billingKey;
  }

  describe('issueCardBillingKey (/billing/billkey/card)', () => {
    it('issues a key and reports the card company, the kind and the KST issue time', async () => {
      const result = await client.issueCardBillingKey(CREDENTIALS, { card: CARD, buyer: BUYER, goodsName: '월 구독', note: '정기결제' });
      expect(result).toEqual({
        kind: 'ok',
        value: {
          billingKey: expect.stringMatching(/^BK[0-9A-F]{32}$/),
          cardCompanyCode: '11',
          cardKind: 'PERSONAL',
          providerTransactionId: expect.stringMatching(/^WPAYBILLwelcometst20240105093000\d{4}$/),
          issuedAt: TEST_START,
        },
      });
    });

    it('keeps only the masked card number in the simulator', async () => {
      const billingKey = await issueKey();
      const stored = await h.get(`/_sandbox/welcome/billing-keys/${billingKey}`);
      expect(stored.body).toMatchObject({ billkey: billingKey, mid: 'welcometst', method: 'CARD', maskedCardNumber: '949019******1234' });
      expect(JSON.stringify(stored.body)).not.toContain(CARD.number);
    });

    it('reports a card registered with a business number as corporate', async () => {
      const result = await client.issueCardBillingKey(CREDENTIALS, { card: { ...CARD, birthDateOrBusinessNumber: '1208147521' }, buyer: BUYER });
      expect(result.kind === 'ok' && result.value.cardKind).toBe('CORPORATE');
    });

    it('passes on a card company decline (test card ending in 0002)', async () => {
      expect(await client.issueCardBillingKey(CREDENTIALS, { card: { ...CARD, number: '9490191412340002' }, buyer: BUYER })).toEqual({
        kind: 'refused',
        providerCode: 'C051',
        message: '[카드사 거절] 한도초과',
        errorCode: UserErrorCode.PROVIDER_REJECTED,
      });
    });

    it('passes on an expired card', async () => {
      const result = await client.issueCardBillingKey(CREDENTIALS, { card: { ...CARD, expiryMonth: '12', expiryYear: '23' }, buyer: BUYER });
      expect(result).toMatchObject({ kind: 'refused', providerCode: 'C054' });
    });

    it('is refused with W002 when signed with the wrong mkey', async () => {
      const result = await client.issueCardBillingKey({ mid: CREDENTIALS.mid, mkey: 'wrong-mkey' }, { card: CARD, buyer: BUYER });
      expect(result).toEqual({ kind: 'refused', providerCode: 'W002', message: '검증값(signature)이 일치하지 않습니다.', errorCode: UserErrorCode.PROVIDER_REJECTED });
    });

    it('is refused with W001 for a mid Welcome does not know', async () => {
      const result = await client.issueCardBillingKey({ mid: 'nobody', mkey: 'x' }, { card: CARD, buyer: BUYER });
      expect(result).toMatchObject({ kind: 'refused', providerCode: 'W001', errorCode: UserErrorCode.PROVIDER_REJECTED });
    });

    it('is refused with W003 when the timestamp is not KST (a UTC clock reads 9 hours behind)', async () => {
      const utcMinded = new WelcomeClient({ http: h.http, baseUrl: h.url, now: () => new Date(h.ctx.clock.now().getTime() - 9 * 60 * 60 * 1000) });
      expect(await utcMinded.issueCardBillingKey(CREDENTIALS, { card: CARD, buyer: BUYER })).toMatchObject({ kind: 'refused', providerCode: 'W003' });
    });
  });

  describe('issueCardBillingKeyWithoutAuth (/noauth/billkey/card)', () => {
    it('issues a key from number and expiry alone; the kind is not reported', async () => {
      const result = await client.issueCardBillingKeyWithoutAuth(CREDENTIALS, { card: { number: '4111111111111111', expiryMonth: '7', expiryYear: '30' }, buyer: { name: '김철수' } });
      expect(result).toEqual({
        kind: 'ok',
        value: { billingKey: expect.stringMatching(/^BK[0-9A-F]{32}$/), cardCompanyCode: '14', cardKind: undefined, providerTransactionId: expect.any(String), issuedAt: TEST_START },
      });
    });
  });

  describe('chargeCardBillingKey (/billing/billpay)', () => {
    it('charges a key and reports tid, approval number, KST payment time and amount', async () => {
      const billingKey = await issueKey();
      const result = await client.chargeCardBillingKey(CREDENTIALS, {
        billingKey,
        orderId: 'ORDER-0001',
        amount: 9900,
        goodsName: '월 구독',
        buyer: BUYER,
        vatAmount: 900,
        installmentMonths: 3,
        interestFree: true,
      });
      expect(result).toEqual({
        kind: 'ok',
        value: { providerPaymentId: expect.stringMatching(/^WPAYBILLwelcometst20240105093000\d{4}$/), approvalNumber: expect.stringMatching(/^\d{8}$/), paidAt: TEST_START, amount: 9900 },
      });
      const tid = result.kind === 'ok' ? result.value.providerPaymentId : '';
      expect((await h.get(`/_sandbox/welcome/transactions/${tid}`)).body).toMatchObject({ kind: 'CARD_CHARGE', billkey: billingKey, oid: 'ORDER-0001', price: 9900 });
    });

    it('is refused with W104 when the VAT is over 10% of the amount', async () => {
      const billingKey = await issueKey();
      const result = await client.chargeCardBillingKey(CREDENTIALS, { billingKey, orderId: 'ORDER-0002', amount: 9900, buyer: BUYER, vatAmount: 1000 });
      expect(result).toMatchObject({ kind: 'refused', providerCode: 'W104' });
    });

    it('is refused with W101 for a key Welcome never issued', async () => {
      const result = await client.chargeCardBillingKey(CREDENTIALS, { billingKey: 'BK-UNKNOWN', orderId: 'ORDER-0003', amount: 1000, buyer: BUYER });
      expect(result).toEqual({ kind: 'refused', providerCode: 'W101', message: '존재하지 않거나 삭제된 빌키입니다.', errorCode: UserErrorCode.PROVIDER_REJECTED });
    });

    it('passes on the decline of a card whose charges fail (test card ending in 0003)', async () => {
      const billingKey = await issueKey('9490191412340003');
      const result = await client.chargeCardBillingKey(CREDENTIALS, { billingKey, orderId: 'ORDER-0004', amount: 1000, buyer: BUYER });
      expect(result).toMatchObject({ kind: 'refused', providerCode: 'C051' });
    });

    it('honours the decline fault once, then charges again', async () => {
      const billingKey = await issueKey();
      await h.arm('decline');
      const charge = () => client.chargeCardBillingKey(CREDENTIALS, { billingKey, orderId: 'ORDER-0005', amount: 1000, buyer: BUYER });
      expect(await charge()).toMatchObject({ kind: 'refused', providerCode: 'C051', errorCode: UserErrorCode.PROVIDER_REJECTED });
      expect(await charge()).toMatchObject({ kind: 'ok', value: { amount: 1000 } });
    });
  });

  describe('deleteBillingKey (/billing/billkey/delete)', () => {
    it('deletes a key; charging or deleting it afterwards is refused', async () => {
      const billingKey = await issueKey();
      expect(await client.deleteBillingKey(CREDENTIALS, { billingKey })).toEqual({ kind: 'ok', value: undefined });
      expect(await client.chargeCardBillingKey(CREDENTIALS, { billingKey, orderId: 'ORDER-0006', amount: 1000, buyer: BUYER })).toMatchObject({
        kind: 'refused',
        providerCode: 'W101',
      });
      expect(await client.deleteBillingKey(CREDENTIALS, { billingKey })).toMatchObject({ kind: 'refused', providerCode: 'W101' });
    });

    it("refuses to delete another merchant's key", async () => {
      const billingKey = await issueKey();
      await h.control('/_sandbox/welcome/merchants', { mid: 'othermid', mkey: 'other-mkey' });
      expect(await client.deleteBillingKey({ mid: 'othermid', mkey: 'other-mkey' }, { billingKey })).toMatchObject({ kind: 'refused', providerCode: 'W101' });
    });
  });

  describe('chargePhoneBillingKey (/billing/hppbillpay)', () => {
    // Each test moves the shared clock; phone keys are issued at the clock's current time.
    async function issuePhoneKey(price: number): Promise<string> {
      const issued = await h.control('/_sandbox/welcome/phone-billing-keys', { mid: CREDENTIALS.mid, price });
      expect(issued.status).toBe(201);
      return (issued.body as { billkey: string }).billkey;
    }
    const charge = (billingKey: string, amount: number) => client.chargePhoneBillingKey(CREDENTIALS, { billingKey, orderId: `PHONE-${amount}`, amount, buyer: BUYER });

    it('charges the issued amount a month later, without an approval number', async () => {
      const billingKey = await issuePhoneKey(5500);
      h.ctx.clock.advance(31 * DAY_MS + 2 * DAY_MS);
      const result = await charge(billingKey, 5500);
      expect(result).toEqual({
        kind: 'ok',
        value: { providerPaymentId: expect.stringMatching(/^WPAYBILLwelcometst\d{18}$/), approvalNumber: undefined, paidAt: h.ctx.clock.now(), amount: 5500 },
      });
    });

    it('is refused with W102 for another amount and W103 outside the ±5-day window', async () => {
      const billingKey = await issuePhoneKey(5500);
      h.ctx.clock.advance(31 * DAY_MS);
      expect(await charge(billingKey, 6000)).toMatchObject({ kind: 'refused', providerCode: 'W102' });
      h.ctx.clock.advance(12 * DAY_MS);
      expect(await charge(billingKey, 5500)).toMatchObject({ kind: 'refused', providerCode: 'W103' });
    });

    it('does not accept a card key as a phone key', async () => {
      const billingKey = await issueKey();
      expect(await charge(billingKey, 5500)).toMatchObject({ kind: 'refused', providerCode: 'W101' });
    });
  });

  describe('input rules, checked before sending', () => {
    it.each([
      ['card.number', { card: { ...CARD, number: '9490-1914-1234-1234' } }],
      ['card.expiryMonth', { card: { ...CARD, expiryMonth: '13' } }],
      ['card.expiryYear', { card: { ...CARD, expiryYear: '202' } }],
      ['card.birthDateOrBusinessNumber', { card: { ...CARD, birthDateOrBusinessNumber: '19890302' } }],
      ['card.passwordFirstTwo', { card: { ...CARD, passwordFirstTwo: undefined } }],
      ['buyer.name', { buyer: { name: '  ' } }],
    ])('rejects a bad %s', async (field, override) => {
      const attempt = client.issueCardBillingKey(CREDENTIALS, { card: CARD, buyer: BUYER, ...override });
      await expect(attempt).rejects.toThrow(WelcomeInputError);
      await expect(attempt).rejects.toMatchObject({ field });
    });

    it.each([
      ['amount', { amount: 0 }],
      ['amount', { amount: 10.5 }],
      ['vatAmount', { vatAmount: 20_000 }],
      ['installmentMonths', { installmentMonths: 1 }],
      ['orderId', { orderId: '' }],
    ])('rejects a charge with a bad %s', async (field, override) => {
      await expect(client.chargeCardBillingKey(CREDENTIALS, { billingKey: 'BK1', orderId: 'O-1', amount: 10_000, buyer: BUYER, ...override })).rejects.toMatchObject({ field });
    });

    it('never puts the value in the message', async () => {
      await expect(client.issueCardBillingKey(CREDENTIALS, { card: { ...CARD, number: '94901914123412345' }, buyer: BUYER })).rejects.toThrow('card.number: must be 14 to 16 digits');
    });
  });

  describe('transport outcomes', () => {
    it('is unknown when Welcome answers HTTP 500: the request was sent', async () => {
      await h.arm('http500');
      expect(await client.deleteBillingKey(CREDENTIALS, { billingKey: 'BK1' })).toEqual({ kind: 'unknown', message: 'WELCOME answered HTTP 500; the outcome is unknown' });
    });

    it('is unknown when Welcome does not answer in time', async () => {
      const impatient = new WelcomeClient({ http: h.httpWithTimeout(300), baseUrl: h.url, now: () => h.ctx.clock.now() });
      await h.arm('hang');
      expect(await impatient.chargeCardBillingKey(CREDENTIALS, { billingKey: 'BK1', orderId: 'O-1', amount: 1000, buyer: BUYER })).toEqual({
        kind: 'unknown',
        message: 'WELCOME did not answer within 300 ms; the outcome is unknown',
      });
    });

    it('is unavailable when nothing listens: nothing was sent', async () => {
      const nowhere = new WelcomeClient({ http: h.http, baseUrl: await closedPortUrl() });
      expect(await nowhere.deleteBillingKey(CREDENTIALS, { billingKey: 'BK1' })).toEqual({ kind: 'unavailable', message: 'WELCOME could not be reached (ECONNREFUSED); nothing was sent' });
    });
  });

  it('logs requests at debug level with card data and secrets redacted', async () => {
    await issueKey('5412345678901234');
    const log = h.log();
    expect(log).toContain('/billing/billkey/card');
    expect(log).toContain('"cardNumber":"[redacted]"');
    expect(log).toContain('"registNo":"[redacted]"');
    expect(log).toContain('"signature":"[redacted]"');
    for (const secret of ['5412345678901234', encryptCardField('5412345678901234', CREDENTIALS.mkey), CREDENTIALS.mkey, encryptCardField(CARD.passwordFirstTwo, CREDENTIALS.mkey)]) {
      expect(log).not.toContain(secret);
    }
  });
});
