import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, timeColumn } from '../../db/columns';
import { Provider } from '../../domain/enums';

/** A merchant of the platform; its provider accounts are SellerAccountRows. */
@Entity('sellers')
export class SellerRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('updated_at')) updatedAt: Date;
}

/**
 * A seller's account at one provider. The account id is plain (notices are matched by it); the
 * secrets beside it are sealed with ENCRYPTION_KEY (see crypto/secret-box.ts) as one JSON object
 * whose names the provider's adapter defines.
 */
@Entity('seller_accounts')
export class SellerAccountRow {
  @PrimaryColumn({ name: 'seller_id', ...idColumn }) sellerId: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) provider: Provider;
  @Column({ name: 'account_id', type: 'varchar', length: 64 }) accountId: string;
  @Column({ type: 'text' }) secret: string;
  @Column(timeColumn('created_at')) createdAt: Date;
}

@Entity('sub_accounts')
export class SubAccountRow {
  @PrimaryColumn({ name: 'seller_id', ...idColumn }) sellerId: string;
  @PrimaryColumn({ name: 'sub_user_id', type: 'varchar', length: 64 }) subUserId: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'int' }) permissions: number;
  @Column(timeColumn('created_at')) createdAt: Date;
}
