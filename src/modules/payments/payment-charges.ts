import { EventSource, PaymentState } from '../../domain/enums';
import type { ChargeAnswer, ProviderResult } from '../../providers/types';
import type { LedgerTransaction } from './payment-ledger';

/**
 * Records what a direct charge (card key-in, a billing key) came to, on the payment its intent
 * opened: PAID with what the provider returned, FAILED when refused or never sent, UNKNOWN when
 * sent without an answer.
 */
export async function recordCharge(tx: LedgerTransaction, paymentId: string, result: ProviderResult<ChargeAnswer>, source: EventSource): Promise<void> {
  if (result.kind !== 'ok') {
    const to = result.kind === 'unknown' ? PaymentState.UNKNOWN : PaymentState.FAILED;
    const data = result.kind === 'refused' ? { providerCode: result.providerCode, message: result.message } : { message: result.message, notSent: result.kind === 'unavailable' };
    await tx.transition(paymentId, () => ({ to, source, data }));
    return;
  }
  const answer = result.value;
  await tx.transition(paymentId, (current) => ({
    to: PaymentState.PAID,
    source,
    amount: current.amount,
    occurredAt: answer.approvedAt,
    changes: {
      providerPaymentId: answer.providerPaymentId,
      cardName: answer.cardName ?? current.cardName,
      cardMaskedNumber: answer.maskedCardNumber ?? current.cardMaskedNumber,
      cardApprovalNumber: answer.approvalNumber ?? null,
      cardInstallmentMonths: answer.installmentMonths ?? current.cardInstallmentMonths,
      receiptUrl: answer.receiptUrl ?? current.receiptUrl,
      paidAt: answer.approvedAt,
    },
  }));
}
