import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { request } from 'undici';
import { createLogger } from '../../../src/logger';
import { ProviderHttp } from '../../../src/providers/http';
import { PAYAPP_SENSITIVE_FIELDS } from '../../../src/providers/payapp/adapter';
import { PayAppClient } from '../../../src/providers/payapp/client';
import { encodeFields, parseReply } from '../../../src/providers/payapp/wire';
import { closedPortUrl } from '../harness';
import { PayAppHarness, SELLER, okValue, startPayApp } from './support';

const payRequest = { goodName: '착한상품', price: 1000, recvPhone: '01012345678' };

/** A server that answers every POST with HTTP 200 and `body`. */
async function withFixedAnswer<T>(body: string, run: (client: PayAppClient) => Promise<T>): Promise<T> {
  const server = createServer((_, res) => res.end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const http = new ProviderHttp({ provider: 'PAYAPP', timeoutMs: 2000, logger: createLogger('silent'), sensitiveFields: PAYAPP_SENSITIVE_FIELDS });
  try {
    return await run(new PayAppClient({ http, apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/oapi/apiLoad.html` }));
  } finally {
    await http.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('PayApp transport outcomes', () => {
  let payapp: PayAppHarness;

  afterEach(async () => {
    await payapp.close();
  });

  it('answers unknown on HTTP 500 (the request was sent), and the next call goes through', async () => {
    payapp = await startPayApp();
    await payapp.arm('http500');
    expect(await payapp.client.payRequest(payapp.seller, payRequest)).toEqual({ kind: 'unknown', message: 'PAYAPP answered HTTP 500; the outcome is unknown' });
    expect(okValue(await payapp.client.payRequest(payapp.seller, payRequest)).providerPaymentId).toMatch(/^\d+$/);
  });

  it('answers unknown when PayApp hangs past the time limit', async () => {
    payapp = await startPayApp({ timeoutMs: 300 });
    const { billingKey } = okValue(
      await payapp.client.billRegist(payapp.seller, {
        card: { number: '4111222233334444', expiryMonth: '07', expiryYear: '31', birthDateOrBusinessNumber: '900101', passwordFirstTwo: '12' },
        buyerPhone: '01012345678',
        buyerName: '홍길동',
      }),
    );
    await payapp.arm('hang');
    const started = Date.now();
    const result = await payapp.client.billPay(payapp.seller, { billingKey, goodName: 'A', price: 1000, recvPhone: '01012345678' });
    expect(result).toEqual({ kind: 'unknown', message: 'PAYAPP did not answer within 300 ms; the outcome is unknown' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('answers unavailable when nothing listens: nothing was sent', async () => {
    payapp = await startPayApp();
    const client = new PayAppClient({ http: payapp.http, apiUrl: `${await closedPortUrl()}/oapi/apiLoad.html` });
    const result = await client.payRequest(SELLER, payRequest);
    expect(result).toEqual({ kind: 'unavailable', message: 'PAYAPP could not be reached (ECONNREFUSED); nothing was sent' });
  });
});

describe('PayApp answers the client cannot use', () => {
  it('reads an HTTP 200 without state as unknown: the request was sent', async () => {
    const result = await withFixedAnswer('<html>maintenance</html>', (client) => client.payRequest(SELLER, payRequest));
    expect(result).toEqual({ kind: 'unknown', message: 'PayApp answered payrequest with HTTP 200 and no state; the outcome is unknown' });
  });

  it('reads a success without its mul_no as unknown: PayApp acted', async () => {
    const result = await withFixedAnswer('state=1&errorMessage=', (client) =>
      client.billPay(SELLER, { billingKey: 'k', goodName: 'A', price: 1000, recvPhone: '01012345678' }),
    );
    expect(result).toEqual({ kind: 'unknown', message: 'PayApp accepted billPay but its answer has no mul_no' });
  });

  it('reads state=0 without a message as a refusal naming the command', async () => {
    const result = await withFixedAnswer('state=0', (client) => client.billDelete(SELLER, { billingKey: 'k' }));
    expect(result).toEqual({ kind: 'refused', providerCode: '', message: 'PayApp refused billDelete', errorCode: 'PROVIDER_REJECTED' });
  });
});

describe('the simulator’s own protocol checks', () => {
  let payapp: PayAppHarness;

  beforeEach(async () => {
    payapp = await startPayApp();
  });

  afterEach(async () => {
    await payapp.close();
  });

  async function raw(fields: Record<string, string>) {
    const res = await request(payapp.apiUrl, {
      method: 'POST',
      body: encodeFields(fields),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    return parseReply(await res.body.text());
  }

  it('refuses an unknown cmd (70040)', async () => {
    expect(await raw({ cmd: 'payRequest', userid: SELLER.userId })).toMatchObject({ ok: false, errno: '70040', errorMessage: 'cmd값이 정확하지 않습니다.' });
  });

  it('refuses a missing required field (70020) after checking credentials (70010)', async () => {
    expect(await raw({ cmd: 'payrequest', userid: SELLER.userId, goodname: 'A', price: '1000' })).toMatchObject({
      ok: false,
      errno: '70020',
      errorMessage: '필수 파라메터가 없습니다. (recvphone)',
    });
    expect(await raw({ cmd: 'paycancel', userid: SELLER.userId })).toMatchObject({ ok: false, errno: '70010' });
  });

  it('trims values and keeps only the digits of numeric fields, as PayApp does', async () => {
    const reply = await raw({ cmd: 'payrequest', userid: ` ${SELLER.userId} `, goodname: '  상품  ', price: '-1,000원', recvphone: '010-1234-5678' });
    expect(reply).toMatchObject({ ok: true });
    const payment = payapp.simulator.payment(reply?.fields.mul_no ?? '');
    expect(payment).toMatchObject({ goodName: '상품', price: 1000 });
  });

  it('refuses a URI in goodname (70020) even when the client is bypassed', async () => {
    expect(await raw({ cmd: 'payrequest', userid: SELLER.userId, goodname: 'www.evil.kr', price: '1000', recvphone: '01012345678' })).toMatchObject({
      ok: false,
      errno: '70020',
      errorMessage: 'goodname 항목에는 URI 주소가 포함될 수 없습니다.',
    });
  });

  it('answers 404 for other paths and 400 for bad control input', async () => {
    const other = await request(`${payapp.url}/oapi/other.html`, { method: 'POST' });
    expect(other.statusCode).toBe(404);
    await other.body.dump();
    expect(await payapp.control('/_sandbox/payapp/pay?method=card', {})).toEqual({ status: 400, body: { error: 'mul_no is required' } });
    expect(await payapp.control('/_sandbox/payapp/pay?mul_no=1&method=bitcoin', {})).toMatchObject({ status: 400 });
    expect(await payapp.control('/_sandbox/payapp/deposit?mul_no=424242', {})).toEqual({ status: 404, body: { error: 'no PayApp payment 424242' } });
    expect(await payapp.control('/_sandbox/payapp/sellers', { userId: 'x' })).toEqual({ status: 400, body: { error: 'linkKey (a string) is required' } });
  });
});
