import { Column, Entity, PrimaryColumn } from 'typeorm';
import { BillingKeyMethod, BillingKeyState, Provider } from '../../domain/enums';
import { idColumn, moneyColumn, textColumn, timeColumn } from '../../db/columns';

/** A stored card or phone at a provider. The provider's key charges money, so it is sealed. */
@Entity('billing_keys')
export class BillingKeyRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ type: 'varchar', length: 16 }) provider: Provider;
  @Column({ type: 'varchar', length: 16 }) method: BillingKeyMethod;
  @Column({ name: 'provider_key_secret', type: 'text' }) providerKeySecret: string;
  @Column(textColumn('masked_card_number', 32)) maskedCardNumber: string | null;
  @Column(textColumn('card_name', 100)) cardName: string | null;
  @Column(textColumn('buyer_name', 100)) buyerName: string | null;
  @Column(textColumn('buyer_phone', 32)) buyerPhone: string | null;
  @Column(textColumn('buyer_email', 200)) buyerEmail: string | null;
  @Column(textColumn('buyer_id', 100)) buyerId: string | null;
  @Column({ type: 'varchar', length: 16 }) state: BillingKeyState;
  /** A key issued for one fixed charge (Welcome phone billing): the only amount it may be charged. */
  @Column(moneyColumn('fixed_amount', true)) fixedAmount: number | null;
  /** When the provider issued a fixed-charge key (Asia/Seoul, 'YYYY-MM-DD'): its monthly charge date. */
  @Column({ name: 'issued_on', type: 'date', nullable: true }) issuedOn: string | null;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('deleted_at', true)) deletedAt: Date | null;
}
