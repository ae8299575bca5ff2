import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Currency, EventSource, PaymentMethod, PaymentState, Provider } from '../../domain/enums';
import { idColumn, moneyColumn, textColumn, timeColumn } from '../../db/columns';

/** One payment at one provider. Amounts are integers in the currency's smallest unit. */
@Entity('payments')
export class PaymentRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ type: 'varchar', length: 16 }) provider: Provider;
  @Column(textColumn('provider_payment_id', 64)) providerPaymentId: string | null;
  @Column(textColumn('order_id', 100)) orderId: string | null;
  @Column({ name: 'good_name', type: 'varchar', length: 200 }) goodName: string;
  @Column(moneyColumn('amount')) amount: number;
  @Column(moneyColumn('cancelled_amount')) cancelledAmount: number;
  @Column(moneyColumn('taxable_amount', true)) taxableAmount: number | null;
  @Column(moneyColumn('tax_free_amount', true)) taxFreeAmount: number | null;
  @Column(moneyColumn('vat_amount', true)) vatAmount: number | null;
  @Column({ type: 'varchar', length: 3 }) currency: Currency;
  @Column({ type: 'varchar', length: 24 }) state: PaymentState;
  @Column({ name: 'pay_state', type: 'smallint', nullable: true }) payState: number | null;
  @Column({ type: 'varchar', length: 24, nullable: true }) method: PaymentMethod | null;
  @Column(textColumn('buyer_name', 100)) buyerName: string | null;
  @Column(textColumn('buyer_phone', 32)) buyerPhone: string | null;
  @Column(textColumn('buyer_email', 200)) buyerEmail: string | null;
  @Column(textColumn('buyer_id', 100)) buyerId: string | null;
  @Column(textColumn('pay_url', 500)) payUrl: string | null;
  @Column(textColumn('qr_url', 500)) qrUrl: string | null;
  @Column(textColumn('receipt_url', 500)) receiptUrl: string | null;
  @Column(textColumn('card_name', 100)) cardName: string | null;
  @Column(textColumn('card_masked_number', 32)) cardMaskedNumber: string | null;
  @Column(textColumn('card_approval_number', 32)) cardApprovalNumber: string | null;
  @Column({ name: 'card_installment_months', type: 'smallint', nullable: true }) cardInstallmentMonths: number | null;
  @Column(textColumn('vbank_name', 64)) vbankName: string | null;
  @Column(textColumn('vbank_account_number', 64)) vbankAccountNumber: string | null;
  @Column(textColumn('memo', 500)) memo: string | null;
  @Column(textColumn('var1', 300)) var1: string | null;
  @Column(textColumn('var2', 300)) var2: string | null;
  @Column({ name: 'billing_key_id', ...idColumn, nullable: true }) billingKeyId: string | null;
  @Column({ name: 'subscription_id', ...idColumn, nullable: true }) subscriptionId: string | null;
  @Column({ type: 'varchar', length: 24 }) source: EventSource;
  @Column(timeColumn('requested_at', true)) requestedAt: Date | null;
  @Column(timeColumn('paid_at', true)) paidAt: Date | null;
  @Column(timeColumn('cancelled_at', true)) cancelledAt: Date | null;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('updated_at')) updatedAt: Date;
}

/**
 * One transition of a payment, written in the same transaction as the payment's new state.
 * `seq` is taken from the event_sequence row at the end of that transaction, so commit order and
 * seq order agree: a subscriber resuming after seq N can never miss an event committed later.
 */
@Entity('payment_events')
export class PaymentEventRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ type: 'bigint', unique: true, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) seq: number;
  @Column({ name: 'payment_id', ...idColumn }) paymentId: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ name: 'from_state', type: 'varchar', length: 24, nullable: true }) from: PaymentState | null;
  @Column({ name: 'to_state', type: 'varchar', length: 24 }) to: PaymentState;
  @Column({ name: 'pay_state', type: 'smallint', nullable: true }) payState: number | null;
  @Column(moneyColumn('amount', true)) amount: number | null;
  @Column({ type: 'varchar', length: 24 }) source: EventSource;
  /** What made the transition unique (e.g. the notice's mul_no and pay_state): repeats are dropped. */
  @Column(textColumn('dedupe_key', 191)) dedupeKey: string | null;
  /** The provider's fields as received (secrets removed), including ones we do not know yet. */
  @Column({ type: 'json', nullable: true }) data: object | null;
  /** What an operator wrote when settling an UNKNOWN outcome (source OPERATOR). */
  @Column(textColumn('note', 1000)) note: string | null;
  @Column(timeColumn('occurred_at')) occurredAt: Date;
}
