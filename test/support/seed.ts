import { DataSource } from 'typeorm';
import { Currency, EventSource, PaymentState, Provider } from '../../src/domain/enums';
import { newId } from '../../src/ids';
import { PaymentEventRow, PaymentRow } from '../../src/modules/payments/payment.entity';

let nextSeq = 1_000_000;

/** Inserts a payment row as the mutation path would leave it (read-side tests only). */
export async function seedPayment(db: DataSource, sellerId: string, overrides: Partial<PaymentRow> = {}): Promise<PaymentRow> {
  const now = new Date();
  const row: PaymentRow = Object.assign(new PaymentRow(), {
    id: newId('payment'),
    sellerId,
    provider: Provider.PAYAPP,
    providerPaymentId: null,
    orderId: null,
    goodName: 'Test goods',
    amount: 1000,
    cancelledAmount: 0,
    taxableAmount: null,
    taxFreeAmount: null,
    vatAmount: null,
    currency: Currency.KRW,
    state: PaymentState.REQUESTED,
    payState: 1,
    method: null,
    buyerName: 'Kim',
    buyerPhone: '01012345678',
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
    requestedAt: now,
    paidAt: null,
    cancelledAt: null,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  });
  await db.getRepository(PaymentRow).insert(row);
  return row;
}

export async function seedEvent(db: DataSource, payment: PaymentRow, to: PaymentState, from: PaymentState | null = null): Promise<PaymentEventRow> {
  const row: PaymentEventRow = Object.assign(new PaymentEventRow(), {
    id: newId('paymentEvent'),
    seq: nextSeq++,
    paymentId: payment.id,
    sellerId: payment.sellerId,
    fromState: from,
    toState: to,
    payState: null,
    amount: payment.amount,
    source: EventSource.API,
    dedupeKey: null,
    data: null,
    occurredAt: new Date(),
  });
  await db.getRepository(PaymentEventRow).insert(row);
  return row;
}

