import { EventSource } from '../../domain/enums';
import { newId } from '../../ids';
import { PaymentRow } from './payment.entity';

/** What a new payment must be told; everything else starts empty. */
export type NewPaymentFields = Partial<PaymentRow> & Pick<PaymentRow, 'sellerId' | 'provider' | 'goodName' | 'amount' | 'currency' | 'state'>;

/** A payment row not yet saved (PaymentLedger.open records it with its first event). */
export function newPaymentRow(fields: NewPaymentFields): PaymentRow {
  const now = new Date();
  return Object.assign(new PaymentRow(), {
    id: newId('payment'),
    providerPaymentId: null,
    orderId: null,
    cancelledAmount: 0,
    taxableAmount: null,
    taxFreeAmount: null,
    vatAmount: null,
    payState: null,
    method: null,
    buyerName: null,
    buyerPhone: null,
    buyerEmail: null,
    buyerId: null,
    payUrl: null,
    qrUrl: null,
    receiptUrl: null,
    cardName: null,
    cardMaskedNumber: null,
    cardApprovalNumber: null,
    cardInstallmentMonths: null,
    vbankName: null,
    vbankAccountNumber: null,
    memo: null,
    var1: null,
    var2: null,
    billingKeyId: null,
    subscriptionId: null,
    source: EventSource.API,
    requestedAt: null,
    paidAt: null,
    cancelledAt: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  } satisfies Omit<PaymentRow, 'sellerId' | 'provider' | 'goodName' | 'amount' | 'currency' | 'state'>);
}
