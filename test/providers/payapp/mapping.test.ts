import { CashReceiptPurpose, Currency, CycleUnit, PaymentMethod, PaymentState, TaxType, UserErrorCode } from '../../../src/domain/enums';
import {
  CASH_RECEIPT_TR_CODES,
  CORP_TAX_TYPES,
  CURRENCY_CODES,
  OPEN_PAY_TYPES,
  REBILL_CYCLE_TYPES,
  SELLER_TYPES,
  USER_TYPES,
  currencyOf,
  cycleUnitOf,
  errorCodeOf,
  isListedErrno,
  paymentMethodOf,
  paymentStateOf,
} from '../../../src/providers/payapp/mapping';

describe('PayApp pay_state → PaymentState', () => {
  it.each([
    [1, PaymentState.REQUESTED],
    [4, PaymentState.PAID],
    [8, PaymentState.REQUEST_CANCELLED],
    [16, PaymentState.REQUEST_CANCELLED],
    [32, PaymentState.REQUEST_CANCELLED],
    [9, PaymentState.APPROVAL_CANCELLED],
    [64, PaymentState.APPROVAL_CANCELLED],
    [10, PaymentState.WAITING_FOR_DEPOSIT],
    [70, PaymentState.PARTIALLY_CANCELLED],
    [71, PaymentState.PARTIALLY_CANCELLED],
    [99, PaymentState.FAILED],
  ])('pay_state %i is %s', (payState, state) => {
    expect(paymentStateOf(payState)).toBe(state);
  });

  it.each([0, 2, 5, 11, 72, 100, 255])('an unknown pay_state %i is pending (undefined), never success or failure', (payState) => {
    expect(paymentStateOf(payState)).toBeUndefined();
  });

  it('does not read inherited object keys as states', () => {
    expect(paymentStateOf(Number('constructor'))).toBeUndefined();
  });
});

describe('PayApp pay_type → PaymentMethod', () => {
  it.each([
    [1, PaymentMethod.CARD],
    [2, PaymentMethod.PHONE],
    [3, PaymentMethod.OVERSEAS_CARD],
    [4, PaymentMethod.IN_PERSON],
    [6, PaymentMethod.BANK_TRANSFER],
    [7, PaymentMethod.VIRTUAL_ACCOUNT],
    [9, PaymentMethod.GIFT_CERTIFICATE],
    [15, PaymentMethod.KAKAOPAY],
    [16, PaymentMethod.NAVERPAY],
    [17, PaymentMethod.BILLING],
    [21, PaymentMethod.SMILEPAY],
    [23, PaymentMethod.APPLEPAY],
  ])('pay_type %i is %s', (payType, method) => {
    expect(paymentMethodOf(payType)).toBe(method);
  });

  it.each([0, 5, 8, 22, 24, 35])('pay_type %i is unknown', (payType) => {
    expect(paymentMethodOf(payType)).toBeUndefined();
  });
});

describe('PaymentMethod → openpaytype', () => {
  it.each([
    [PaymentMethod.CARD, 'card'],
    [PaymentMethod.PHONE, 'phone'],
    [PaymentMethod.KAKAOPAY, 'kakaopay'],
    [PaymentMethod.NAVERPAY, 'naverpay'],
    [PaymentMethod.SMILEPAY, 'smilepay'],
    [PaymentMethod.BANK_TRANSFER, 'rbank'],
    [PaymentMethod.VIRTUAL_ACCOUNT, 'vbank'],
    [PaymentMethod.APPLEPAY, 'applepay'],
    [PaymentMethod.PAYCO, 'payco'],
    [PaymentMethod.WECHATPAY, 'wechat'],
  ])('%s is offered as %s', (method, code) => {
    expect(OPEN_PAY_TYPES[method]).toBe(code);
  });

  it.each([PaymentMethod.OVERSEAS_CARD, PaymentMethod.IN_PERSON, PaymentMethod.GIFT_CERTIFICATE, PaymentMethod.BILLING])('%s cannot be offered', (method) => {
    expect(OPEN_PAY_TYPES[method]).toBeUndefined();
  });
});

describe('PayApp errno → UserErrorCode', () => {
  it.each([
    ['70001', UserErrorCode.PROVIDER_NOT_CONFIGURED],
    ['70010', UserErrorCode.PROVIDER_NOT_CONFIGURED],
    ['70020', UserErrorCode.PROVIDER_REJECTED],
    ['70040', UserErrorCode.PROVIDER_REJECTED],
    ['70060', UserErrorCode.PROVIDER_NOT_CONFIGURED],
    ['70080', UserErrorCode.PROVIDER_REJECTED],
    ['80010', UserErrorCode.INVALID_STATE],
    ['80020', UserErrorCode.INVALID_STATE],
    ['80030', UserErrorCode.AMOUNT_EXCEEDS_REMAINING],
  ])('errno %s is %s and listed', (errno, code) => {
    expect(errorCodeOf(errno)).toBe(code);
    expect(isListedErrno(errno)).toBe(true);
  });

  it.each([undefined, '', '00000', '99999', 'toString'])('errno %p is PROVIDER_REJECTED and not listed', (errno) => {
    expect(errorCodeOf(errno)).toBe(UserErrorCode.PROVIDER_REJECTED);
    expect(isListedErrno(errno)).toBe(false);
  });
});

describe('PayApp vocabularies', () => {
  it.each([
    [CycleUnit.MONTH, 'Month'],
    [CycleUnit.WEEK, 'Week'],
    [CycleUnit.DAY, 'Day'],
  ])('CycleUnit %s ↔ rebillCycleType %s', (unit, type) => {
    expect(REBILL_CYCLE_TYPES[unit]).toBe(type);
    expect(cycleUnitOf(type)).toBe(unit);
  });

  it('knows no other rebillCycleType', () => {
    expect(cycleUnitOf('Year')).toBeUndefined();
    expect(cycleUnitOf('month')).toBeUndefined();
  });

  it.each([
    [Currency.KRW, 'krw'],
    [Currency.USD, 'usd'],
  ])('Currency %s ↔ %s', (currency, code) => {
    expect(CURRENCY_CODES[currency]).toBe(code);
    expect(currencyOf(code)).toBe(currency);
    expect(currencyOf(code.toUpperCase())).toBe(currency);
  });

  it('knows no other currency', () => {
    expect(currencyOf('jpy')).toBeUndefined();
  });

  it.each([
    [CashReceiptPurpose.INCOME_DEDUCTION, '0'],
    [CashReceiptPurpose.EXPENSE_PROOF, '1'],
  ])('cash receipt purpose %s is tr_code %s', (purpose, code) => {
    expect(CASH_RECEIPT_TR_CODES[purpose]).toBe(code);
  });

  it.each([
    [TaxType.TAXABLE, 'TG01'],
    [TaxType.TAX_FREE, 'TG02'],
  ])('tax type %s is corp_tax_type %s', (taxType, code) => {
    expect(CORP_TAX_TYPES[taxType]).toBe(code);
  });

  it('maps seller and user types to sellerRegist values', () => {
    expect(USER_TYPES).toEqual({ INDIVIDUAL: '1', BUSINESS: '2' });
    expect(SELLER_TYPES).toEqual({ SELLER: 'seller', RESELLER: 'reseller' });
  });
});
