import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CashReceiptPurpose, CashReceiptState, Provider, TaxType } from '../../domain/enums';
import { idColumn, moneyColumn, textColumn, timeColumn } from '../../db/columns';

/** A cash receipt issued through PayApp (cashStRegist). */
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
  @Column(moneyColumn('total_amount')) totalAmount: number;
  @Column(moneyColumn('supply_amount')) supplyAmount: number;
  @Column(moneyColumn('service_fee')) serviceFee: number;
  @Column(moneyColumn('vat_amount')) vatAmount: number;
  @Column(timeColumn('traded_at')) tradedAt: Date;
  @Column({ type: 'varchar', length: 16 }) state: CashReceiptState;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('cancelled_at', true)) cancelledAt: Date | null;
}
