import { APP_LINK_REQUEST_TYPES, buildPayAppAppLink } from '../../../src/providers/payapp/appLink';
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

  it.each([
    [{ requestType: 'REMOTE', phoneNumber: '01012345678', allPayTypes: true }, 'allPayTypes'],
    [{ requestType: 'REMOTE', phoneNumber: '01012345678', goodPrice: 60000, installmentMonths: 3 }, 'installmentMonths'],
    [{ requestType: 'QR', returnUri: 'not a uri' }, 'returnUri'],
  ])('refuses what the manual lists for face-to-face only, or a return URI without a scheme: %p (field %s)', (overrides, field) => {
    const input = { returnUri: 'app://r', goodPrice: 1000, goodName: 'A', ...overrides };
    expect(() => buildPayAppAppLink(BASE, input)).toThrow(expect.objectContaining({ field }));
  });

  it('percent-encodes every value: a space is %20, never a plus an iOS app would read literally', () => {
    const link = buildPayAppAppLink(BASE, { requestType: 'QR', returnUri: 'myshop://payapp/done?x=1&y=2', goodPrice: 1000, goodName: '착한 상품 & 1+1', var1: 'a=b' });
    const query = link.slice(BASE.length + 1);
    expect(query).toContain(`goodName=${encodeURIComponent('착한 상품 & 1+1')}`);
    expect(query).toContain('goodName=%EC%B0%A9%ED%95%9C%20%EC%83%81%ED%92%88%20%26%201%2B1');
    expect(query).toContain('returnUri=myshop%3A%2F%2Fpayapp%2Fdone%3Fx%3D1%26y%3D2');
    expect(query).toContain('var1=a%3Db');
    expect(query).not.toMatch(/\+/);
    expect(new URL(link).searchParams.get('goodName')).toBe('착한 상품 & 1+1');
  });
});

/**
 * The manual's parameter lists (PayApp APP 연동: 원격 결제 / 대면 결제), written out here as the
 * manual has them, so that the builder is checked against the manual rather than against itself.
 */
const MANUAL = {
  REMOTE: { all: ['reqType', 'returnUri', 'phoneNumber', 'goodPrice', 'goodName', 'hasTax', 'feedbackurl', 'checkretry', 'var1', 'var2'], required: ['reqType', 'returnUri', 'phoneNumber', 'goodPrice', 'goodName'] },
  FACE_TO_FACE: {
    all: ['reqType', 'returnUri', 'phoneNumber', 'goodPrice', 'goodName', 'cardinst', 'hasTax', 'isAllPayReqType', 'feedbackurl', 'checkretry', 'var1', 'var2'],
    required: ['reqType', 'returnUri', 'goodPrice', 'goodName'],
  },
  FACE_TO_FACE_TYPES: ['OCR', 'APPLE_PAY', 'NAVER_PAY', 'KAKAO_PAY', 'SMILE_PAY', 'WECHAT_PAY', 'PAYCO', 'QR', 'MANUAL', 'NFC', 'SAMSUNG'],
  INSTALMENT_TYPES: ['OCR', 'MANUAL', 'NFC', 'SAMSUNG'],
};

describe('app links against the manual, type by type', () => {
  it('knows exactly the manual\'s request types', () => {
    expect([...APP_LINK_REQUEST_TYPES].sort()).toEqual(['REMOTE', ...MANUAL.FACE_TO_FACE_TYPES].sort());
  });

  it.each(['REMOTE', ...MANUAL.FACE_TO_FACE_TYPES])('%s: with everything given, exactly the manual\'s parameters; with the least, its required ones', (requestType) => {
    const remote = requestType === 'REMOTE';
    const list = remote ? MANUAL.REMOTE : MANUAL.FACE_TO_FACE;
    const instalments = MANUAL.INSTALMENT_TYPES.includes(requestType);
    const everything = new URL(
      buildPayAppAppLink(BASE, {
        requestType,
        returnUri: 'myshop://payapp/done',
        phoneNumber: '010-2345-6789',
        goodPrice: 150000,
        goodName: '수업료',
        taxable: true,
        installmentMonths: instalments ? 3 : undefined,
        allPayTypes: remote ? undefined : true,
        feedbackUrl: 'https://api.example.com/webhooks/payapp',
        checkRetry: true,
        var1: 'v1',
        var2: 'v2',
      }),
    );
    const expected = list.all.filter((name) => name !== 'cardinst' || instalments);
    expect([...everything.searchParams.keys()].sort()).toEqual([...expected].sort());
    expect(everything.searchParams.get('reqType')).toBe(requestType);
    expect(everything.searchParams.get('phoneNumber')).toBe('01023456789');
    expect(everything.searchParams.get('goodPrice')).toBe('150000');
    if (instalments) expect(everything.searchParams.get('cardinst')).toBe('3');

    const least = new URL(buildPayAppAppLink(BASE, { requestType, returnUri: 'myshop://payapp/done', phoneNumber: remote ? '01023456789' : undefined, goodPrice: 1000, goodName: 'A' }));
    expect([...least.searchParams.keys()].sort()).toEqual([...list.required].sort());
  });

  it.each(MANUAL.FACE_TO_FACE_TYPES)('%s: a phone number from 100,000 won, not below', (requestType) => {
    const input = { requestType, returnUri: 'app://r', goodName: 'A' };
    expect(() => buildPayAppAppLink(BASE, { ...input, goodPrice: 100000 })).toThrow(expect.objectContaining({ field: 'phoneNumber' }));
    expect(new URL(buildPayAppAppLink(BASE, { ...input, goodPrice: 99999 })).searchParams.has('phoneNumber')).toBe(false);
  });

  it.each(MANUAL.INSTALMENT_TYPES)('%s: instalments from 50,000 won, not below', (requestType) => {
    const input = { requestType, returnUri: 'app://r', goodName: 'A', installmentMonths: 2 };
    expect(() => buildPayAppAppLink(BASE, { ...input, goodPrice: 49999 })).toThrow(expect.objectContaining({ field: 'installmentMonths' }));
    expect(new URL(buildPayAppAppLink(BASE, { ...input, goodPrice: 50000 })).searchParams.get('cardinst')).toBe('2');
  });
});
