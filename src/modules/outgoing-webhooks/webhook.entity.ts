import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, textColumn, timeColumn } from '../../db/columns';
import type { DomainEventType } from '../../events/domain-events';

/** A URL of a seller's (or, with no seller, the platform's) server that receives events. */
@Entity('webhook_endpoints')
export class WebhookEndpointRow {
  @PrimaryColumn(idColumn) id: string;
  /** null: a platform endpoint, which receives every seller's events. */
  @Column({ name: 'seller_id', ...idColumn, nullable: true }) sellerId: string | null;
  @Column({ type: 'varchar', length: 2000 }) url: string;
  /** The event types it wants, comma-separated (payment.state_changed,…). */
  @Column({
    name: 'event_types',
    type: 'varchar',
    length: 200,
    transformer: { to: (types: DomainEventType[]) => types.join(','), from: (text: string) => (text ? text.split(',') : []) as DomainEventType[] },
  })
  eventTypes: DomainEventType[];
  /** The signing secret (whsec_…), sealed with ENCRYPTION_KEY. */
  @Column({ type: 'text' }) secret: string;
  @Column({ type: 'boolean' }) enabled: boolean;
  /** Why it was disabled by the service (e.g. it answered 410 Gone). */
  @Column(textColumn('disabled_reason', 200)) disabledReason: string | null;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('updated_at')) updatedAt: Date;
  @Column(timeColumn('deleted_at', true)) deletedAt: Date | null;
}

export enum DeliveryState {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/**
 * One event for one endpoint, written in the same transaction as the event (the outbox). Its id is
 * the `webhook-id` of every attempt; `body` is fixed at creation, so every attempt sends the same bytes.
 */
@Entity('webhook_deliveries')
export class WebhookDeliveryRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ name: 'endpoint_id', ...idColumn }) endpointId: string;
  /** The seller the event is about (null for none), so that a seller sees only its own. */
  @Column({ name: 'seller_id', ...idColumn, nullable: true }) sellerId: string | null;
  @Column({ name: 'event_type', type: 'varchar', length: 40 }) eventType: DomainEventType;
  @Column({ name: 'event_id', ...idColumn }) eventId: string;
  @Column({ name: 'subject_id', ...idColumn }) subjectId: string;
  @Column({ type: 'mediumtext' }) body: string;
  @Column({ type: 'varchar', length: 16 }) state: DeliveryState;
  @Column({ type: 'int' }) attempts: number;
  /** While PENDING: when it is due; once claimed, the claim's lease. */
  @Column(timeColumn('next_attempt_at', true)) nextAttemptAt: Date | null;
  @Column(textColumn('claimed_by', 32)) claimedBy: string | null;
  @Column(timeColumn('last_attempt_at', true)) lastAttemptAt: Date | null;
  @Column({ name: 'last_status_code', type: 'smallint', nullable: true }) lastStatusCode: number | null;
  @Column(textColumn('last_error', 500)) lastError: string | null;
  @Column(timeColumn('delivered_at', true)) deliveredAt: Date | null;
  @Column(timeColumn('created_at')) createdAt: Date;
}
