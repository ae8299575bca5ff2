import { CashReceiptPurpose, Currency, CycleUnit, PaymentMethod, PaymentState, TaxType, UserErrorCode } from '../../domain/enums';

/**
 * PayApp's codes and vocabularies against the domain's, as data. Each table has a table-driven
 * test (test/providers/payapp/mapping.test.ts); the manual is the authority for every entry.
 */

/** `pay_state` → PaymentState. 16 is the older manual's request-cancel code. */
export const PAY_STATES: Readonly<Record<number, PaymentState>> = {
  1: PaymentState.REQUESTED,
  4: PaymentState.PAID,
  8: PaymentState.REQUEST_CANCELLED,
  16: PaymentState.REQUEST_CANCELLED,
  32: PaymentState.REQUEST_CANCELLED,
  9: PaymentState.APPROVAL_CANCELLED,
  64: PaymentState.APPROVAL_CANCELLED,
  10: PaymentState.WAITING_FOR_DEPOSIT,
  70: PaymentState.PARTIALLY_CANCELLED,
  71: PaymentState.PARTIALLY_CANCELLED,
  99: PaymentState.FAILED,
};

/**
 * The state a `pay_state` means, or undefined for a code this table does not know: such a notice
 * leaves the payment where it is (pending), it is never read as success or failure.
 */
export function paymentStateOf(payState: number): PaymentState | undefined {
  return Object.hasOwn(PAY_STATES, payState) ? PAY_STATES[payState] : undefined;
}

/**
 * `pay_type` → PaymentMethod. 9 (gift certificate) is from the older manual. PAYCO is reported as
 * 1 (card) and WeChat Pay has no pay_type in the manual, so neither appears here.
 */
export const PAY_TYPES: Readonly<Record<number, PaymentMethod>> = {
  1: PaymentMethod.CARD,
  2: PaymentMethod.PHONE,
  3: PaymentMethod.OVERSEAS_CARD,
  4: PaymentMethod.IN_PERSON,
  6: PaymentMethod.BANK_TRANSFER,
  7: PaymentMethod.VIRTUAL_ACCOUNT,
  9: PaymentMethod.GIFT_CERTIFICATE,
  15: PaymentMethod.KAKAOPAY,
  16: PaymentMethod.NAVERPAY,
  17: PaymentMethod.BILLING,
  21: PaymentMethod.SMILEPAY,
  23: PaymentMethod.APPLEPAY,
};

export function paymentMethodOf(payType: number): PaymentMethod | undefined {
  return Object.hasOwn(PAY_TYPES, payType) ? PAY_TYPES[payType] : undefined;
}

/** PaymentMethod → `openpaytype` value of payrequest. Methods absent here cannot be offered. */
export const OPEN_PAY_TYPES: Readonly<Partial<Record<PaymentMethod, string>>> = {
  [PaymentMethod.CARD]: 'card',
  [PaymentMethod.PHONE]: 'phone',
  [PaymentMethod.KAKAOPAY]: 'kakaopay',
  [PaymentMethod.NAVERPAY]: 'naverpay',
  [PaymentMethod.SMILEPAY]: 'smilepay',
  [PaymentMethod.BANK_TRANSFER]: 'rbank',
  [PaymentMethod.VIRTUAL_ACCOUNT]: 'vbank',
  [PaymentMethod.APPLEPAY]: 'applepay',
  [PaymentMethod.PAYCO]: 'payco',
  [PaymentMethod.WECHATPAY]: 'wechat',
};

/** rebillRegist's `openpaytype` accepts only these two. */
export const REBILL_OPEN_PAY_TYPES: ReadonlySet<PaymentMethod> = new Set([PaymentMethod.CARD, PaymentMethod.PHONE]);

/**
 * `errno` → UserErrorCode. Credentials and permissions that PayApp refuses are the seller's
 * account set up wrong (PROVIDER_NOT_CONFIGURED); 80010/80020 are "not cancellable in this state";
 * 80030 is "check the cancel amount". Anything else, including no errno, is PROVIDER_REJECTED.
 */
export const ERRNO_ERROR_CODES: Readonly<Record<string, UserErrorCode>> = {
  '70001': UserErrorCode.PROVIDER_NOT_CONFIGURED, // not called over https: our endpoint setting
  '70010': UserErrorCode.PROVIDER_NOT_CONFIGURED, // userid / linkkey wrong
  '70020': UserErrorCode.PROVIDER_REJECTED, // a parameter PayApp found wrong
  '70040': UserErrorCode.PROVIDER_REJECTED, // unknown cmd
  '70060': UserErrorCode.PROVIDER_NOT_CONFIGURED, // the userid lacks the permission
  '70080': UserErrorCode.PROVIDER_REJECTED, // the merchant's feedbackurl did not answer SUCCESS
  '80010': UserErrorCode.INVALID_STATE,
  '80020': UserErrorCode.INVALID_STATE,
  '80030': UserErrorCode.AMOUNT_EXCEEDS_REMAINING,
};

/**
 * errnos after which a stored card can never be charged again, so that recurring charges stop
 * instead of retrying. The manual's table has none: it gives no codes for card declines (a lost
 * card and an insufficient balance both answer state=0 without a listed errno), and 70020 means
 * any bad parameter. So nothing here stops by code; a key deleted through this API stops without
 * a call, and a refusal that PROVIDER_NOT_CONFIGURED stands for (70010, 70060) stops too.
 */
export const PAYAPP_FINAL_CHARGE_REFUSALS: ReadonlySet<string> = new Set();

export function errorCodeOf(errno: string | undefined): UserErrorCode {
  return errno !== undefined && Object.hasOwn(ERRNO_ERROR_CODES, errno) ? ERRNO_ERROR_CODES[errno] : UserErrorCode.PROVIDER_REJECTED;
}

/** CycleUnit ↔ `rebillCycleType`. */
export const REBILL_CYCLE_TYPES: Readonly<Record<CycleUnit, string>> = {
  [CycleUnit.MONTH]: 'Month',
  [CycleUnit.WEEK]: 'Week',
  [CycleUnit.DAY]: 'Day',
};

export function cycleUnitOf(rebillCycleType: string): CycleUnit | undefined {
  return (Object.keys(REBILL_CYCLE_TYPES) as CycleUnit[]).find((unit) => REBILL_CYCLE_TYPES[unit] === rebillCycleType);
}

/** `rebillCycleMonth` 90 means the last day of the month, as does the domain's dayOfMonth 90. */
export const REBILL_LAST_DAY_OF_MONTH = 90;

/** Currency ↔ payrequest `reqmode` and the notice's `currency`. */
export const CURRENCY_CODES: Readonly<Record<Currency, string>> = {
  [Currency.KRW]: 'krw',
  [Currency.USD]: 'usd',
};

export function currencyOf(code: string): Currency | undefined {
  return (Object.keys(CURRENCY_CODES) as Currency[]).find((currency) => CURRENCY_CODES[currency] === code.toLowerCase());
}

/** CashReceiptPurpose → cashStRegist `tr_code`. */
export const CASH_RECEIPT_TR_CODES: Readonly<Record<CashReceiptPurpose, string>> = {
  [CashReceiptPurpose.INCOME_DEDUCTION]: '0',
  [CashReceiptPurpose.EXPENSE_PROOF]: '1',
};

/** TaxType → cashStRegist `corp_tax_type`. */
export const CORP_TAX_TYPES: Readonly<Record<TaxType, string>> = {
  [TaxType.TAXABLE]: 'TG01',
  [TaxType.TAX_FREE]: 'TG02',
};

/** An errno from the manual's table: a state=0 with one of these is a failure, not a plain "no". */
export function isListedErrno(errno: string | undefined): boolean {
  return errno !== undefined && Object.hasOwn(ERRNO_ERROR_CODES, errno);
}

/** sellerRegist vocabularies, named as the GraphQL contract names them. */
export type PayAppUserType = 'INDIVIDUAL' | 'BUSINESS';
export type PayAppSellerType = 'SELLER' | 'RESELLER';

export const USER_TYPES: Readonly<Record<PayAppUserType, string>> = { INDIVIDUAL: '1', BUSINESS: '2' };
export const SELLER_TYPES: Readonly<Record<PayAppSellerType, string>> = { SELLER: 'seller', RESELLER: 'reseller' };
/** join_type: 0 paid, 4 discounted; a reseller signs up paid ("리셀러 회원가입은 유료형"). */
export const PAID_JOIN_TYPE = 0;
export const JOIN_TYPES: readonly number[] = [PAID_JOIN_TYPE, 4];
/** bizkind, the manual's list of service kinds. */
export const BUSINESS_KINDS: readonly string[] = [
  'Blog사업자', '쇼핑몰사업자', '방문판매', '음식점(배달)', 'A/S긴급출동', '운수업', '컨텐츠',
  '도소매', '유통', '서비스', '숙박업', '임대업', '농수산업', '기타',
];
