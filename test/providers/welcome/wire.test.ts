import { UserErrorCode } from '../../../src/domain/enums';
import { readWelcomeReply, toBillingKey, toCharge } from '../../../src/providers/welcome/wire';

const receivedAt = new Date('2024-01-05T00:31:00Z');

describe('readWelcomeReply', () => {
  it('is ok for HTTP 200 with ResultCode 00', () => {
    expect(readWelcomeReply({ status: 200, body: '{"ResultCode":"00","ResultMsg":"정상","tid":"T1"}' })).toEqual({
      kind: 'ok',
      value: { ResultCode: '00', ResultMsg: '정상', tid: 'T1' },
    });
  });

  it.each([
    [200, '{"ResultCode":"C051","ResultMsg":"한도초과"}', { kind: 'refused', providerCode: 'C051', message: '한도초과', errorCode: UserErrorCode.PROVIDER_REJECTED }],
    [200, '{"ResultCode":"01"}', { kind: 'refused', providerCode: '01', message: '', errorCode: UserErrorCode.PROVIDER_REJECTED }],
    [400, '{"ResultMsg":"cardNumber is required"}', { kind: 'refused', providerCode: 'HTTP_400', message: 'cardNumber is required', errorCode: UserErrorCode.PROVIDER_REJECTED }],
    [404, 'Not Found', { kind: 'refused', providerCode: 'HTTP_404', message: 'Welcome rejected the request as malformed (HTTP 404)', errorCode: UserErrorCode.PROVIDER_REJECTED }],
    [200, '<html>oops</html>', { kind: 'unknown', message: 'Welcome answered HTTP 200 without a readable result; the outcome is unknown' }],
    [200, '{"resultCode":"00"}', { kind: 'unknown', message: 'Welcome answered HTTP 200 without a readable result; the outcome is unknown' }],
    [302, '{"ResultCode":"00"}', { kind: 'unknown', message: 'Welcome answered HTTP 302 without a readable result; the outcome is unknown' }],
  ])('HTTP %i %s', (status, body, expected) => {
    expect(readWelcomeReply({ status, body })).toEqual(expected);
  });
});

describe('Welcome replies in domain terms', () => {
  it('reads PayDate + PayTime as KST', () => {
    const result = toCharge({ ResultCode: '00', PayDate: '20240105', PayTime: '093015', Price: '9900', tid: 'T1', ApplNum: '12345678' }, 9900, receivedAt);
    expect(result).toEqual({
      kind: 'ok',
      value: { providerPaymentId: 'T1', approvalNumber: '12345678', paidAt: new Date('2024-01-05T00:30:15Z'), amount: 9900 },
    });
  });

  it('falls back to the time of receipt and the requested amount when Welcome omits them', () => {
    expect(toCharge({ ResultCode: '00', tid: 'T2' }, 5500, receivedAt)).toEqual({
      kind: 'ok',
      value: { providerPaymentId: 'T2', approvalNumber: undefined, paidAt: receivedAt, amount: 5500 },
    });
  });

  it('makes a success without a tid unknown: money may have moved', () => {
    expect(toCharge({ ResultCode: '00', Price: '9900' }, 9900, receivedAt)).toEqual({ kind: 'unknown', message: 'Welcome reported a charge without a tid' });
  });

  it('maps a billing key reply', () => {
    expect(toBillingKey({ ResultCode: '00', Billkey: 'BK1', CardResultCode: '11', CardKind: '1', PayDate: '20240105', PayTime: '093000', tid: 'T3' }, receivedAt)).toEqual({
      kind: 'ok',
      value: { billingKey: 'BK1', cardCompanyCode: '11', cardKind: 'CORPORATE', providerTransactionId: 'T3', issuedAt: new Date('2024-01-05T00:30:00Z') },
    });
  });

  it('makes a billing key success without a Billkey unknown', () => {
    expect(toBillingKey({ ResultCode: '00', tid: 'T4' }, receivedAt)).toEqual({ kind: 'unknown', message: 'Welcome reported success without a Billkey' });
  });
});
