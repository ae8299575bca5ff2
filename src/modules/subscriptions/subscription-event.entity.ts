import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, textColumn, timeColumn } from '../../db/columns';
import { EventSource, SubscriptionState } from '../../domain/enums';

/** What happened to a recurring payment. */
export enum SubscriptionEventKind {
  CREATED = 'CREATED',
  /** The buyer approved a PayApp rebill: its first charge was paid. */
  APPROVED = 'APPROVED',
  PAUSED = 'PAUSED',
  RESUMED = 'RESUMED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  CHARGED = 'CHARGED',
  CHARGE_FAILED = 'CHARGE_FAILED',
  /** A charge's outcome is unknown (the provider did not answer); it is never retried blindly. */
  CHARGE_UNKNOWN = 'CHARGE_UNKNOWN',
  /** This service paused it: its key cannot be charged any more (deleted, lost card, …). */
  STOPPED = 'STOPPED',
}

/**
 * One change of a subscription, written in the same transaction as the change. `seq` is taken
 * from the 'subscription_events' sequence row at the end of that transaction: seq order is commit
 * order, as for payment events.
 */
@Entity('subscription_events')
export class SubscriptionEventRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ type: 'bigint', unique: true, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) seq: number;
  @Column({ name: 'subscription_id', ...idColumn }) subscriptionId: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ type: 'varchar', length: 24 }) kind: SubscriptionEventKind;
  @Column({ name: 'from_state', type: 'varchar', length: 24, nullable: true }) from: SubscriptionState | null;
  @Column({ name: 'to_state', type: 'varchar', length: 24 }) to: SubscriptionState;
  @Column({ type: 'varchar', length: 24 }) source: EventSource;
  /** The charge this event is about, if any. */
  @Column({ name: 'payment_id', ...idColumn, nullable: true }) paymentId: string | null;
  /** The cycle date a charge event is about. */
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn: string | null;
  @Column(textColumn('message', 500)) message: string | null;
  /** Unique per subscription: a repeat (a notice sent twice, a charge recorded again) changes nothing. */
  @Column(textColumn('dedupe_key', 191)) dedupeKey: string | null;
  @Column({ type: 'json', nullable: true }) data: object | null;
  @Column(timeColumn('occurred_at')) occurredAt: Date;
}
