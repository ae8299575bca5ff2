import { DataSource, EntityManager } from 'typeorm';
import { nextSeq } from '../../db/event-sequence';
import { fitToColumns } from '../../db/fit-columns';
import { EventSource, SubscriptionState } from '../../domain/enums';
import { canMoveSubscription } from '../../domain/subscription-states';
import type { EventBus } from '../../events/bus';
import type { DomainEvent, DomainEvents } from '../../events/domain-events';
import { newId } from '../../ids';
import type { Logger } from '../../logger';
import { SubscriptionEventKind, SubscriptionEventRow } from './subscription-event.entity';
import { SubscriptionRow } from './subscription.entity';

/** A change of a subscription and the event that records it. */
export interface SubscriptionChange {
  kind: SubscriptionEventKind;
  /** The new state; omitted, the state stays as it is (a charge recorded, a retry planned). */
  to?: SubscriptionState;
  source: EventSource;
  paymentId?: string | null;
  dueOn?: string | null;
  message?: string | null;
  /** Unique per subscription: a repeat with the same key changes nothing. */
  dedupeKey?: string | null;
  data?: object | null;
  /** Other columns that change with it (next charge date, failure message, claim, …). */
  changes?: Partial<SubscriptionRow>;
}

export type SubscriptionDecision = SubscriptionChange | { skip: string };

export interface SubscriptionChangeResult {
  subscription: SubscriptionRow;
  event: SubscriptionEventRow | null;
  skipped?: string;
}

/** What the outside is told of a subscription: never a billing key, never card data. */
function subscriptionStateChanged(event: SubscriptionEventRow, s: SubscriptionRow): DomainEvent {
  return {
    type: 'subscription.state_changed',
    sellerId: s.sellerId,
    eventId: event.id,
    subjectId: s.id,
    occurredAt: event.occurredAt,
    data: {
      id: event.id,
      kind: event.kind,
      from: event.from,
      to: event.to,
      source: event.source,
      paymentId: event.paymentId,
      dueOn: event.dueOn,
      message: event.message,
      occurredAt: event.occurredAt.toISOString(),
      subscription: {
        id: s.id,
        sellerId: s.sellerId,
        provider: s.provider,
        providerSubscriptionId: s.providerSubscriptionId,
        billingKeyId: s.billingKeyId,
        state: s.state,
        amount: s.amount,
        cycle: { unit: s.cycleUnit, dayOfMonth: s.cycleDayOfMonth, dayOfWeek: s.cycleDayOfWeek },
        expiresOn: s.expiresOn,
        nextChargeOn: s.nextChargeOn,
        lastFailureMessage: s.lastFailureMessage,
      },
    },
  };
}

/**
 * The writes of one subscription-ledger transaction: every change of a subscription goes through
 * open() or change(), which lock the row, check the state machine and the dedupe key, and write the
 * change with its event (and its domain event) together.
 */
export class SubscriptionTransaction {
  /** Subscriptions as they stand after each change, with that change's seq, to be published once the transaction commits. */
  readonly changed: { subscription: SubscriptionRow; seq: number }[] = [];

  constructor(
    readonly manager: EntityManager,
    private readonly logger: Logger,
    private readonly domainEvents: DomainEvents,
  ) {}

  lock(subscriptionId: string): Promise<SubscriptionRow | null> {
    return this.manager.getRepository(SubscriptionRow).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :subscriptionId', { subscriptionId }).getOne();
  }

  /** Records a new subscription with its first event. */
  async open(subscription: SubscriptionRow, first: Omit<SubscriptionChange, 'to' | 'changes'>): Promise<SubscriptionEventRow> {
    Object.assign(subscription, fitToColumns(this.manager, SubscriptionRow, subscription));
    await this.manager.insert(SubscriptionRow, subscription);
    return this.appendEvent(subscription, null, first);
  }

  /** Locks the subscription, lets `decide` look at it as committed, and applies the answer. */
  async change(subscriptionId: string, decide: (current: SubscriptionRow) => SubscriptionDecision): Promise<SubscriptionChangeResult> {
    const current = await this.lock(subscriptionId);
    if (!current) throw new Error(`subscription ${subscriptionId} vanished`);
    const decision = decide(current);
    const skipped = (reason: string): SubscriptionChangeResult => {
      this.logger.info({ subscriptionId, reason }, 'subscription change skipped');
      return { subscription: current, event: null, skipped: reason };
    };
    if ('skip' in decision) return skipped(decision.skip);
    const to = decision.to ?? current.state;
    if (!canMoveSubscription(current.state, to)) return skipped(`${current.state} → ${to} is not allowed`);
    if (decision.dedupeKey && (await this.manager.existsBy(SubscriptionEventRow, { subscriptionId, dedupeKey: decision.dedupeKey }))) {
      return skipped(`already recorded (${decision.dedupeKey})`);
    }
    const from = current.state;
    const changes = fitToColumns(this.manager, SubscriptionRow, { ...decision.changes, state: to, updatedAt: new Date() });
    await this.manager.update(SubscriptionRow, { id: subscriptionId }, changes);
    const updated = Object.assign(current, changes);
    const event = await this.appendEvent(updated, from, decision);
    return { subscription: updated, event };
  }

  /** Writes the event; its seq is taken last so that seq order is commit order. */
  private async appendEvent(subscription: SubscriptionRow, from: SubscriptionState | null, c: SubscriptionChange): Promise<SubscriptionEventRow> {
    const seq = await nextSeq(this.manager, 'subscription_events');
    const event = Object.assign(new SubscriptionEventRow(), {
      id: newId('subscriptionEvent'),
      seq,
      subscriptionId: subscription.id,
      sellerId: subscription.sellerId,
      kind: c.kind,
      from,
      to: subscription.state,
      source: c.source,
      paymentId: c.paymentId ?? null,
      dueOn: c.dueOn ?? null,
      message: c.message ?? null,
      dedupeKey: c.dedupeKey ?? null,
      data: c.data ?? null,
      occurredAt: new Date(),
    });
    Object.assign(event, fitToColumns(this.manager, SubscriptionEventRow, event));
    await this.manager.insert(SubscriptionEventRow, event);
    await this.domainEvents.record(this.manager, subscriptionStateChanged(event, subscription));
    this.changed.push({ subscription: { ...subscription }, seq: event.seq });
    return event;
  }
}

/**
 * The one place a subscription changes, used by its mutations, PayApp's rebill notices, billing
 * key deletion and the scheduler alike. Changes are published on the bus after commit.
 */
export class SubscriptionLedger {
  constructor(
    private readonly db: DataSource,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly domainEvents: DomainEvents,
  ) {}

  async write<T>(work: (tx: SubscriptionTransaction) => Promise<T>): Promise<T> {
    let tx: SubscriptionTransaction | undefined;
    const result = await this.db.transaction(async (manager) => {
      tx = new SubscriptionTransaction(manager, this.logger, this.domainEvents);
      return work(tx);
    });
    for (const { subscription, seq } of tx?.changed ?? []) this.bus.publish('subscriptionChanged', { subscriptionId: subscription.id, sellerId: subscription.sellerId, subscription, seq });
    return result;
  }

  change(subscriptionId: string, decide: (current: SubscriptionRow) => SubscriptionDecision): Promise<SubscriptionChangeResult> {
    return this.write((tx) => tx.change(subscriptionId, decide));
  }
}
