import { buildPayAppAppLink } from '../../../src/providers/payapp/appLink';
import { PayAppInputError } from '../../../src/providers/payapp/wire';

const BASE = 'https://payapp.kr/sdk-app';

describe('buildPayAppAppLink', () => {
  it('builds a remote (SMS) request link with the manual’s parameter names', () => {
    const link = new URL(
      buildPayAppAppLink(BASE, {
        requestType: 'REMOTE',
        returnUri: 'myshop://payapp/return',
        phoneNumber: '010-1234-5678',
        goodPrice: 15000,
        goodName: '착한 상품',
        taxable: true,
        feedbackUrl: 'https://api.example.com/webhooks/payapp',
        checkRetry: true,
        var1: 'order-1',
        var2: 'x&y',
      }),
    );
    expect(`${link.origin}${link.pathname}`).toBe(BASE);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      reqType: 'REMOTE',
      returnUri: 'myshop://payapp/return',
      phoneNumber: '01012345678',
      goodPrice: '15000',
      goodName: '착한 상품',
      hasTax: '1',
      feedbackurl: 'https://api.example.com/webhooks/payapp',
      checkretry: 'y',
      var1: 'order-1',
      var2: 'x&y',
    });
  });

  it('carries no credentials', () => {
    const link = buildPayAppAppLink(BASE, { requestType: 'QR', returnUri: 'app://r', goodPrice: 1000, goodName: 'A' });
    expect(link).not.toMatch(/userid|linkkey|linkval/);
  });

  it('builds a face-to-face card link with instalments and tax-free', () => {
    const link = new URL(
      buildPayAppAppLink(BASE, { requestType: 'OCR', returnUri: 'app://r', goodPrice: 60000, goodName: 'B', taxable: false, installmentMonths: 3, allPayTypes: true }),
    );
    expect(link.searchParams.get('reqType')).toBe('OCR');
    expect(link.searchParams.get('cardinst')).toBe('3');
    expect(link.searchParams.get('hasTax')).toBe('0');
    expect(link.searchParams.get('isAllPayReqType')).toBe('1');
    expect(link.searchParams.has('phoneNumber')).toBe(false);
  });

  it.each([
    [{ requestType: 'BITCOIN' }, 'requestType'],
    [{ requestType: 'REMOTE', phoneNumber: undefined }, 'phoneNumber'],
    [{ requestType: 'NFC', goodPrice: 100000, phoneNumber: undefined }, 'phoneNumber'],
    [{ requestType: 'KAKAO_PAY', goodPrice: 60000, installmentMonths: 2 }, 'installmentMonths'],
    [{ requestType: 'MANUAL', goodPrice: 49000, installmentMonths: 2 }, 'installmentMonths'],
    [{ requestType: 'OCR', goodPrice: 0 }, 'goodPrice'],
    [{ requestType: 'OCR', feedbackUrl: 'webhooks/payapp' }, 'feedbackUrl'],
    [{ requestType: 'OCR', returnUri: ' ' }, 'returnUri'],
  ])('refuses %p (field %s)', (overrides, field) => {
    const input = { returnUri: 'app://r', goodPrice: 1000, goodName: 'A', ...overrides };
    expect(() => buildPayAppAppLink(BASE, input)).toThrow(PayAppInputError);
    expect(() => buildPayAppAppLink(BASE, input)).toThrow(expect.objectContaining({ field }));
  });
});
