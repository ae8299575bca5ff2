import type { Currency, CycleUnit, PaymentMethod } from '../../domain/enums';
import type { CashAmount, CashReceiptAnswer, IssueCashReceiptCommand, RegisterSellerCommand, RegisterSubAccountCommand } from '../types';

/** What PayAppClient takes and gives, in domain terms; amounts are whole won (or cents for USD). */

/** How an amount divides: taxable supply + tax-free supply + VAT = the amount. */
export interface TaxSplit {
  amountTaxable?: number;
  amountTaxFree?: number;
  amountVat?: number;
}

/** Where PayApp reports the outcome (feedbackurl) and whether it retries until we answer SUCCESS. */
export interface NoticeTarget {
  feedbackUrl?: string;
  checkRetry?: boolean;
  var1?: string;
  var2?: string;
}

export interface PayRequestInput extends TaxSplit, NoticeTarget {
  goodName: string;
  price: number;
  recvPhone: string;
  memo?: string;
  requestAddress?: boolean;
  sendSms?: boolean;
  /** USD needs countryCallingCode (vccode) and allows card payment only. */
  currency?: Currency;
  countryCallingCode?: string;
  returnUrl?: string;
  /** The methods offered to the buyer; omitted offers all that the seller has. */
  methods?: readonly PaymentMethod[];
  recvEmail?: string;
  skipReceiptPage?: boolean;
  appUrl?: string;
  subUserId?: string;
  buyerId?: string;
}

export interface PayRequestResult {
  providerPaymentId: string;
  payUrl: string;
  qrUrl?: string;
}

export interface PartialCancel extends TaxSplit {
  amount: number;
}

export interface PayCancelInput {
  providerPaymentId: string;
  cancelMemo: string;
  /** cancelmode=ready: cancel only while the payment is still requested (not paid). */
  onlyIfNotPaid?: boolean;
  /** Given, a partial cancel (partcancel=1) of this amount; omitted, a full cancel. */
  partial?: PartialCancel;
}

export interface PayCancelReqInput {
  providerPaymentId: string;
  cancelMemo: string;
  depositorName?: string;
  partial?: PartialCancel;
}

export interface PayCancelReqResult {
  depositorName?: string;
  partial: boolean;
  /** What the seller must pay back (paybackprice) and to which account (paybackbank). */
  paybackAmount?: number;
  paybackBank?: string;
  requestedAmount?: number;
  cancelTaxable?: number;
  cancelTaxFree?: number;
  cancelVat?: number;
}

/** Card data: sent to PayApp only, never stored or logged. */
export interface PayAppCardInput {
  number: string;
  expiryMonth: string;
  expiryYear: string;
  birthDateOrBusinessNumber?: string;
  passwordFirstTwo?: string;
}

export interface BillRegistInput {
  card: PayAppCardInput;
  buyerPhone: string;
  buyerName: string;
  buyerId?: string;
}

export interface BillRegistResult {
  /** encBill, the key billPay charges. */
  billingKey: string;
  billAuthNo?: string;
  maskedCardNumber?: string;
  cardName?: string;
}

export interface BillPayInput extends TaxSplit, NoticeTarget {
  billingKey: string;
  goodName: string;
  price: number;
  recvPhone: string;
  /** 0 for a lump sum; instalments need 50,000 won or more. */
  installmentMonths?: number;
}

export interface BillPayResult {
  providerPaymentId: string;
  price: number;
  receiptUrl?: string;
}

export interface BillDeleteInput {
  billingKey: string;
}

export interface RebillCycle {
  unit: CycleUnit;
  /** 1-31 for MONTH, 90 for the last day of the month. */
  dayOfMonth?: number;
  /** 1 (Monday) to 7 (Sunday) for WEEK. */
  dayOfWeek?: number;
}

export interface RebillRegistInput {
  goodName: string;
  price: number;
  recvPhone: string;
  recvEmail?: string;
  memo?: string;
  cycle: RebillCycle;
  /** The last day of the subscription, `yyyy-mm-dd` (KST). */
  expiresOn: string;
  feedbackUrl?: string;
  /** Where PayApp reports failed charges after the first (pay_state 99). */
  failUrl?: string;
  var1?: string;
  var2?: string;
  sendSms?: boolean;
  returnUrl?: string;
  /** CARD and/or PHONE; PHONE only with a MONTH cycle. */
  methods?: readonly PaymentMethod[];
}

export interface RebillRegistResult {
  providerSubscriptionId: string;
  payUrl: string;
}

export interface RebillActionInput {
  providerSubscriptionId: string;
}

/** sellerRegist takes the domain's command, and where PayApp reports the seller's payments. */
export type SellerRegistInput = RegisterSellerCommand & { commonFeedbackUrl?: string };

export interface UseridCheckInput {
  userId: string;
  resellerId: string;
}

export interface UseridCheckResult {
  available: boolean;
  /** PayApp's words when the id is not available. */
  message?: string;
}

export type SubidRegistInput = RegisterSubAccountCommand;

export type CashStRegistInput = IssueCashReceiptCommand;

export type CashStRegistResult = CashReceiptAnswer;

export interface CashStCancelInput {
  providerReceiptId: string;
}

export interface NpayCashAmountInput {
  providerPaymentId: string;
}

export type NpayCashAmount = CashAmount;
