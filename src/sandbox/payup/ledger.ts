import { formatKstTimestamp } from '../../providers/kst';
import { ClockSerial } from '../serial';

export interface PayupSandboxMerchant {
  apiCertKey: string;
  /** Installment payments of this merchant are interest-free (`noinf` Y). */
  interestFreeInstallments: boolean;
}

export interface SandboxApproval {
  transactionId: string;
  merchantId: string;
  orderNumber: string;
  amount: number;
  quota: number;
  /** The masked number only, never the full one. */
  maskedCardNumber: string;
  cardName: string;
  authNumber: string;
  approvedAt: Date;
  cancelledAt?: Date;
}

/** What the fake Payup remembers: merchants and approvals. */
export class PayupLedger {
  private readonly merchants = new Map<string, PayupSandboxMerchant>();
  private readonly approvals = new Map<string, SandboxApproval>();
  private readonly sequence = new ClockSerial();

  registerMerchant(merchantId: string, merchant: PayupSandboxMerchant): void {
    this.merchants.set(merchantId, merchant);
  }

  merchant(merchantId: string): PayupSandboxMerchant | undefined {
    return this.merchants.get(merchantId);
  }

  /**
   * Records an approval under a new transactionId shaped like the manual's (KST time + "ST" + four
   * digits); the digits come from the real clock, so a restarted sandbox does not repeat an id.
   */
  approve(approval: Omit<SandboxApproval, 'transactionId'>): SandboxApproval {
    const recorded = { ...approval, transactionId: `${formatKstTimestamp(approval.approvedAt)}ST${this.sequence.nextDigits(4)}` };
    this.approvals.set(recorded.transactionId, recorded);
    return recorded;
  }

  approval(transactionId: string): SandboxApproval | undefined {
    return this.approvals.get(transactionId);
  }
}
