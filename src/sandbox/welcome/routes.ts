import { randomInt } from 'node:crypto';
import { kstDateOf } from '../../domain/calendar';
import { formatKstTimestamp } from '../../providers/kst';
import { decryptCardField } from '../../providers/welcome/encryption';
import { billingKeySignature, chargeSignature, deleteSignature } from '../../providers/welcome/signature';
import { withinPhoneBillingWindow } from '../../providers/welcome/phone-billing';
import { WELCOME_PATHS } from '../../providers/welcome/wire';
import { cardVerdict, chargeDeclineOf, issuerOf, maskCardNumber } from '../test-cards';
import { WELCOME_SANDBOX_CODES as CODES, WelcomeSandboxFailure } from './codes';
import { WelcomeLedger } from './ledger';

/** A reply of the fake Welcome: 200 with a ResultCode, or 400 for a request it cannot process. */
export interface SimReply {
  status: 200 | 400;
  body: Record<string, string>;
}

export interface RouteContext {
  form: URLSearchParams;
  mid: string;
  mkey: string;
  now: Date;
  ledger: WelcomeLedger;
}

/** One PayAPI call: the fields the manual marks required, what its signature covers, and what it does. */
export interface WelcomeRoute {
  required: readonly string[];
  signature(form: URLSearchParams, mkey: string): string;
  handle(ctx: RouteContext): SimReply;
}

export const failure = ({ code, message }: WelcomeSandboxFailure): SimReply => ({ status: 200, body: { ResultCode: code, ResultMsg: message } });
export const badRequest = (message: string): SimReply => ({ status: 400, body: { ResultMsg: message } });
const success = (fields: Record<string, string>): SimReply => ({ status: 200, body: { ResultCode: '00', ResultMsg: '정상', ...fields } });

const field = (form: URLSearchParams, name: string): string => form.get(name) ?? '';
const payTime = (now: Date) => {
  const stamp = formatKstTimestamp(now);
  return { PayDate: stamp.slice(0, 8), PayTime: stamp.slice(8) };
};

/** The card fields decrypted and checked; undefined when they do not decrypt or are malformed. */
function readCard(ctx: RouteContext, withOwner: boolean): { number: string; month: string; year: string; registNo?: string } | undefined {
  const { form, mkey } = ctx;
  try {
    const card = {
      number: decryptCardField(field(form, 'cardNumber'), mkey),
      month: field(form, 'cardExpireMM'),
      year: field(form, 'cardExpireYY'),
      registNo: withOwner ? decryptCardField(field(form, 'registNo'), mkey) : undefined,
    };
    const passwd = withOwner ? decryptCardField(field(form, 'passwd'), mkey) : '00';
    const wellFormed =
      /^\d{14,16}$/.test(card.number) &&
      /^(0[1-9]|1[0-2])$/.test(card.month) &&
      /^\d{2}$/.test(card.year) &&
      (!withOwner || /^(\d{6}|\d{10})$/.test(card.registNo ?? '')) &&
      /^\d{2}$/.test(passwd);
    return wellFormed ? card : undefined;
  } catch {
    return undefined;
  }
}

function issueBillingKey(ctx: RouteContext, withOwner: boolean): SimReply {
  const card = readCard(ctx, withOwner);
  if (!card) return failure(CODES.BAD_CARD_DATA);
  const verdict = cardVerdict(card.number, card, ctx.now);
  if (verdict === 'DECLINED') return failure(CODES.CARD_DECLINED);
  if (verdict === 'EXPIRED') return failure(CODES.CARD_EXPIRED);
  const key = ctx.ledger.issueBillingKey({
    mid: ctx.mid,
    method: 'CARD',
    maskedCardNumber: maskCardNumber(card.number),
    chargeDecline: chargeDeclineOf(card.number),
    issuedAt: ctx.now,
  });
  const { tid } = ctx.ledger.record({ mid: ctx.mid, kind: 'BILLING_KEY', billkey: key.billkey, price: 0, at: ctx.now });
  return success({
    CardResultCode: issuerOf(card.number).code,
    // Only the authenticated issue reports the kind: a 10-digit business number means a corporate card.
    ...(withOwner && { CardKind: card.registNo?.length === 10 ? '1' : '0' }),
    Billkey: key.billkey,
    Price: '0',
    ...payTime(ctx.now),
    tid,
  });
}

const positiveWon = (value: string): number | undefined => (/^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined);
const optionalWon = (value: string | null): number | undefined | 'bad' => (value === null || value === '' ? undefined : /^\d{1,10}$/.test(value) ? Number(value) : 'bad');

function chargeCard(ctx: RouteContext): SimReply {
  const { form } = ctx;
  const price = positiveWon(field(form, 'price'));
  const tax = optionalWon(form.get('tax'));
  const taxfree = optionalWon(form.get('taxfree'));
  if (price === undefined || tax === 'bad' || taxfree === 'bad') return badRequest('price, tax and taxfree must be amounts in won');
  if (!/^(\d{2})?$/.test(field(form, 'cardQuota')) || !/^[01]?$/.test(field(form, 'quotaInterest'))) return badRequest('cardQuota or quotaInterest is malformed');
  const key = ctx.ledger.activeBillingKey(ctx.mid, field(form, 'billkey'), 'CARD');
  if (!key) return failure(CODES.UNKNOWN_BILLING_KEY);
  // VAT may be at most 10% of the total (payapi03 §3.3 `tax`), and the parts may not exceed it.
  if ((tax ?? 0) * 10 > price || (tax ?? 0) + (taxfree ?? 0) > price) return failure(CODES.BAD_TAX);
  if (key.chargeDecline) return failure(key.chargeDecline === 'LOST_CARD' ? CODES.CARD_LOST : CODES.CARD_DECLINED);
  const applNum = String(randomInt(100_000_000)).padStart(8, '0');
  const { tid } = ctx.ledger.record({ mid: ctx.mid, kind: 'CARD_CHARGE', billkey: key.billkey, oid: field(form, 'oid'), price, applNum, at: ctx.now });
  return success({ ...payTime(ctx.now), Price: String(price), tid, ApplNum: applNum });
}

function chargePhone(ctx: RouteContext): SimReply {
  const { form } = ctx;
  const price = positiveWon(field(form, 'price'));
  if (price === undefined) return badRequest('price must be an amount in won');
  const key = ctx.ledger.activeBillingKey(ctx.mid, field(form, 'billkey'), 'PHONE');
  if (!key) return failure(CODES.UNKNOWN_BILLING_KEY);
  if (price !== key.monthlyPrice) return failure(CODES.PHONE_AMOUNT_MISMATCH);
  if (!withinPhoneBillingWindow(kstDateOf(key.issuedAt), kstDateOf(ctx.now))) return failure(CODES.PHONE_OUTSIDE_WINDOW);
  const { tid } = ctx.ledger.record({ mid: ctx.mid, kind: 'PHONE_CHARGE', billkey: key.billkey, oid: field(form, 'oid'), price, at: ctx.now });
  return success({ ...payTime(ctx.now), Price: String(price), tid });
}

function deleteBillingKey(ctx: RouteContext): SimReply {
  const key = ctx.ledger.activeBillingKey(ctx.mid, field(ctx.form, 'billkey'), 'CARD');
  if (!key) return failure(CODES.UNKNOWN_BILLING_KEY);
  key.deletedAt = ctx.now;
  return success({});
}

const billingKeySigned = (form: URLSearchParams, mkey: string) =>
  billingKeySignature({ mid: field(form, 'mid'), mkey, cardNumber: field(form, 'cardNumber'), timestamp: field(form, 'timestamp') });
const chargeSigned = (form: URLSearchParams, mkey: string) =>
  chargeSignature({ mid: field(form, 'mid'), mkey, oid: field(form, 'oid'), price: field(form, 'price'), timestamp: field(form, 'timestamp') });

const SIGNED = ['mid', 'timestamp', 'signature'] as const;
const CHARGE_REQUIRED = [...SIGNED, 'oid', 'price', 'buyerName', 'billkey'] as const;

/** The calls by path, with the required fields of payapi03's tables. */
export const WELCOME_ROUTES: Readonly<Record<string, WelcomeRoute>> = {
  [WELCOME_PATHS.issueBillingKey]: {
    required: [...SIGNED, 'buyerName', 'cardNumber', 'cardExpireYY', 'cardExpireMM', 'registNo', 'passwd', 'etc'],
    signature: billingKeySigned,
    handle: (ctx) => issueBillingKey(ctx, true),
  },
  [WELCOME_PATHS.issueBillingKeyWithoutAuth]: {
    required: [...SIGNED, 'buyerName', 'cardNumber', 'cardExpireYY', 'cardExpireMM'],
    signature: billingKeySigned,
    handle: (ctx) => issueBillingKey(ctx, false),
  },
  [WELCOME_PATHS.chargeCard]: { required: CHARGE_REQUIRED, signature: chargeSigned, handle: chargeCard },
  [WELCOME_PATHS.chargePhone]: { required: CHARGE_REQUIRED, signature: chargeSigned, handle: chargePhone },
  [WELCOME_PATHS.deleteBillingKey]: {
    required: [...SIGNED, 'billkey'],
    signature: (form, mkey) => deleteSignature({ mid: field(form, 'mid'), mkey, timestamp: field(form, 'timestamp') }),
    handle: deleteBillingKey,
  },
};
