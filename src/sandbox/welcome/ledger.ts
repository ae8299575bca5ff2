import { randomBytes } from 'node:crypto';
import { formatKstTimestamp } from '../../providers/kst';
import type { ChargeDecline } from '../test-cards';
import { ClockSerial } from '../serial';

export interface SandboxBillingKey {
  billkey: string;
  mid: string;
  method: 'CARD' | 'PHONE';
  /** Card keys: the masked number only, never the full one. */
  maskedCardNumber?: string;
  /** Card keys: the card is a test card whose charges are declined, and how. */
  chargeDecline?: ChargeDecline;
  /** Phone keys: the monthly amount every charge must equal. */
  monthlyPrice?: number;
  issuedAt: Date;
  deletedAt?: Date;
}

export interface SandboxTransaction {
  tid: string;
  mid: string;
  kind: 'BILLING_KEY' | 'CARD_CHARGE' | 'PHONE_CHARGE';
  billkey: string;
  oid?: string;
  price: number;
  applNum?: string;
  at: Date;
}

/** What the fake Welcome remembers: merchants, billing keys, transactions. */
export class WelcomeLedger {
  private readonly mkeys = new Map<string, string>();
  private readonly billingKeys = new Map<string, SandboxBillingKey>();
  private readonly transactions = new Map<string, SandboxTransaction>();
  private readonly sequence = new ClockSerial();

  registerMerchant(mid: string, mkey: string): void {
    this.mkeys.set(mid, mkey);
  }

  mkeyOf(mid: string): string | undefined {
    return this.mkeys.get(mid);
  }

  issueBillingKey(key: Omit<SandboxBillingKey, 'billkey'>): SandboxBillingKey {
    const issued = { ...key, billkey: `BK${randomBytes(16).toString('hex').toUpperCase()}` };
    this.billingKeys.set(issued.billkey, issued);
    return issued;
  }

  billingKey(billkey: string): SandboxBillingKey | undefined {
    return this.billingKeys.get(billkey);
  }

  /** The merchant's live key of that method; someone else's, deleted or unknown keys are all absent. */
  activeBillingKey(mid: string, billkey: string, method: SandboxBillingKey['method']): SandboxBillingKey | undefined {
    const key = this.billingKeys.get(billkey);
    return key && key.mid === mid && key.method === method && !key.deletedAt ? key : undefined;
  }

  /**
   * Records a transaction under a new tid: mid, KST time and four digits from the real clock, so
   * that ids stay unique across restarts.
   */
  record(transaction: Omit<SandboxTransaction, 'tid'>): SandboxTransaction {
    const recorded = { ...transaction, tid: `WPAYBILL${transaction.mid}${formatKstTimestamp(transaction.at)}${this.sequence.nextDigits(4)}` };
    this.transactions.set(recorded.tid, recorded);
    return recorded;
  }

  transaction(tid: string): SandboxTransaction | undefined {
    return this.transactions.get(tid);
  }
}
