import { DataSource } from 'typeorm';
import { Currency, EventSource, PaymentState, Provider } from '../../src/domain/enums';
import { newId } from '../../src/ids';
import { newPaymentRow } from '../../src/modules/payments/new-payment';
import { countPaymentChange } from '../../src/modules/payments/payment-counts';
import { PaymentEventRow, PaymentRow } from '../../src/modules/payments/payment.entity';

let nextSeq = 1_000_000;

/** Inserts a payment row as the mutation path would leave it (read-side tests only). */
export async function seedPayment(db: DataSource, sellerId: string, overrides: Partial<PaymentRow> = {}): Promise<PaymentRow> {
  const row = newPaymentRow({
    sellerId,
    provider: Provider.PAYAPP,
    goodName: 'Test goods',
    amount: 1000,
    currency: Currency.KRW,
    state: PaymentState.REQUESTED,
    payState: 1,
    buyerName: 'Kim',
    buyerPhone: '01012345678',
    requestedAt: new Date(),
    ...overrides,
  });
  await db.getRepository(PaymentRow).insert(row);
  await countPaymentChange(db.manager, null, row); // as the ledger would: totalCount reads the counters
  return row;
}

export async function seedEvent(db: DataSource, payment: PaymentRow, to: PaymentState, from: PaymentState | null = null): Promise<PaymentEventRow> {
  const row: PaymentEventRow = Object.assign(new PaymentEventRow(), {
    id: newId('paymentEvent'),
    seq: nextSeq++,
    paymentId: payment.id,
    sellerId: payment.sellerId,
    from,
    to,
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

