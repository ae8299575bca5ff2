import {
  PayAppForm,
  PayAppInputError,
  containsUri,
  decodeFields,
  encodeFields,
  formatPayAppDateTime,
  isAbsoluteHttpUrl,
  parseKstDate,
  parsePayAppDateTime,
  parseReply,
  payAppRules,
} from '../../../src/providers/payapp/wire';

describe('PayApp answers', () => {
  it('reads a success with its command fields', () => {
    const reply = parseReply('state=1&errorMessage=&mul_no=2000&payurl=http%3A%2F%2Fpayapp.kr%2F000000000000');
    expect(reply).toEqual({
      ok: true,
      errorMessage: '',
      errno: undefined,
      fields: { state: '1', errorMessage: '', mul_no: '2000', payurl: 'http://payapp.kr/000000000000' },
    });
  });

  it('reads a failure with errno and a Korean message, after leading blanks as in the manual', () => {
    const body = ` ${encodeFields({ state: '0', errorMessage: '취소금액을 확인하세요', errno: '80030' })}`;
    expect(parseReply(body)).toMatchObject({ ok: false, errorMessage: '취소금액을 확인하세요', errno: '80030' });
  });

  it('treats errno=00000 on a success as present but harmless', () => {
    expect(parseReply('state=1&errorMessage=&errno=00000&encBill=abc')).toMatchObject({ ok: true, errno: '00000', fields: { encBill: 'abc' } });
  });

  it.each(['', '<html><body>Bad Gateway</body></html>', 'errorMessage=oops', 'state=2&errorMessage=', 'state=&mul_no=1'])(
    '%p is no PayApp answer',
    (body) => {
      expect(parseReply(body)).toBeUndefined();
    },
  );

  it('round-trips forms with spaces, Korean and reserved characters', () => {
    const fields = { cmd: 'payrequest', goodname: '착한 상품 & 50% 할인 + 무료배송', memo: 'a=b&c' };
    expect(decodeFields(encodeFields(fields))).toEqual(fields);
  });
});

describe('PayAppForm', () => {
  it('leaves out undefined and empty values and keeps zero', () => {
    const form = new PayAppForm('billPay')
      .seller({ userId: ' seller ', linkKey: 'k', linkValue: 'never-sent' })
      .set('price', 1000)
      .set('amount_taxfree', 0)
      .set('memo', undefined)
      .set('var1', '');
    expect(form.toFields()).toEqual({ cmd: 'billPay', userid: 'seller', linkkey: 'k', price: '1000', amount_taxfree: '0' });
  });
});

describe('PayApp input rules', () => {
  it.each([
    ['http://evil.example/pay', true],
    ['상품 https://a.kr', true],
    ['visit www.shop', true],
    ['shop.com 특가', true],
    ['bit.ly/abc', true],
    ['naver.co.kr', true],
    ['Node.js 입문 강의', false],
    ['사과 3.5kg', false],
    ['v1.2 업데이트', false],
    ['착한상품', false],
  ])('containsUri(%p) is %p', (text, expected) => {
    expect(containsUri(text)).toBe(expected);
  });

  it.each([
    ['https://api.example.com/webhooks/payapp', true],
    ['http://127.0.0.1:4000/webhooks/payapp', true],
    ['/webhooks/payapp', false],
    ['ftp://example.com/x', false],
    ['javascript:alert(1)', false],
    ['example.com/webhook', false],
  ])('isAbsoluteHttpUrl(%p) is %p', (text, expected) => {
    expect(isAbsoluteHttpUrl(text)).toBe(expected);
  });

  it('keeps the digits of a phone number and trims text', () => {
    expect(payAppRules.phone('recvPhone', ' 010-1234-5678 ')).toBe('01012345678');
    expect(payAppRules.textWithoutUri('goodName', '  착한상품  ', 200)).toBe('착한상품');
    expect(payAppRules.optionalPhone('recvPhone', '   ')).toBeUndefined();
  });

  it('names the field and the rule, never the value', () => {
    let error: unknown;
    try {
      payAppRules.textWithoutUri('goodName', 'see http://x.kr', 200);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PayAppInputError);
    expect(error).toMatchObject({ name: 'PayAppInputError', field: 'goodName', message: 'goodName: may not contain a URI or web address' });
  });

  it.each([
    [0, 1000, 0],
    [3, 50000, 3],
  ])('allows %i instalment months at %i won', (months, price, expected) => {
    expect(payAppRules.installmentMonths('installmentMonths', months, price)).toBe(expected);
  });

  it.each([
    [3, 49999, 'installmentMonths: instalments need a price of at least 50000'],
    [37, 100000, 'installmentMonths: must be a whole number from 0 to 36'],
    [1.5, 100000, 'installmentMonths: must be a whole number from 0 to 36'],
  ])('refuses %p instalment months at %i won', (months, price, message) => {
    expect(() => payAppRules.installmentMonths('installmentMonths', months, price)).toThrow(message);
  });

  it('refuses a relative feedback URL', () => {
    expect(() => payAppRules.optionalHttpUrl('feedbackUrl', '/webhooks/payapp')).toThrow('feedbackUrl: must be an absolute http(s) URL');
  });
});

describe('PayApp dates (KST)', () => {
  it('formats and reads yyyy-mm-dd hh:mm:ss in Korea Standard Time', () => {
    const at = new Date('2030-01-31T15:30:05Z');
    expect(formatPayAppDateTime(at)).toBe('2030-02-01 00:30:05');
    expect(parsePayAppDateTime('2030-02-01 00:30:05')?.toISOString()).toBe('2030-01-31T15:30:05.000Z');
  });

  it.each(['2030-02-30 00:00:00', '2030-2-1 00:00:00', '20300201003005', ''])('does not read %p', (text) => {
    expect(parsePayAppDateTime(text)).toBeUndefined();
  });

  it('reads a calendar date as KST midnight', () => {
    expect(parseKstDate('2030-03-01')?.toISOString()).toBe('2030-02-28T15:00:00.000Z');
    expect(parseKstDate('2030-02-29')).toBeUndefined();
  });
});
