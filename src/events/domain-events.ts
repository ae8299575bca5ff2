import type { EntityManager } from 'typeorm';

/** The kinds of change the product tells the outside about (webhook event types use these names). */
export type DomainEventType = 'payment.state_changed' | 'subscription.state_changed' | 'billing_key.state_changed' | 'cash_receipt.state_changed';

/**
 * One committed change, as the outside is told about it. Written in the same transaction as the
 * change itself, so that whatever a sink keeps of it (an outbox row for webhooks) commits with it.
 */
export interface DomainEvent {
  type: DomainEventType;
  /** The seller the changed object belongs to. */
  sellerId: string;
  /** The event's own id (e.g. a PaymentEvent's pev_…): unique per change. */
  eventId: string;
  /** The object that changed (pay_…, sub_…, bk_…, cr_…). */
  subjectId: string;
  occurredAt: Date;
  /** The JSON the outside receives: the change and the object as it is after it (never secrets, never card data). */
  data: Record<string, unknown>;
}

/** Keeps something of each event inside the transaction that makes it (e.g. webhook deliveries). */
export interface DomainEventSink {
  record(manager: EntityManager, event: DomainEvent): Promise<void>;
}

/** Where every ledger (payments, subscriptions, billing keys, cash receipts) reports its events. */
export class DomainEvents {
  private readonly sinks: DomainEventSink[] = [];

  addSink(sink: DomainEventSink): void {
    this.sinks.push(sink);
  }

  /** Call inside the transaction that makes the change. */
  async record(manager: EntityManager, event: DomainEvent): Promise<void> {
    for (const sink of this.sinks) await sink.record(manager, event);
  }
}
