import { Currency, PaymentMethod, PaymentState } from '../../../src/domain/enums';
import { PayAppNotice, PayAppNoticeError, noticeAnswer, noticeMatchesSeller, parsePayAppNotice } from '../../../src/providers/payapp/notices';

const seller = { userId: 'payapptest', linkKey: 'lk-secret', linkValue: 'lv-secret' };

/** A card payment notice as PayApp posts it: every field, empty where it does not apply. */
function cardPaidForm(overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    userid: 'payapptest',
    linkkey: 'lk-secret',
    linkval: 'lv-secret',
    goodname: '착한상품',
    price: '12000',
    recvphone: '01012345678',
    memo: '',
    reqaddr: '0',
    reqdate: '2030-01-15 12:00:00',
    pay_memo: '',
    pay_addr: '',
    pay_date: '2030-01-15 12:03:30',
    pay_type: '1',
    pay_state: '4',
    var1: 'order-77',
    var2: '',
    mul_no: '10001',
    payurl: 'https://payapp.kr/abc',
    csturl: 'https://payapp.kr/CST/abc',
    currency: 'krw',
    vccode: '',
    feedbacktype: '0',
    orig_mul_no: '',
    orig_price: '',
    amount_taxable: '10909',
    amount_taxfree: '0',
    amount_vat: '1091',
    buyerid: 'buyer-9',
    canceldate: '',
    cancelmemo: '',
    rebill_no: '',
    card_name: '[신한]',
    payauthcode: '30012345',
    card_quota: '03',
    card_num: '4518********1111',
    vbank: '',
    vbankno: '',
    naverpoint: '',
    naverpay: '',
    smilepay_smilecash: '',
    smilepay_discountamt: '',
    ...overrides,
  });
}

function parsed(form: URLSearchParams): PayAppNotice {
  const result = parsePayAppNotice(form);
  if (!result.ok) throw result.error;
  return result.notice;
}

function parseError(form: URLSearchParams): PayAppNoticeError {
  const result = parsePayAppNotice(form);
  if (result.ok) throw new Error('expected the notice to be refused');
  return result.error;
}

describe('parsePayAppNotice', () => {
  it('reads a card payment into domain terms', () => {
    const notice = parsed(cardPaidForm());
    expect(notice).toMatchObject({
      userId: 'payapptest',
      linkKey: 'lk-secret',
      linkValue: 'lv-secret',
      providerPaymentId: '10001',
      payState: 4,
      state: PaymentState.PAID,
      payType: 1,
      method: PaymentMethod.CARD,
      price: 12000,
      goodName: '착한상품',
      recvPhone: '01012345678',
      var1: 'order-77',
      feedbackType: 0,
      amountTaxable: 10909,
      amountTaxFree: 0,
      amountVat: 1091,
      card: { cardName: '[신한]', approvalNumber: '30012345', installmentMonths: 3, maskedNumber: '4518********1111' },
      receiptUrl: 'https://payapp.kr/CST/abc',
      payUrl: 'https://payapp.kr/abc',
      currency: Currency.KRW,
      buyerId: 'buyer-9',
    });
    expect(notice.payDate?.toISOString()).toBe('2030-01-15T03:03:30.000Z');
    expect(notice.requestDate?.toISOString()).toBe('2030-01-15T03:00:00.000Z');
  });

  it('leaves empty fields out instead of reading them as values', () => {
    const notice = parsed(cardPaidForm());
    expect(notice.var2).toBeUndefined();
    expect(notice.memo).toBeUndefined();
    expect(notice.origProviderPaymentId).toBeUndefined();
    expect(notice.origPrice).toBeUndefined();
    expect(notice.cancelDate).toBeUndefined();
    expect(notice.virtualAccount).toBeUndefined();
    expect(notice.rebillNo).toBeUndefined();
    expect(notice.failureMessage).toBeUndefined();
  });

  it('keeps unknown fields in raw and drops the secrets from it', () => {
    const notice = parsed(cardPaidForm({ paymethod_group: '35', brand_new_field: 'x' }));
    expect(notice.raw.paymethod_group).toBe('35');
    expect(notice.raw.brand_new_field).toBe('x');
    expect(notice.raw.mul_no).toBe('10001');
    expect(notice.raw.card_num).toBe('4518********1111');
    expect(notice.raw).not.toHaveProperty('linkkey');
    expect(notice.raw).not.toHaveProperty('linkval');
    expect(JSON.stringify(notice.raw)).not.toContain('lk-secret');
    expect(JSON.stringify(notice.raw)).not.toContain('lv-secret');
  });

  it('masks a card number that arrives unmasked, in the card and in raw', () => {
    const notice = parsed(cardPaidForm({ card_num: '4518123412341111' }));
    expect(notice.card?.maskedNumber).toBe('4518********1111');
    expect(notice.raw.card_num).toBe('4518********1111');
  });

  it('reads the older manual’s cardname and keeps its DM score in raw', () => {
    const notice = parsed(cardPaidForm({ card_name: '', cardname: '[국민]', score: '12' }));
    expect(notice.card?.cardName).toBe('[국민]');
    expect(notice.raw.score).toBe('12');
  });

  it('reads a partial cancel with the original payment and amounts', () => {
    const notice = parsed(
      cardPaidForm({ mul_no: '10002', pay_state: '70', price: '3000', orig_mul_no: '10001', orig_price: '12000', canceldate: '2030-01-16 09:00:00', cancelmemo: '일부 반품' }),
    );
    expect(notice).toMatchObject({
      providerPaymentId: '10002',
      state: PaymentState.PARTIALLY_CANCELLED,
      price: 3000,
      origProviderPaymentId: '10001',
      origPrice: 12000,
      cancelMemo: '일부 반품',
    });
    expect(notice.cancelDate?.toISOString()).toBe('2030-01-16T00:00:00.000Z');
  });

  it('reads a virtual account waiting for its deposit', () => {
    const notice = parsed(cardPaidForm({ pay_type: '7', pay_state: '10', vbank: '기업은행', vbankno: '12345678901234', card_name: '', payauthcode: '', card_quota: '', card_num: '' }));
    expect(notice).toMatchObject({ state: PaymentState.WAITING_FOR_DEPOSIT, method: PaymentMethod.VIRTUAL_ACCOUNT, virtualAccount: { bank: '기업은행', accountNumber: '12345678901234' } });
    expect(notice.card).toBeUndefined();
  });

  it('reads a failed recurring charge with its message', () => {
    const notice = parsed(cardPaidForm({ pay_state: '99', rebill_no: '5', ResultMsg: '카드 승인 거절 (잔액부족)', pay_date: '' }));
    expect(notice).toMatchObject({ state: PaymentState.FAILED, rebillNo: '5', failureMessage: '카드 승인 거절 (잔액부족)' });
    expect(notice.payDate).toBeUndefined();
  });

  it('reads a common-feedback-URL notice in dollars', () => {
    const notice = parsed(cardPaidForm({ feedbacktype: '1', currency: 'usd', vccode: '1', pay_type: '3' }));
    expect(notice).toMatchObject({ feedbackType: 1, currency: Currency.USD, countryCallingCode: '1', method: PaymentMethod.OVERSEAS_CARD });
  });

  it('gives an unknown pay_state no state (pending) and an unknown pay_type no method', () => {
    const notice = parsed(cardPaidForm({ pay_state: '77', pay_type: '35' }));
    expect(notice.payState).toBe(77);
    expect(notice.state).toBeUndefined();
    expect(notice.payType).toBe(35);
    expect(notice.method).toBeUndefined();
  });

  it('is lenient about an unreadable date or instalment count', () => {
    const notice = parsed(cardPaidForm({ pay_date: 'yesterday', card_quota: '일시불' }));
    expect(notice.payDate).toBeUndefined();
    expect(notice.card?.installmentMonths).toBeUndefined();
    expect(notice.raw.pay_date).toBe('yesterday');
  });

  it.each([
    ['mul_no', { mul_no: '' }, 'mul_no: is missing'],
    ['mul_no', { mul_no: 'abc' }, 'mul_no: must be a number of at most 20 digits'],
    ['mul_no', { mul_no: '1'.repeat(21) }, 'mul_no: must be a number of at most 20 digits'],
    ['price', { price: '2147483648' }, 'price: is out of range (more than 2147483647)'],
    ['pay_state', { pay_state: '' }, 'pay_state: is missing'],
    ['pay_state', { pay_state: 'paid' }, 'pay_state: must be a whole number'],
    ['userid', { userid: '' }, 'userid: is missing'],
    ['linkval', { linkval: '' }, 'linkval: is missing'],
    ['price', { price: '1,000' }, 'price: must be a whole number'],
    ['orig_price', { orig_price: '-5' }, 'orig_price: must be a whole number'],
    ['amount_vat', { amount_vat: '91.5' }, 'amount_vat: must be a whole number'],
  ])('refuses a malformed %s', (field, overrides, message) => {
    const error = parseError(cardPaidForm(overrides));
    expect(error).toBeInstanceOf(PayAppNoticeError);
    expect(error.field).toBe(field);
    expect(error.message).toBe(message);
  });

  it('takes the first of repeated fields and trims values', () => {
    const form = cardPaidForm({ price: ' 12000 ' });
    form.append('price', '1');
    expect(parsed(form).price).toBe(12000);
  });

  it('answers SUCCESS', () => {
    expect(noticeAnswer).toBe('SUCCESS');
  });
});

describe('noticeMatchesSeller', () => {
  it('accepts the seller’s own userid, linkkey and linkval', () => {
    expect(noticeMatchesSeller(parsed(cardPaidForm()), seller)).toBe(true);
  });

  it.each([
    ['linkval', { linkval: 'lv-secreT' }],
    ['linkval of another length', { linkval: 'lv' }],
    ['linkkey', { linkkey: 'lk-other' }],
    ['userid', { userid: 'someone' }],
  ])('refuses a wrong %s', (_, overrides) => {
    expect(noticeMatchesSeller(parsed(cardPaidForm(overrides)), seller)).toBe(false);
  });
});
