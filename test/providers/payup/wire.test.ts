import { UserErrorCode } from '../../../src/domain/enums';
import { readPayupReply, toApproval, toCancellation } from '../../../src/providers/payup/wire';

const receivedAt = new Date('2024-01-05T00:31:00Z');

describe('readPayupReply', () => {
  it('is ok for responseCode 0000', () => {
    expect(readPayupReply({ status: 200, body: '{"responseCode":"0000","responseMsg":"성공","transactionId":"T1"}' })).toEqual({
      kind: 'ok',
      value: { responseCode: '0000', responseMsg: '성공', transactionId: 'T1' },
    });
  });

  it.each([
    [200, '{"responseCode":"1005","responseMsg":"취소 가능 상태가 아닙니다."}', { kind: 'refused', providerCode: '1005', message: '취소 가능 상태가 아닙니다.', errorCode: UserErrorCode.INVALID_STATE }],
    [200, '{"responseCode":"8051"}', { kind: 'refused', providerCode: '8051', message: '', errorCode: UserErrorCode.PROVIDER_REJECTED }],
    [400, '{"responseCode":"6003","responseMsg":"파라미터를 확인해주세요."}', { kind: 'refused', providerCode: '6003', message: '파라미터를 확인해주세요.', errorCode: UserErrorCode.PROVIDER_REJECTED }],
    [200, '{"responseCode":"1006","responseMsg":"취소 update 에러!"}', { kind: 'unknown', message: 'Payup answered 1006 (취소 update 에러!); the outcome is unknown' }],
    [415, 'Unsupported Media Type', { kind: 'refused', providerCode: 'HTTP_415', message: 'Payup rejected the request (HTTP 415)', errorCode: UserErrorCode.PROVIDER_REJECTED }],
    [200, 'not json', { kind: 'unknown', message: 'Payup answered HTTP 200 without a readable result; the outcome is unknown' }],
    [200, '{"responseCode":0}', { kind: 'unknown', message: 'Payup answered HTTP 200 without a readable result; the outcome is unknown' }],
  ])('HTTP %i %s', (status, body, expected) => {
    expect(readPayupReply({ status, body })).toEqual(expected);
  });
});

describe('Payup replies in domain terms', () => {
  it('reads the approval, authDateTime as KST', () => {
    const body = {
      responseCode: '0000',
      transactionId: '20240105093000ST0001',
      authDateTime: '20240105093000',
      authNumber: '00308225',
      amount: '12000',
      cardName: '신한카드',
      noinf: 'Y',
      taxAmount: '10000',
      vatAmount: '1000',
      freeAmount: '1000',
    };
    expect(toApproval(body, { amount: 12000, installmentMonths: 3 }, receivedAt)).toEqual({
      kind: 'ok',
      value: {
        providerPaymentId: '20240105093000ST0001',
        approvalNumber: '00308225',
        approvedAt: new Date('2024-01-05T00:30:00Z'),
        cardName: '신한카드',
        amount: 12000,
        installmentMonths: 3,
        interestFree: true,
        supplyAmount: 10000,
        vatAmount: 1000,
        taxFreeAmount: 1000,
      },
    });
  });

  it('makes an approval without a transactionId unknown: money may have moved', () => {
    expect(toApproval({ responseCode: '0000', amount: '1004' }, { amount: 1004, installmentMonths: 0 }, receivedAt)).toEqual({
      kind: 'unknown',
      message: 'Payup reported an approval without a transactionId',
    });
  });

  it('reads cancelDateTime as KST, or takes the time of receipt', () => {
    expect(toCancellation({ responseCode: '0000', cancelDateTime: '20180205152745' }, receivedAt)).toEqual({ kind: 'ok', value: { cancelledAt: new Date('2018-02-05T06:27:45Z') } });
    expect(toCancellation({ responseCode: '0000' }, receivedAt)).toEqual({ kind: 'ok', value: { cancelledAt: receivedAt } });
  });
});
