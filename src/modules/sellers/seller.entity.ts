import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, textColumn, timeColumn } from '../../db/columns';

/**
 * A merchant of the platform. Provider account ids are plain (notices are matched by them);
 * the secrets beside them are sealed with ENCRYPTION_KEY (see crypto/secretBox.ts).
 */
@Entity('sellers')
export class SellerRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column(textColumn('payapp_user_id', 64)) payappUserId: string | null;
  @Column({ name: 'payapp_secret', type: 'text', nullable: true }) payappSecret: string | null;
  @Column(textColumn('welcome_mid', 64)) welcomeMid: string | null;
  @Column({ name: 'welcome_secret', type: 'text', nullable: true }) welcomeSecret: string | null;
  @Column(textColumn('payup_merchant_id', 64)) payupMerchantId: string | null;
  @Column({ name: 'payup_secret', type: 'text', nullable: true }) payupSecret: string | null;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('updated_at')) updatedAt: Date;
}

@Entity('sub_accounts')
export class SubAccountRow {
  @PrimaryColumn({ name: 'seller_id', ...idColumn }) sellerId: string;
  @PrimaryColumn({ name: 'sub_user_id', type: 'varchar', length: 64 }) subUserId: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'int' }) permissions: number;
  @Column(timeColumn('created_at')) createdAt: Date;
}
