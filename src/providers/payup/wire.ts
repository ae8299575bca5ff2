import type { HttpReply } from '../http';
import { parseKstTimestamp } from '../kst';
import { parseCodedJson, wonOf } from '../reply';
import { ProviderResult, ok, refused, unknown } from '../types';
import { PAYUP_SUCCESS_CODE, payupCodeMeaning } from './mapping';
import type { PayupApproval, PayupCancellation } from './types';

/** Payup card key-in on the wire (manual §2): paths, JSON fields as spelled there, replies. */
export const payupPaths = {
  keyIn: (merchantId: string) => `/v2/api/payment/${encodeURIComponent(merchantId)}/keyin2`,
  cancel: (merchantId: string) => `/v2/api/payment/${encodeURIComponent(merchantId)}/cancel2`,
};

export const PAYUP_JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** keyin2. Every value is a string, as the manual requires. */
export type PayupKeyInRequest = {
  orderNumber: string;
  cardNo: string;
  expireMonth: string;
  expireYear: string;
  birthday: string;
  cardPw: string;
  amount: string;
  quota: string;
  itemName: string;
  userName: string;
  mobileNumber?: string;
  kakaoSend?: 'Y' | 'N';
  userEmail?: string;
  signature: string;
  timestamp: string;
  taxFlag?: 'Y';
  /** The taxed part including VAT. */
  taxAmount?: string;
  freeAmount?: string;
};

/** cancel2. */
export type PayupCancelRequest = { merchantId: string; transactionId: string; signature: string };

/** Every reply field of keyin2 and cancel2. */
export interface PayupReplyBody {
  responseCode: string;
  responseMsg?: string;
  transactionId?: string;
  authDateTime?: string;
  authNumber?: string;
  orderNumber?: string;
  amount?: string;
  cardName?: string;
  kakaoResultCode?: string;
  noinf?: string;
  /** The taxed part without VAT (compound-tax payments only). */
  taxAmount?: string;
  vatAmount?: string;
  freeAmount?: string;
  cancelDateTime?: string;
}

/**
 * The manual defines outcomes by `responseCode` only ("0000" success). Without a readable code, an
 * HTTP 4xx is still a refusal of the request and anything else is `unknown` (it was sent).
 */
export function readPayupReply(reply: HttpReply): ProviderResult<PayupReplyBody> {
  const body = parseCodedJson<PayupReplyBody>(reply.body, 'responseCode');
  if (!body) {
    return reply.status >= 400 && reply.status < 500
      ? refused(`HTTP_${reply.status}`, `Payup rejected the request (HTTP ${reply.status})`)
      : unknown(`Payup answered HTTP ${reply.status} without a readable result; the outcome is unknown`);
  }
  if (body.responseCode === PAYUP_SUCCESS_CODE) return ok(body);
  const meaning = payupCodeMeaning(body.responseCode);
  if (meaning === 'OUTCOME_UNKNOWN') return unknown(`Payup answered ${body.responseCode} (${body.responseMsg ?? ''}); the outcome is unknown`);
  return refused(body.responseCode, body.responseMsg ?? '', meaning);
}

// A success that lacks the id we must keep cannot be acted on, yet money may have moved: unknown.
export function toApproval(body: PayupReplyBody, requested: { amount: number; installmentMonths: number }, receivedAt: Date): ProviderResult<PayupApproval> {
  if (!body.transactionId) return unknown('Payup reported an approval without a transactionId');
  return ok({
    providerPaymentId: body.transactionId,
    approvalNumber: body.authNumber || undefined,
    approvedAt: parseKstTimestamp(body.authDateTime ?? '') ?? receivedAt,
    cardName: body.cardName || undefined,
    amount: wonOf(body.amount) ?? requested.amount,
    installmentMonths: requested.installmentMonths,
    interestFree: body.noinf === 'Y',
    supplyAmount: wonOf(body.taxAmount),
    vatAmount: wonOf(body.vatAmount),
    taxFreeAmount: wonOf(body.freeAmount),
  });
}

export function toCancellation(body: PayupReplyBody, receivedAt: Date): ProviderResult<PayupCancellation> {
  return ok({ cancelledAt: parseKstTimestamp(body.cancelDateTime ?? '') ?? receivedAt });
}
