import { UserErrorCode } from '../../../src/domain/enums';
import { ApproveKeyInInput, PayupClient, PayupCredentials, PayupInputError } from '../../../src/providers/payup';
import { PayupSimulator, createPayupSimulator } from '../../../src/sandbox/payup/simulator';
import { Harness, TEST_START, closedPortUrl, startHarness } from '../harness';

const CREDENTIALS: PayupCredentials = { merchantId: 'tester', apiCertKey: '25bcd7a82f5b4058818462cc7715964c' };
const CARD = { number: '4111111111111111', expiryMonth: '05', expiryYear: '29', birthDateOrBusinessNumber: '890302', passwordFirstTwo: '00' };
const TRANSACTION_ID = /^20240105093000ST\d{4}$/;

let orderSequence = 0;
const keyIn = (overrides: Partial<ApproveKeyInInput> = {}): ApproveKeyInInput => ({
  orderNumber: `TEST_${String(++orderSequence).padStart(5, '0')}`,
  card: CARD,
  amount: 1004,
  itemName: 'TEST 상품',
  userName: '최용수',
  ...overrides,
});

describe('PayupClient against the Payup simulator', () => {
  let h: Harness<PayupSimulator>;
  let client: PayupClient;

  beforeAll(async () => {
    h = await startHarness('PAYUP', createPayupSimulator);
    client = new PayupClient({ http: h.http, baseUrl: h.url, now: () => h.ctx.clock.now() });
    expect(await h.control('/_sandbox/payup/merchants', CREDENTIALS)).toEqual({ status: 201, body: { merchantId: 'tester' } });
  });
  afterAll(() => h.close());

  async function approve(overrides: Partial<ApproveKeyInInput> = {}): Promise<string> {
    const result = await client.approveKeyIn(CREDENTIALS, keyIn(overrides));
    if (result.kind !== 'ok') throw new Error(`approval failed: ${JSON.stringify(result)}`);
    return result.value.providerPaymentId;
  }

  describe('approveKeyIn (keyin2)', () => {
    it('approves and reports transaction id, approval number, KST approval time and card name', async () => {
      expect(await client.approveKeyIn(CREDENTIALS, keyIn({ orderNumber: 'ZP2017090911' }))).toEqual({
        kind: 'ok',
        value: {
          providerPaymentId: expect.stringMatching(TRANSACTION_ID),
          approvalNumber: expect.stringMatching(/^\d{8}$/),
          approvedAt: TEST_START,
          cardName: '신한카드',
          amount: 1004,
          installmentMonths: 0,
          interestFree: false,
          supplyAmount: undefined,
          vatAmount: undefined,
          taxFreeAmount: undefined,
        },
      });
    });

    it('keeps only the masked card number in the simulator', async () => {
      const transactionId = await approve();
      const stored = await h.get(`/_sandbox/payup/transactions/${transactionId}`);
      expect(stored.body).toMatchObject({ transactionId, merchantId: 'tester', amount: 1004, maskedCardNumber: '411111******1111', cardName: '신한카드' });
      expect(JSON.stringify(stored.body)).not.toContain(CARD.number);
    });

    it('splits a compound-tax payment: the taxed part is sent with VAT and answered without it', async () => {
      const result = await client.approveKeyIn(CREDENTIALS, keyIn({ amount: 12_000, taxableAmount: 11_000 }));
      expect(result).toMatchObject({ kind: 'ok', value: { amount: 12_000, supplyAmount: 10_000, vatAmount: 1_000, taxFreeAmount: 1_000 } });
    });

    it('reports interest-free installments for a merchant that offers them', async () => {
      const generous: PayupCredentials = { merchantId: 'noinf', apiCertKey: 'noinf-key' };
      await h.control('/_sandbox/payup/merchants', { ...generous, interestFreeInstallments: true });
      const result = await client.approveKeyIn(generous, keyIn({ amount: 300_000, installmentMonths: 3 }));
      expect(result).toMatchObject({ kind: 'ok', value: { installmentMonths: 3, interestFree: true } });
    });

    it('sends the Kakao notice flag with the mobile number', async () => {
      const result = await client.approveKeyIn(CREDENTIALS, keyIn({ mobileNumber: '01031889881', sendKakaoNotice: true, email: 'test@payup.co.kr' }));
      expect(result.kind).toBe('ok');
      expect(h.log()).toContain('"kakaoSend":"Y"');
    });

    it.each([
      ['9490191412340002', '8051', '[카드사 거절] 한도초과'],
      ['9490191412341234', '8054', '[카드사 거절] 유효기간 오류'],
    ])('passes on the decline of card %s (%s)', async (number, code, message) => {
      const expiry = number.endsWith('0002') ? {} : { expiryMonth: '12', expiryYear: '23' };
      expect(await client.approveKeyIn(CREDENTIALS, keyIn({ card: { ...CARD, number, ...expiry } }))).toEqual({
        kind: 'refused',
        providerCode: code,
        message,
        errorCode: UserErrorCode.PROVIDER_REJECTED,
      });
    });

    it.each([
      [50, '5001'],
      [20_000_000, '5002'],
    ])('refuses %i won with %s', async (amount, code) => {
      expect(await client.approveKeyIn(CREDENTIALS, keyIn({ amount }))).toMatchObject({ kind: 'refused', providerCode: code, errorCode: UserErrorCode.PROVIDER_REJECTED });
    });

    it('is refused with 2001 when signed with the wrong apiCertKey', async () => {
      expect(await client.approveKeyIn({ ...CREDENTIALS, apiCertKey: 'wrong' }, keyIn())).toEqual({
        kind: 'refused',
        providerCode: '2001',
        message: '전문 검증에러!(관리자에게 문의 부탁드립니다.)',
        errorCode: UserErrorCode.PROVIDER_REJECTED,
      });
    });

    it('is refused with 1001, not configured, for a merchant Payup does not know', async () => {
      expect(await client.approveKeyIn({ merchantId: 'nobody', apiCertKey: 'x' }, keyIn())).toMatchObject({
        kind: 'refused',
        providerCode: '1001',
        errorCode: UserErrorCode.PROVIDER_NOT_CONFIGURED,
      });
    });

    it('is refused with 6002 when the timestamp is not KST (a UTC clock reads 9 hours behind)', async () => {
      const utcMinded = new PayupClient({ http: h.http, baseUrl: h.url, now: () => new Date(h.ctx.clock.now().getTime() - 9 * 60 * 60 * 1000) });
      expect(await utcMinded.approveKeyIn(CREDENTIALS, keyIn())).toEqual({
        kind: 'refused',
        providerCode: '6002',
        message: 'timestamp이 잘못되었습니다.',
        errorCode: UserErrorCode.PROVIDER_REJECTED,
      });
    });

    it('honours the decline fault once', async () => {
      await h.arm('decline');
      expect(await client.approveKeyIn(CREDENTIALS, keyIn())).toMatchObject({ kind: 'refused', providerCode: '8051' });
      expect(await client.approveKeyIn(CREDENTIALS, keyIn())).toMatchObject({ kind: 'ok' });
    });
  });

  describe('cancel (cancel2)', () => {
    it('cancels an approval and reports the KST cancel time', async () => {
      const transactionId = await approve();
      h.ctx.clock.advance(60_000);
      expect(await client.cancel(CREDENTIALS, { transactionId })).toEqual({ kind: 'ok', value: { cancelledAt: new Date(TEST_START.getTime() + 60_000) } });
      expect((await h.get(`/_sandbox/payup/transactions/${transactionId}`)).body).toMatchObject({ cancelledAt: '2024-01-05T00:31:00.000Z' });
    });

    it('refuses a second cancel with 1005, an invalid state', async () => {
      const transactionId = await approve();
      expect((await client.cancel(CREDENTIALS, { transactionId })).kind).toBe('ok');
      expect(await client.cancel(CREDENTIALS, { transactionId })).toEqual({
        kind: 'refused',
        providerCode: '1005',
        message: '취소 가능 상태가 아닙니다.',
        errorCode: UserErrorCode.INVALID_STATE,
      });
    });

    it('refuses to cancel an unknown transaction with 1004', async () => {
      expect(await client.cancel(CREDENTIALS, { transactionId: '20170912142746ST0020' })).toEqual({
        kind: 'refused',
        providerCode: '1004',
        message: '취소 대상건이 없습니다.',
        errorCode: UserErrorCode.INVALID_STATE,
      });
    });

    it("refuses to cancel another merchant's transaction with 1004", async () => {
      const transactionId = await approve();
      const other: PayupCredentials = { merchantId: 'other', apiCertKey: 'other-key' };
      await h.control('/_sandbox/payup/merchants', other);
      expect(await client.cancel(other, { transactionId })).toMatchObject({ kind: 'refused', providerCode: '1004' });
    });

    it('is refused with 2001 when signed with the wrong apiCertKey', async () => {
      const transactionId = await approve();
      expect(await client.cancel({ ...CREDENTIALS, apiCertKey: 'wrong' }, { transactionId })).toMatchObject({ kind: 'refused', providerCode: '2001' });
    });
  });

  describe('input rules, checked before sending', () => {
    it.each<[string, Partial<ApproveKeyInInput>]>([
      ['orderNumber', { orderNumber: 'ORDER 1' }],
      ['orderNumber', { orderNumber: 'O'.repeat(21) }],
      ['card.number', { card: { ...CARD, number: '4111 1111 1111 1111' } }],
      ['card.birthDateOrBusinessNumber', { card: { ...CARD, birthDateOrBusinessNumber: '1989-03-02' } }],
      ['card.passwordFirstTwo', { card: { ...CARD, passwordFirstTwo: '123' } }],
      ['card.expiryMonth', { card: { ...CARD, expiryMonth: '0' } }],
      ['amount', { amount: -1 }],
      ['amount', { amount: 1e13 }],
      ['installmentMonths', { installmentMonths: 25 }],
      ['itemName', { itemName: '' }],
      ['mobileNumber', { mobileNumber: '010-3188-9881' }],
      ['mobileNumber', { sendKakaoNotice: true }],
      ['taxableAmount', { taxableAmount: 2000 }],
      ['taxFreeAmount', { taxableAmount: 500, taxFreeAmount: 100 }],
    ])('rejects a bad %s', async (field, override) => {
      const attempt = client.approveKeyIn(CREDENTIALS, keyIn(override));
      await expect(attempt).rejects.toThrow(PayupInputError);
      await expect(attempt).rejects.toMatchObject({ field });
    });

    it('rejects an empty transaction id', async () => {
      await expect(client.cancel(CREDENTIALS, { transactionId: ' ' })).rejects.toMatchObject({ field: 'transactionId', message: 'transactionId: is required' });
    });
  });

  describe('transport outcomes', () => {
    it('is unknown when Payup answers HTTP 500: the request was sent', async () => {
      await h.arm('http500');
      expect(await client.approveKeyIn(CREDENTIALS, keyIn())).toEqual({ kind: 'unknown', message: 'PAYUP answered HTTP 500; the outcome is unknown' });
    });

    it('is unknown when Payup does not answer in time', async () => {
      const impatient = new PayupClient({ http: h.httpWithTimeout(300), baseUrl: h.url, now: () => h.ctx.clock.now() });
      await h.arm('hang');
      expect(await impatient.approveKeyIn(CREDENTIALS, keyIn())).toEqual({ kind: 'unknown', message: 'PAYUP did not answer within 300 ms; the outcome is unknown' });
    });

    it('is unavailable when nothing listens: nothing was sent', async () => {
      const nowhere = new PayupClient({ http: h.http, baseUrl: await closedPortUrl() });
      expect(await nowhere.cancel(CREDENTIALS, { transactionId: 'T1' })).toEqual({ kind: 'unavailable', message: 'PAYUP could not be reached (ECONNREFUSED); nothing was sent' });
    });
  });

  it('logs requests at debug level with card data and secrets redacted', async () => {
    await approve({ card: { ...CARD, number: '5412345678901234', birthDateOrBusinessNumber: '770101', passwordFirstTwo: '47' } });
    const log = h.log();
    expect(log).toContain('/v2/api/payment/tester/keyin2');
    for (const field of ['cardNo', 'expireMonth', 'expireYear', 'birthday', 'cardPw', 'signature']) expect(log).toContain(`"${field}":"[redacted]"`);
    for (const secret of ['5412345678901234', '770101', CREDENTIALS.apiCertKey]) expect(log).not.toContain(secret);
  });
});
