import type { CashReceiptPurpose, CashReceiptState, TaxType } from '../../domain/enums';
import type { Outcome } from '../../domain/errors';
import type { CashReceiptRow } from './cash-receipt.entity';

/** What the cash receipt services take (the GraphQL inputs have these shapes) and give back. */

export interface IssueReceiptCommand {
  /** Required for a PLATFORM actor; implied by a SELLER key. */
  sellerId?: string;
  /** A paid payment of the same seller that the receipt is for. */
  paymentId?: string;
  goodName: string;
  buyerName: string;
  buyerPhone?: string;
  buyerEmail?: string;
  /** A phone or business number, digits only; sent to the provider and kept masked. */
  identity: string;
  tradedAt: Date;
  purpose: CashReceiptPurpose;
  taxType: TaxType;
  totalAmount: number;
  supplyAmount: number;
  serviceFee: number;
  vatAmount: number;
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
