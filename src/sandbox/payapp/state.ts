import { randomBytes, randomInt } from 'node:crypto';
import { ClockSerial } from '../serial';
import type { RebillCycle } from './schedule';

/** The PayApp simulator's in-memory world: sellers and what they sold. */

export interface SimSeller {
  userId: string;
  linkKey: string;
  linkValue: string;
  commonFeedbackUrl?: string;
  subAccounts: Map<string, { name: string; permissions: number }>;
}

/** Where a payment's notices go (feedbackurl) and what they echo back (var1, var2). */
export interface NoticeRoute {
  feedbackUrl?: string;
  checkRetry: boolean;
  var1: string;
  var2: string;
}

export interface TaxParts {
  taxable: number;
  taxFree: number;
  vat: number;
}

export interface SimCard {
  name: string;
  maskedNumber: string;
  authCode: string;
  quota: string;
}

export interface SimCancelRequest {
  partial: boolean;
  amount: number;
  tax?: TaxParts;
  memo: string;
}

export interface SimPayment {
  mulNo: string;
  seller: SimSeller;
  /** The simulator's own http origin, so that payurl and csturl point at it. */
  origin: string;
  goodName: string;
  price: number;
  recvPhone: string;
  memo: string;
  reqAddr: string;
  requestedAt: Date;
  currency: 'krw' | 'usd';
  vccode: string;
  tax?: TaxParts;
  buyerId: string;
  /** openpaytype values offered; empty offers all. */
  openPayTypes: string[];
  route: NoticeRoute;
  payUrl: string;
  payState: number;
  payType?: number;
  paidAt?: Date;
  receiptUrl?: string;
  card?: SimCard;
  vbank?: { bank: string; accountNumber: string };
  naverpay?: 'card' | 'bank';
  rebillNo?: string;
  cancelledAmount: number;
  cancelledAt?: Date;
  cancelMemo?: string;
  cancelRequest?: SimCancelRequest;
  failureMessage?: string;
}

export interface SimBillingKey {
  encBill: string;
  seller: SimSeller;
  cardName: string;
  maskedNumber: string;
  deleted: boolean;
}

export type RebillStatus = 'requested' | 'active' | 'paused' | 'cancelled' | 'expired';

export interface SimRebill {
  rebillNo: string;
  seller: SimSeller;
  origin: string;
  goodName: string;
  price: number;
  recvPhone: string;
  memo: string;
  cycle: RebillCycle;
  /** KST day number (see schedule.ts) of rebillExpire. */
  expireDay: number;
  route: NoticeRoute;
  failUrl?: string;
  openPayTypes: string[];
  payUrl: string;
  status: RebillStatus;
  method?: 'card' | 'phone';
  nextChargeDay?: number;
  failNextCharge: boolean;
}

export interface SimCashReceipt {
  cashStNo: string;
  seller: SimSeller;
  cancelled: boolean;
}

export class PayAppStore {
  readonly sellers = new Map<string, SimSeller>();
  readonly payments = new Map<string, SimPayment>();
  readonly billingKeys = new Map<string, SimBillingKey>();
  readonly rebills = new Map<string, SimRebill>();
  readonly cashReceipts = new Map<string, SimCashReceipt>();
  // Numbered from the clock so that a restarted sandbox never repeats a number the service stored.
  private readonly mulNos = new ClockSerial();
  private readonly rebillNos = new ClockSerial();
  private readonly cashStNos = new ClockSerial();

  addSeller(seller: Omit<SimSeller, 'subAccounts'>): SimSeller {
    const record = { ...seller, subAccounts: new Map() };
    this.sellers.set(seller.userId, record);
    return record;
  }

  /** mul_no: payments and partial cancels share one increasing sequence. */
  nextMulNo(): string {
    return String(this.mulNos.next());
  }

  /** The mul_no the next payment will get (tests that must name it before it exists). */
  reserveNextMulNo(): string {
    return String(this.mulNos.reserveNext());
  }

  nextRebillNo(): string {
    return String(this.rebillNos.next());
  }

  nextCashStNo(): string {
    return String(this.cashStNos.next());
  }
}

/** A payment record with the defaults of a plain KRW payment; `init` says the rest. */
export function newPayment(
  init: Pick<SimPayment, 'mulNo' | 'seller' | 'origin' | 'goodName' | 'price' | 'recvPhone' | 'requestedAt' | 'route' | 'payState'> & Partial<SimPayment>,
): SimPayment {
  return { memo: '', reqAddr: '0', currency: 'krw', vccode: '', buyerId: '', openPayTypes: [], payUrl: '', cancelledAmount: 0, ...init };
}

export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

export function randomDigits(length: number): string {
  return Array.from({ length }, () => randomInt(10)).join('');
}

/** Masked as PayApp shows a card: first four and last four digits. */
export function maskCardNumber(number: string): string {
  return `${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}`;
}
