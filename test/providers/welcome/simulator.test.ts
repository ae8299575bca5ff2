import { encryptCardField } from '../../../src/providers/welcome/encryption';
import { billingKeySignature } from '../../../src/providers/welcome/signature';
import { WelcomeSimulator, createWelcomeSimulator } from '../../../src/sandbox/welcome/simulator';
import { kstDateOf } from '../../../src/domain/calendar';
import { withinPhoneBillingWindow } from '../../../src/providers/welcome/phone-billing';
import { Harness, startHarness } from '../harness';

const MID = 'welcometst';
const MKEY = 'mkey-0123456789';
const TIMESTAMP = '20240105093000'; // the harness clock's start, in KST

/** What the client cannot send: requests that break the protocol. */
describe('Welcome simulator protocol checks', () => {
  let h: Harness<WelcomeSimulator>;
  beforeAll(async () => {
    h = await startHarness('WELCOME', createWelcomeSimulator);
    await h.control('/_sandbox/welcome/merchants', { mid: MID, mkey: MKEY });
  });
  afterAll(() => h.close());

  function noAuthForm(overrides: Record<string, string> = {}): Record<string, string> {
    const cardNumber = encryptCardField('9490191412341234', MKEY);
    return {
      mid: MID,
      buyerName: '홍길동',
      cardNumber,
      cardExpireYY: '29',
      cardExpireMM: '05',
      timestamp: TIMESTAMP,
      signature: billingKeySignature({ mid: MID, mkey: MKEY, cardNumber, timestamp: TIMESTAMP }),
      ...overrides,
    };
  }

  async function post(path: string, body: string, contentType = 'application/x-www-form-urlencoded; charset=utf-8') {
    const res = await fetch(`${h.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, contentType: res.headers.get('content-type'), body: (await res.json()) as unknown };
  }

  it('answers a well-formed request with JSON', async () => {
    const reply = await post('/noauth/billkey/card', new URLSearchParams(noAuthForm()).toString());
    expect(reply).toMatchObject({ status: 200, contentType: 'application/json; charset=utf-8', body: { ResultCode: '00', ResultMsg: '정상', Price: '0', PayDate: '20240105', PayTime: '093000' } });
  });

  it('answers HTTP 400 without a ResultCode for a missing required field', async () => {
    const { buyerName: _omitted, ...form } = noAuthForm();
    expect(await post('/noauth/billkey/card', new URLSearchParams(form).toString())).toMatchObject({ status: 400, body: { ResultMsg: 'buyerName is required' } });
  });

  it('answers HTTP 400 for a body that is not form-encoded', async () => {
    expect(await post('/noauth/billkey/card', JSON.stringify(noAuthForm()), 'application/json')).toMatchObject({
      status: 400,
      body: { ResultMsg: 'Content-Type must be application/x-www-form-urlencoded' },
    });
  });

  it('answers HTTP 400 for a malformed timestamp', async () => {
    expect(await post('/noauth/billkey/card', new URLSearchParams(noAuthForm({ timestamp: '2024-01-05' })).toString())).toMatchObject({ status: 400 });
  });

  it('refuses card data that was not encrypted with the mkey (W004)', async () => {
    const plain = noAuthForm({ cardNumber: '9490191412341234' });
    plain.signature = billingKeySignature({ mid: MID, mkey: MKEY, cardNumber: plain.cardNumber, timestamp: TIMESTAMP });
    expect(await post('/noauth/billkey/card', new URLSearchParams(plain).toString())).toMatchObject({ status: 200, body: { ResultCode: 'W004' } });
  });

  it('answers 404 for paths and methods PayAPI does not have', async () => {
    expect((await fetch(`${h.url}/billing/billpay`)).status).toBe(404);
    expect((await post('/billing/refund', 'mid=x')).status).toBe(404);
  });

  it('validates control calls', async () => {
    expect(await h.control('/_sandbox/welcome/merchants', { mid: 'x' })).toEqual({ status: 400, body: { error: 'mid and mkey are required' } });
    expect(await h.control('/_sandbox/welcome/phone-billing-keys', { mid: 'unregistered', price: 1000 })).toMatchObject({ status: 400 });
    expect(await h.control('/_sandbox/welcome/phone-billing-keys', { mid: MID, price: 10.5 })).toMatchObject({ status: 400 });
    expect(await h.get('/_sandbox/welcome/billing-keys/BK-NONE')).toEqual({ status: 404, body: { error: 'no billing-keys BK-NONE' } });
  });
});

describe('phone billing window (payapi03 §3.5: the monthly date ± 5 days)', () => {
  const at = (kst: string) => new Date(`${kst}+09:00`);
  it.each([
    ['2024-01-05T10:00', '2024-02-05T10:00', true],
    ['2024-01-05T10:00', '2024-01-31T23:00', true], // 5 days before 5 February
    ['2024-01-05T10:00', '2024-01-30T23:00', false],
    ['2024-01-05T10:00', '2024-02-10T23:59', true],
    ['2024-01-05T10:00', '2024-02-11T00:00', false],
    ['2024-01-05T10:00', '2024-01-08T10:00', false], // the month of issue itself does not count
    ['2024-01-31T10:00', '2024-02-29T10:00', true], // the 31st falls on February's last day
    ['2024-01-31T10:00', '2024-03-05T10:00', true], // 5 March is 5 days after 29 February
    ['2023-12-20T10:00', '2024-01-18T10:00', true], // across the year end
  ])('issued %s, charged %s: %p', (issued, charged, expected) => {
    expect(withinPhoneBillingWindow(kstDateOf(at(issued)), kstDateOf(at(charged)))).toBe(expected);
  });
});
