import { timingSafeEqual } from 'node:crypto';
import type { Currency, PaymentMethod, PaymentState } from '../../domain/enums';
import { currencyOf, paymentMethodOf, paymentStateOf } from './mapping';
import { PayAppCredentials, parsePayAppDateTime } from './wire';

/**
 * PayApp's feedback notices (feedbackurl, the common feedback URL, failurl): form fields POSTed
 * to us, answered with HTTP 200 and `SUCCESS` once recorded. Parsing is lenient about fields it
 * does not know (PayApp adds fields over time; they are kept in `raw`) and about informational
 * ones (an unreadable date is left out), strict about the fields that identify the payment, say
 * what happened and how much: those, malformed, make the notice refused so that PayApp retries.
 */
export const noticeAnswer = 'SUCCESS';

export interface PayAppNoticeCard {
  cardName?: string;
  approvalNumber?: string;
  installmentMonths?: number;
  /** As PayApp sends it, masked; masked here too should a full number ever arrive. */
  maskedNumber?: string;
}

export interface PayAppNotice {
  /** For the core to authenticate the notice (see noticeMatchesSeller); never to be stored. */
  userId: string;
  linkKey: string;
  linkValue: string;
  /** mul_no; for a partial cancel, the cancel's own number (origProviderPaymentId is the payment's). */
  providerPaymentId: string;
  payState: number;
  /** undefined for a pay_state the mapping does not know: leave the payment where it is. */
  state: PaymentState | undefined;
  payType?: number;
  method: PaymentMethod | undefined;
  price?: number;
  goodName?: string;
  recvPhone?: string;
  memo?: string;
  var1?: string;
  var2?: string;
  /** 0: the request's feedbackurl; 1: the seller's common feedback URL (may report payments we never requested). */
  feedbackType?: number;
  origProviderPaymentId?: string;
  origPrice?: number;
  amountTaxable?: number;
  amountTaxFree?: number;
  amountVat?: number;
  requestDate?: Date;
  payDate?: Date;
  cancelDate?: Date;
  cancelMemo?: string;
  card?: PayAppNoticeCard;
  virtualAccount?: { bank?: string; accountNumber?: string };
  rebillNo?: string;
  payUrl?: string;
  receiptUrl?: string;
  currency?: Currency;
  countryCallingCode?: string;
  buyerId?: string;
  /** ResultMsg of a failed recurring charge (pay_state 99). */
  failureMessage?: string;
  /** Every field received, unknown ones included, except the secrets linkkey and linkval. */
  raw: Record<string, string>;
}

export class PayAppNoticeError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'PayAppNoticeError';
  }
}

export type PayAppNoticeParse = { ok: true; notice: PayAppNotice } | { ok: false; error: PayAppNoticeError };

const SECRET_FIELDS = new Set(['linkkey', 'linkval']);
/** Amounts and codes are stored as 32-bit integers; a larger one cannot be a genuine PayApp value. */
const MAX_NOTICE_INT = 2_147_483_647;
const MAX_ID_DIGITS = 20;

export function parsePayAppNotice(form: URLSearchParams): PayAppNoticeParse {
  const fields: Record<string, string> = {};
  for (const [name, value] of form) if (!Object.hasOwn(fields, name)) fields[name] = value.trim();
  try {
    return { ok: true, notice: readNotice(fields) };
  } catch (err) {
    if (err instanceof PayAppNoticeError) return { ok: false, error: err };
    throw err;
  }
}

function readNotice(fields: Record<string, string>): PayAppNotice {
  const text = (name: string): string | undefined => fields[name] || undefined;
  const required = (name: string): string => text(name) ?? fail(name, 'is missing');
  const int = (name: string): number | undefined => {
    const value = text(name);
    if (value !== undefined && !/^\d+$/.test(value)) fail(name, 'must be a whole number');
    if (value !== undefined && Number(value) > MAX_NOTICE_INT) fail(name, `is out of range (more than ${MAX_NOTICE_INT})`);
    return value === undefined ? undefined : Number(value);
  };
  const date = (name: string): Date | undefined => {
    const value = text(name);
    return value === undefined ? undefined : parsePayAppDateTime(value);
  };

  // Provider numbers: digit strings, kept as text (they may outgrow 32 bits), at most MAX_ID_DIGITS.
  const number = (name: string): string | undefined => {
    const value = text(name);
    if (value !== undefined && !new RegExp(`^\\d{1,${MAX_ID_DIGITS}}$`).test(value)) fail(name, `must be a number of at most ${MAX_ID_DIGITS} digits`);
    return value;
  };
  const providerPaymentId = number('mul_no') ?? fail('mul_no', 'is missing');
  const payState = int('pay_state') ?? fail('pay_state', 'is missing');
  const payType = int('pay_type');
  const currency = text('currency');
  const quota = text('card_quota');
  const cardNumber = text('card_num');
  const card: PayAppNoticeCard = {
    // The older manual spells it cardname.
    cardName: text('card_name') ?? text('cardname'),
    approvalNumber: text('payauthcode'),
    installmentMonths: quota !== undefined && /^\d+$/.test(quota) ? Number(quota) : undefined,
    maskedNumber: cardNumber && masked(cardNumber),
  };
  const virtualAccount = { bank: text('vbank'), accountNumber: text('vbankno') };

  return {
    userId: required('userid'),
    linkKey: required('linkkey'),
    linkValue: required('linkval'),
    providerPaymentId,
    payState,
    state: paymentStateOf(payState),
    payType,
    method: payType === undefined ? undefined : paymentMethodOf(payType),
    price: int('price'),
    goodName: text('goodname'),
    recvPhone: text('recvphone'),
    memo: text('memo'),
    var1: text('var1'),
    var2: text('var2'),
    feedbackType: int('feedbacktype'),
    origProviderPaymentId: number('orig_mul_no'),
    origPrice: int('orig_price'),
    amountTaxable: int('amount_taxable'),
    amountTaxFree: int('amount_taxfree'),
    amountVat: int('amount_vat'),
    requestDate: date('reqdate'),
    payDate: date('pay_date'),
    cancelDate: date('canceldate'),
    cancelMemo: text('cancelmemo'),
    card: Object.values(card).some((v) => v !== undefined) ? card : undefined,
    virtualAccount: virtualAccount.bank || virtualAccount.accountNumber ? virtualAccount : undefined,
    rebillNo: text('rebill_no'),
    payUrl: text('payurl'),
    receiptUrl: text('csturl'),
    currency: currency === undefined ? undefined : currencyOf(currency),
    countryCallingCode: text('vccode'),
    buyerId: text('buyerid'),
    failureMessage: text('ResultMsg'),
    raw: Object.fromEntries(
      Object.entries(fields)
        .filter(([name]) => !SECRET_FIELDS.has(name))
        .map(([name, value]) => [name, name === 'card_num' ? masked(value) : value]),
    ),
  };
}

function fail(field: string, message: string): never {
  throw new PayAppNoticeError(field, message);
}

/** PayApp masks card_num; should a bare card number ever come, only its ends are kept. */
function masked(cardNumber: string): string {
  return /^\d{13,19}$/.test(cardNumber) ? `${cardNumber.slice(0, 4)}${'*'.repeat(cardNumber.length - 8)}${cardNumber.slice(-4)}` : cardNumber;
}

/**
 * A notice is genuine only when its userid, linkkey and linkval are the seller's (the manual names
 * linkval; linkkey is checked too). Constant-time, as these are secrets.
 */
export function noticeMatchesSeller(notice: PayAppNotice, seller: PayAppCredentials): boolean {
  return notice.userId === seller.userId && sameSecret(notice.linkKey, seller.linkKey) && sameSecret(notice.linkValue, seller.linkValue);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
