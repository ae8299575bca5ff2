import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, textColumn, timeColumn } from '../../db/columns';

/**
 * The first outcome of a mutation called with an idempotency key, scoped to the API key.
 * The row is inserted IN_PROGRESS before any provider call (the primary key makes a second
 * concurrent caller fail fast) and holds the response once the call is DONE.
 */
@Entity('idempotency_records')
export class IdempotencyRow {
  @PrimaryColumn({ name: 'api_key_id', ...idColumn }) apiKeyId: string;
  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 191 }) key: string;
  @Column({ type: 'varchar', length: 64 }) operation: string;
  @Column({ name: 'request_hash', type: 'char', length: 64 }) requestHash: string;
  @Column({ type: 'varchar', length: 16 }) status: 'IN_PROGRESS' | 'DONE';
  @Column({ type: 'json', nullable: true }) response: unknown;
  /** Which run holds the key: a later run that took it over fences the earlier one out. */
  @Column(textColumn('owner', 32)) owner: string | null;
  /** While IN_PROGRESS: past this, the process running it is taken for dead (see IdempotencyService). */
  @Column(timeColumn('lease_until', true)) leaseUntil: Date | null;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('updated_at')) updatedAt: Date;
}
