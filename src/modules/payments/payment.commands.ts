import type { Currency, PaymentMethod, PaymentState } from '../../domain/enums';
import type { Outcome } from '../../domain/errors';
import type { BuyerData, CardChargeCommand, TaxSplit } from '../../providers/types';
import type { PaymentRow } from './payment.entity';

/** What the payment services take (the GraphQL inputs have these shapes) and give back. */

export interface RequestPaymentCommand extends TaxSplit {
  /** Required for a PLATFORM actor; implied by a SELLER key. */
  sellerId?: string;
  orderId?: string;
  goodName: string;
  amount: number;
  currency?: Currency;
  countryCallingCode?: string;
  buyer: BuyerData;
  memo?: string;
  requestAddress?: boolean;
  methods?: PaymentMethod[];
  sendSms?: boolean;
  returnUrl?: string;
  skipReceiptPage?: boolean;
  appUrl?: string;
  var1?: string;
  var2?: string;
}

export interface PayWithCardCommand extends CardChargeCommand {
  sellerId?: string;
}

export interface CancelPaymentCommand extends TaxSplit {
  paymentId: string;
  reason: string;
  /** Less than what remains: a partial cancel; omitted: all that remains. */
  amount?: number;
  onlyIfNotPaid?: boolean;
  expectedRemainingAmount?: number;
}

export interface RequestCancellationCommand extends TaxSplit {
  paymentId: string;
  reason: string;
  amount?: number;
  depositorName?: string;
}

export interface ResolveUnknownPaymentCommand {
  paymentId: string;
  state: PaymentState;
  providerPaymentId?: string;
  cancelledAmount?: number;
  note: string;
}

export interface PaymentOutcome extends Outcome {
  payment: PaymentRow | null;
}

export interface CancellationRequestResult {
  paybackAmount: number | null;
  paybackBank: string | null;
  partial: boolean;
  requestedAmount: number | null;
}

export interface CancellationOutcome extends PaymentOutcome {
  cancellationRequest: CancellationRequestResult | null;
}
