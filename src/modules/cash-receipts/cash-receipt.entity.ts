import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CashReceiptPurpose, CashReceiptState, EventSource, Provider, TaxType } from '../../domain/enums';
import type { Refusal } from '../../domain/errors';
import { idColumn, moneyColumn, textColumn, timeColumn } from '../../db/columns';

/** A cash receipt issued through PayApp (cashStRegist). The buyer's identity is kept masked only. */
@Entity('cash_receipts')
export class CashReceiptRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ name: 'payment_id', ...idColumn, nullable: true }) paymentId: string | null;
  @Column({ type: 'varchar', length: 16 }) provider: Provider;
  @Column(textColumn('provider_receipt_id', 64)) providerReceiptId: string | null;
  @Column(textColumn('approval_number', 64)) approvalNumber: string | null;
  @Column(textColumn('receipt_url', 500)) receiptUrl: string | null;
  @Column({ type: 'varchar', length: 24 }) purpose: CashReceiptPurpose;
  @Column({ name: 'tax_type', type: 'varchar', length: 16 }) taxType: TaxType;
  @Column({ name: 'good_name', type: 'varchar', length: 200 }) goodName: string;
  @Column({ name: 'buyer_name', type: 'varchar', length: 100 }) buyerName: string;
  /** The phone or business number with all but its last four digits hidden. */
  @Column(textColumn('masked_identity', 32)) maskedIdentity: string | null;
  @Column(moneyColumn('total_amount')) totalAmount: number;
  @Column(moneyColumn('supply_amount')) supplyAmount: number;
  @Column(moneyColumn('service_fee')) serviceFee: number;
  @Column(moneyColumn('vat_amount')) vatAmount: number;
  @Column(timeColumn('traded_at')) tradedAt: Date;
  @Column({ type: 'varchar', length: 16 }) state: CashReceiptState;
  /** Why the latest provider call did not succeed (refused, unreachable, unanswered); null after a success. */
  @Column({ type: 'json', nullable: true }) failure: Refusal | null;
  /** The event that started the latest provider call: only that call's answer may settle it. */
  @Column({ name: 'call_event_id', ...idColumn, nullable: true }) callEventId: string | null;
  /** While a call is in flight: when its process is taken for dead and the receipt settled UNKNOWN. */
  @Column(timeColumn('lease_until', true)) leaseUntil: Date | null;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('cancelled_at', true)) cancelledAt: Date | null;
}

/** One state change of a cash receipt, written in the transaction that makes it. */
@Entity('cash_receipt_events')
export class CashReceiptEventRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ name: 'cash_receipt_id', ...idColumn }) cashReceiptId: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ name: 'from_state', type: 'varchar', length: 16, nullable: true }) from: CashReceiptState | null;
  @Column({ name: 'to_state', type: 'varchar', length: 16 }) to: CashReceiptState;
  @Column({ type: 'varchar', length: 24 }) source: EventSource;
  /** The idempotency key of the call this change started, to settle it if its process dies. */
  @Column({ name: 'idempotency_api_key_id', ...idColumn, nullable: true }) idempotencyApiKeyId: string | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 191, nullable: true }) idempotencyKey: string | null;
  /** What the provider said (its code and message), never the identity. */
  @Column({ type: 'json', nullable: true }) data: object | null;
  @Column(textColumn('note', 1000)) note: string | null;
  @Column(timeColumn('occurred_at')) occurredAt: Date;
}
