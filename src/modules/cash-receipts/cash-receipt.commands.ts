import type { CashReceiptState } from '../../domain/enums';
import type { Outcome } from '../../domain/errors';
import type { IssueCashReceiptCommand } from '../../providers/types';
import type { CashReceiptRow } from './cash-receipt.entity';

/** What the cash receipt services take (the GraphQL inputs have these shapes) and give back. */

/** The provider's command, with the seller it is for and, instead of a provider id, our payment. */
export interface IssueReceiptCommand extends Omit<IssueCashReceiptCommand, 'providerPaymentId'> {
  /** Required for a PLATFORM actor; implied by a SELLER key. */
  sellerId?: string;
  /** A paid payment of the same seller that the receipt is for. */
  paymentId?: string;
}

export interface CancelReceiptCommand {
  cashReceiptId: string;
}

export interface ResolveUnknownReceiptCommand {
  cashReceiptId: string;
  /** What the provider's records show: ISSUED, CANCELLED or FAILED (never issued). */
  state: CashReceiptState;
  providerReceiptId?: string;
  approvalNumber?: string;
  note: string;
}

export interface CashReceiptOutcome extends Outcome {
  cashReceipt: CashReceiptRow | null;
}
