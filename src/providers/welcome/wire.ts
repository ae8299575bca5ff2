import type { HttpReply } from '../http';
import { parseKstTimestamp } from '../kst';
import { parseCodedJson, wonOf } from '../reply';
import { ProviderResult, ok, refused, unknown } from '../types';
import { WELCOME_CARD_KINDS, WELCOME_SUCCESS_CODE, welcomeErrorCode } from './mapping';
import type { WelcomeBillingKey, WelcomeCharge } from './types';

/** Welcome PayAPI on the wire (payapi01, payapi03): paths, form fields as spelled there, replies. */
export const WELCOME_PATHS = {
  issueBillingKey: '/billing/billkey/card',
  issueBillingKeyWithoutAuth: '/noauth/billkey/card',
  chargeCard: '/billing/billpay',
  chargePhone: '/billing/hppbillpay',
  deleteBillingKey: '/billing/billkey/delete',
} as const;

export const WELCOME_FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

type Signed = { mid: string; timestamp: string; signature: string };
type Buyer = { buyerName: string; buyerTel?: string; buyerEmail?: string };

/** /noauth/billkey/card. `cardNumber` is encrypted (encryption.ts). */
export type WelcomeNoAuthBillingKeyRequest = Signed &
  Buyer & { goodsName?: string; cardNumber: string; cardExpireYY: string; cardExpireMM: string; etc?: string };

/** /billing/billkey/card: adds the encrypted birth date / business number and password digits. */
export type WelcomeBillingKeyRequest = WelcomeNoAuthBillingKeyRequest & { registNo: string; passwd: string; etc: string };

/** /billing/hppbillpay. */
export type WelcomePhoneChargeRequest = Signed & Buyer & { oid: string; goodsName?: string; price: string; billkey: string };

/** /billing/billpay. */
export type WelcomeCardChargeRequest = WelcomePhoneChargeRequest & { tax?: string; taxfree?: string; cardQuota?: string; quotaInterest?: string };

/** /billing/billkey/delete. */
export type WelcomeDeleteRequest = Signed & { billkey: string };

export type WelcomeRequest = WelcomeBillingKeyRequest | WelcomeNoAuthBillingKeyRequest | WelcomeCardChargeRequest | WelcomePhoneChargeRequest | WelcomeDeleteRequest;

/** Every reply field of the billing calls; which appear depends on the call ("△" in the manual). */
export interface WelcomeReplyBody {
  ResultCode: string;
  ResultMsg?: string;
  CardResultCode?: string;
  CardKind?: string;
  Billkey?: string;
  Price?: string;
  PayDate?: string;
  PayTime?: string;
  tid?: string;
  ApplNum?: string;
}

export function encodeForm(request: WelcomeRequest): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(request)) if (value !== undefined) form.append(name, value as string);
  return form.toString();
}

/**
 * A reply as the manual defines it: HTTP 200 with `ResultCode` "00" is success and any other code a
 * refusal; HTTP 4xx means Welcome rejected the request itself (protocol or parameters) and did
 * nothing. A reply we cannot read, after the request was sent, is `unknown`. (5xx never gets here:
 * http.ts makes it unknown.)
 */
export function readWelcomeReply(reply: HttpReply): ProviderResult<WelcomeReplyBody> {
  if (reply.status >= 400 && reply.status < 500) {
    const detail = parseCodedJson<{ ResultMsg: string }>(reply.body, 'ResultMsg');
    return refused(`HTTP_${reply.status}`, detail?.ResultMsg ?? `Welcome rejected the request as malformed (HTTP ${reply.status})`);
  }
  const body = parseCodedJson<WelcomeReplyBody>(reply.body, 'ResultCode');
  if (reply.status < 200 || reply.status >= 300 || !body) return unknown(`Welcome answered HTTP ${reply.status} without a readable result; the outcome is unknown`);
  if (body.ResultCode !== WELCOME_SUCCESS_CODE) return refused(body.ResultCode, body.ResultMsg ?? '', welcomeErrorCode(body.ResultCode));
  return ok(body);
}

/** PayDate (yyyyMMdd) + PayTime (HHmmss) in KST; the time of our receipt when Welcome omits them. */
function paidAt(body: WelcomeReplyBody, receivedAt: Date): Date {
  return parseKstTimestamp(`${body.PayDate ?? ''}${body.PayTime ?? ''}`) ?? receivedAt;
}

// A success that lacks the id we must keep cannot be acted on, yet something did happen: unknown.
export function toBillingKey(body: WelcomeReplyBody, receivedAt: Date): ProviderResult<WelcomeBillingKey> {
  if (!body.Billkey) return unknown('Welcome reported success without a Billkey');
  return ok({
    billingKey: body.Billkey,
    cardCompanyCode: body.CardResultCode || undefined,
    cardKind: body.CardKind === undefined ? undefined : WELCOME_CARD_KINDS[body.CardKind],
    providerTransactionId: body.tid || undefined,
    issuedAt: paidAt(body, receivedAt),
  });
}

export function toCharge(body: WelcomeReplyBody, requestedAmount: number, receivedAt: Date): ProviderResult<WelcomeCharge> {
  if (!body.tid) return unknown('Welcome reported a charge without a tid');
  return ok({
    providerPaymentId: body.tid,
    approvalNumber: body.ApplNum || undefined,
    paidAt: paidAt(body, receivedAt),
    amount: wonOf(body.Price) ?? requestedAmount,
  });
}
