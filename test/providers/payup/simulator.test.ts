import { formatKstTimestamp } from '../../../src/providers/kst';
import { keyInSignature } from '../../../src/providers/payup/signature';
import { PayupSimulator, createPayupSimulator } from '../../../src/sandbox/payup/simulator';
import { Harness, TEST_START, startHarness } from '../harness';

const MERCHANT = { merchantId: 'tester', apiCertKey: '25bcd7a82f5b4058818462cc7715964c' };
const TIMESTAMP = formatKstTimestamp(TEST_START);

/** The manual's request example (§2.1), signed for the sandbox clock. */
function exampleKeyIn(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = {
    orderNumber: 'TEST_00001',
    cardNo: '9490191412341234',
    expireMonth: '05',
    expireYear: '29',
    amount: '1004',
    quota: '0',
    birthday: '890302',
    cardPw: '00',
    itemName: 'TEST 상품',
    userName: '최용수',
    mobileNumber: '01031889881',
    userEmail: 'test@payup.co.kr',
    timestamp: TIMESTAMP,
    ...overrides,
  };
  body.signature ??= keyInSignature({ ...MERCHANT, orderNumber: String(body.orderNumber), amount: String(body.amount), timestamp: TIMESTAMP });
  return body;
}

/** What the client cannot send: requests that break the protocol. */
describe('Payup simulator protocol checks', () => {
  let h: Harness<PayupSimulator>;
  beforeAll(async () => {
    h = await startHarness('PAYUP', createPayupSimulator);
    await h.control('/_sandbox/payup/merchants', MERCHANT);
  });
  afterAll(() => h.close());

  async function post(path: string, body: string, contentType = 'application/json; charset=utf-8') {
    const res = await fetch(`${h.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, body: (await res.json()) as Record<string, string> };
  }
  const keyin2 = (body: unknown) => post('/v2/api/payment/tester/keyin2', JSON.stringify(body));

  it("approves the manual's example request, answering every documented field", async () => {
    const reply = await keyin2(exampleKeyIn());
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      responseCode: '0000',
      responseMsg: '성공',
      transactionId: expect.stringMatching(/^20240105093000ST\d{4}$/),
      authDateTime: '20240105093000',
      authNumber: expect.stringMatching(/^\d{8}$/),
      orderNumber: 'TEST_00001',
      amount: '1004',
      cardName: 'BC카드',
      kakaoResultCode: '',
      noinf: 'N',
    });
  });

  it.each([
    ['a missing required field', { cardPw: undefined }, '6001', 'cardPw은 필수입니다.'],
    ['a value that is not a string', { amount: 1004 }, '6002', 'amount이 잘못되었습니다.'],
    ['a quota over 24', { quota: '25' }, '6002', 'quota이 잘못되었습니다.'],
    ['a malformed expiry month', { expireMonth: '5' }, '6002', 'expireMonth이 잘못되었습니다.'],
    ['tax parts that do not add up', { taxFlag: 'Y', taxAmount: '1000', freeAmount: '0' }, '6002', 'taxAmount이 잘못되었습니다.'],
    ['a malformed timestamp', { timestamp: '2024-01-05 09:30:00' }, '6002', 'timestamp이 잘못되었습니다.'],
    ['an amount changed after signing', { amount: '1', signature: exampleKeyIn().signature }, '2001', '전문 검증에러!(관리자에게 문의 부탁드립니다.)'],
  ])('refuses %s', async (_case, overrides, code, message) => {
    expect((await keyin2(exampleKeyIn(overrides))).body).toEqual({ responseCode: code, responseMsg: message });
  });

  it('refuses a body that is not JSON with 6003', async () => {
    expect((await post('/v2/api/payment/tester/keyin2', 'orderNumber=1', 'application/x-www-form-urlencoded')).body).toEqual({
      responseCode: '6003',
      responseMsg: '파라미터를 확인해주세요.',
    });
  });

  it('refuses a cancel whose merchantId differs from the path with 6002', async () => {
    const reply = await post('/v2/api/payment/tester/cancel2', JSON.stringify({ merchantId: 'someone', transactionId: 'T1', signature: 'x' }));
    expect(reply.body).toEqual({ responseCode: '6002', responseMsg: 'merchantId이 잘못되었습니다.' });
  });

  it('answers 404 for paths and methods the API does not have', async () => {
    expect((await fetch(`${h.url}/v2/api/payment/tester/keyin2`)).status).toBe(404);
    expect((await post('/v2/api/payment/tester/refund', '{}')).status).toBe(404);
  });

  it('validates control calls', async () => {
    expect(await h.control('/_sandbox/payup/merchants', { merchantId: 'x' })).toEqual({ status: 400, body: { error: 'merchantId and apiCertKey are required' } });
    expect(await h.get('/_sandbox/payup/transactions/NONE')).toEqual({ status: 404, body: { error: 'no transaction NONE' } });
  });
});
