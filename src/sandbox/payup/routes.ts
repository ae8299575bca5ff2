import { randomInt } from 'node:crypto';
import { formatKstTimestamp } from '../../providers/kst';
import { cancelSignature, keyInSignature } from '../../providers/payup/signature';
import { timestampProblem } from '../request-checks';
import { cardVerdict, issuerOf, maskCardNumber } from '../test-cards';
import { PAYUP_SANDBOX_CODES as CODES, PAYUP_SANDBOX_LIMITS as LIMITS, PayupSandboxFailure, invalidParameter, missingParameter } from './codes';
import { PayupLedger, PayupSandboxMerchant } from './ledger';

export type PayupReply = Record<string, string>;

export interface RouteContext {
  merchantId: string;
  merchant: PayupSandboxMerchant;
  /** The request body, every value already checked to be a string. */
  body: Record<string, string>;
  now: Date;
  ledger: PayupLedger;
  /** Takes an armed `decline` fault, if any. */
  declineArmed: () => boolean;
}

export const failure = ({ code, message }: PayupSandboxFailure): PayupReply => ({ responseCode: code, responseMsg: message });
const success = (fields: Record<string, string>): PayupReply => ({ responseCode: '0000', responseMsg: '성공', ...fields });

/** Format rules of the key-in request table (§2.1), by field. */
const KEY_IN_FORMATS: Readonly<Record<string, RegExp>> = {
  orderNumber: /^\S{1,20}$/,
  cardNo: /^\d{11,20}$/,
  expireMonth: /^(0[1-9]|1[0-2])$/,
  expireYear: /^\d{2}$/,
  birthday: /^(\d{6}|\d{10})$/,
  cardPw: /^\d{2}$/,
  amount: /^\d{1,12}$/,
  quota: /^(\d|1\d|2[0-4])$/,
  mobileNumber: /^\d{0,11}$/,
  kakaoSend: /^[YN]?$/,
  taxFlag: /^Y?$/,
  taxAmount: /^\d{0,12}$/,
  freeAmount: /^\d{0,12}$/,
};
const KEY_IN_REQUIRED = ['orderNumber', 'cardNo', 'expireMonth', 'expireYear', 'birthday', 'cardPw', 'amount', 'quota', 'itemName', 'userName', 'signature', 'timestamp'];

/** The first parameter problem of a request, checked the way §3.1's 6001/6002 describe. */
function parameterProblem(body: Record<string, string>, required: string[], formats: Readonly<Record<string, RegExp>>): PayupSandboxFailure | undefined {
  const missing = required.find((name) => !body[name]);
  if (missing) return missingParameter(missing);
  const malformed = Object.keys(formats).find((name) => body[name] !== undefined && !formats[name].test(body[name]));
  return malformed ? invalidParameter(malformed) : undefined;
}

/** The compound-tax split of the reply: the taxed part is sent with its VAT, and answered without it. */
function taxSplit(body: Record<string, string>, amount: number): Record<string, string> | 'bad' | undefined {
  if (body.taxFlag !== 'Y') return undefined;
  const taxed = Number(body.taxAmount ?? 0);
  const free = Number(body.freeAmount ?? 0);
  if (taxed + free !== amount) return 'bad';
  const supply = Math.round((taxed * 10) / 11);
  return { taxAmount: String(supply), vatAmount: String(taxed - supply), freeAmount: String(free) };
}

export function keyIn(ctx: RouteContext): PayupReply {
  const { body, merchantId, merchant, now } = ctx;
  const problem = parameterProblem(body, KEY_IN_REQUIRED, KEY_IN_FORMATS);
  if (problem) return failure(problem);
  if (timestampProblem(body.timestamp, now)) return failure(invalidParameter('timestamp'));
  const expected = keyInSignature({ merchantId, orderNumber: body.orderNumber, amount: body.amount, apiCertKey: merchant.apiCertKey, timestamp: body.timestamp });
  if (body.signature !== expected) return failure(CODES.BAD_SIGNATURE);
  if (ctx.declineArmed()) return failure(CODES.CARD_DECLINED);
  const amount = Number(body.amount);
  if (amount < LIMITS.minAmount) return failure(CODES.BELOW_MINIMUM);
  if (amount > LIMITS.maxAmount) return failure(CODES.ABOVE_MAXIMUM);
  const tax = taxSplit(body, amount);
  if (tax === 'bad') return failure(invalidParameter('taxAmount'));
  const verdict = cardVerdict(body.cardNo, { month: body.expireMonth, year: body.expireYear }, now);
  if (verdict === 'DECLINED') return failure(CODES.CARD_DECLINED);
  if (verdict === 'EXPIRED') return failure(CODES.CARD_EXPIRED);

  const quota = Number(body.quota);
  const approval = ctx.ledger.approve({
    merchantId,
    orderNumber: body.orderNumber,
    amount,
    quota,
    maskedCardNumber: maskCardNumber(body.cardNo),
    cardName: issuerOf(body.cardNo).name,
    authNumber: String(randomInt(100_000_000)).padStart(8, '0'),
    approvedAt: now,
  });
  return success({
    transactionId: approval.transactionId,
    authDateTime: formatKstTimestamp(now),
    authNumber: approval.authNumber,
    orderNumber: approval.orderNumber,
    amount: body.amount,
    cardName: approval.cardName,
    // §3.2: the notice goes out only with kakaoSend Y and a mobile number.
    kakaoResultCode: body.kakaoSend === 'Y' && body.mobileNumber ? '0000' : '',
    noinf: quota >= 2 && merchant.interestFreeInstallments ? 'Y' : 'N',
    ...tax,
  });
}

export function cancel(ctx: RouteContext): PayupReply {
  const { body, merchantId, merchant, now } = ctx;
  const problem = parameterProblem(body, ['merchantId', 'transactionId', 'signature'], {});
  if (problem) return failure(problem);
  if (body.merchantId !== merchantId) return failure(invalidParameter('merchantId'));
  if (body.signature !== cancelSignature({ merchantId, transactionId: body.transactionId, apiCertKey: merchant.apiCertKey })) return failure(CODES.BAD_SIGNATURE);
  if (ctx.declineArmed()) return failure(CODES.NOT_CANCELLABLE);
  const approval = ctx.ledger.approval(body.transactionId);
  if (!approval || approval.merchantId !== merchantId) return failure(CODES.NOTHING_TO_CANCEL);
  if (approval.cancelledAt) return failure(CODES.NOT_CANCELLABLE);
  approval.cancelledAt = now;
  return success({ cancelDateTime: formatKstTimestamp(now), transactionId: approval.transactionId });
}
