import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ApiKeyRole } from '../../domain/enums';
import { idColumn, timeColumn } from '../../db/columns';

/** An API key. Only the SHA-256 of its secret is kept; the secret is shown once. */
@Entity('api_keys')
export class ApiKeyRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 16 }) role: ApiKeyRole;
  @Column({ name: 'seller_id', ...idColumn, nullable: true }) sellerId: string | null;
  @Column({ name: 'secret_hash', type: 'char', length: 64 }) secretHash: string;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('revoked_at', true)) revokedAt: Date | null;
}
