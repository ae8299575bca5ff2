import { DataSource, EntityManager } from 'typeorm';
import { fitToColumns } from '../../db/fit-columns';
import { canTransition } from '../../domain/payment-states';
import { EventSource, PaymentState } from '../../domain/enums';
import type { EventBus } from '../../events/bus';
import type { DomainEvent, DomainEvents } from '../../events/domain-events';
import { newId } from '../../ids';
import type { Logger } from '../../logger';
import type { CommittedPaymentEvent } from './payment-event-feed';
import { PaymentEventRow, PaymentRow } from './payment.entity';

/** A state change and the event that records it. */
export interface Transition {
  to: PaymentState;
  source: EventSource;
  payState?: number | null;
  /** The amount this transition moved (e.g. the cancelled part). */
  amount?: number | null;
  /** Unique per payment: a repeat with the same key (a duplicate notice) changes nothing. */
  dedupeKey?: string | null;
  /** The provider's fields as received, secrets removed. */
  data?: object | null;
  /** What an operator wrote (source OPERATOR). */
  note?: string | null;
  occurredAt?: Date;
  /** Other columns that change with the state (cancelled amount, card details, …). */
  changes?: Partial<PaymentRow>;
}

/** What decide() may answer: a transition, or why nothing should happen. */
export type Decision = Transition | { skip: string };

export interface TransitionResult {
  payment: PaymentRow;
  event: PaymentEventRow | null;
  skipped?: string;
}

/** A payment event as the outside is told about it (RUNTIME.md, "Outgoing webhooks"). */
function paymentStateChanged(event: PaymentEventRow, payment: PaymentRow): DomainEvent {
  return {
    type: 'payment.state_changed',
    sellerId: event.sellerId,
    eventId: event.id,
    subjectId: payment.id,
    occurredAt: event.occurredAt,
    data: {
      id: event.id,
      from: event.fromState,
      to: event.toState,
      payState: event.payState,
      amount: event.amount,
      source: event.source,
      occurredAt: event.occurredAt.toISOString(),
      payment: {
        id: payment.id,
        sellerId: payment.sellerId,
        provider: payment.provider,
        providerPaymentId: payment.providerPaymentId,
        orderId: payment.orderId,
        state: payment.state,
        amount: payment.amount,
        cancelledAmount: payment.cancelledAmount,
        remainingAmount: payment.amount - payment.cancelledAmount,
        currency: payment.currency,
      },
    },
  };
}

/**
 * The writes of one ledger transaction. Every change of a payment goes through open() or
 * transition() here: the row is locked, the change and its event are written together, and the
 * event takes its place in the global event order at the very end of the transaction.
 */
export class LedgerTransaction {
  /** What to publish once this transaction commits: each event with its payment as the event left it. */
  readonly events: CommittedPaymentEvent[] = [];

  constructor(
    readonly manager: EntityManager,
    private readonly logger: Logger,
    private readonly domainEvents: DomainEvents,
  ) {}

  /** The payment, locked until the transaction ends; null when there is none. */
  lock(paymentId: string): Promise<PaymentRow | null> {
    return this.manager.getRepository(PaymentRow).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :paymentId', { paymentId }).getOne();
  }

  /** Records a new payment together with its first event. */
  async open(payment: PaymentRow, first: Omit<Transition, 'to' | 'changes'>): Promise<TransitionResult> {
    Object.assign(payment, fitToColumns(this.manager, PaymentRow, payment));
    await this.manager.insert(PaymentRow, payment);
    const event = await this.appendEvent(payment, null, { ...first, to: payment.state });
    return { payment, event };
  }

  /**
   * Locks the payment, lets `decide` look at its committed state, and applies the answer.
   * A transition the state machine does not allow, or a repeated dedupe key, is skipped.
   */
  async transition(paymentId: string, decide: (current: PaymentRow) => Decision | Promise<Decision>): Promise<TransitionResult> {
    const current = await this.lock(paymentId);
    if (!current) throw new Error(`payment ${paymentId} vanished`);
    const decision = await decide(current);
    const skipped = (reason: string): TransitionResult => {
      this.logger.info({ paymentId, reason }, 'payment transition skipped');
      return { payment: current, event: null, skipped: reason };
    };
    if ('skip' in decision) return skipped(decision.skip);
    if (!canTransition(current.state, decision.to)) return skipped(`${current.state} → ${decision.to} is not a forward transition`);
    if (decision.dedupeKey && (await this.manager.existsBy(PaymentEventRow, { paymentId, dedupeKey: decision.dedupeKey }))) {
      return skipped(`already recorded (${decision.dedupeKey})`);
    }
    const from = current.state;
    const changes = fitToColumns(this.manager, PaymentRow, decision.changes ?? {});
    const updated: PaymentRow = Object.assign(current, changes, { state: decision.to, updatedAt: new Date() });
    if (decision.payState !== undefined) updated.payState = decision.payState;
    await this.manager.update(PaymentRow, { id: paymentId }, { ...changes, state: updated.state, payState: updated.payState, updatedAt: updated.updatedAt });
    const event = await this.appendEvent(updated, from, decision);
    return { payment: updated, event };
  }

  /** Writes the event; its seq is taken last so that seq order is commit order (see PaymentEventRow). */
  private async appendEvent(payment: PaymentRow, from: PaymentState | null, t: Transition): Promise<PaymentEventRow> {
    await this.manager.query("UPDATE event_sequence SET value = LAST_INSERT_ID(value + 1) WHERE name = 'payment_events'");
    const [{ seq }] = await this.manager.query('SELECT LAST_INSERT_ID() AS seq');
    const event = Object.assign(new PaymentEventRow(), {
      id: newId('paymentEvent'),
      seq: Number(seq),
      paymentId: payment.id,
      sellerId: payment.sellerId,
      fromState: from,
      toState: t.to,
      payState: t.payState ?? null,
      amount: t.amount ?? null,
      source: t.source,
      dedupeKey: t.dedupeKey ?? null,
      data: t.data ?? null,
      note: t.note ?? null,
      occurredAt: t.occurredAt ?? new Date(),
    });
    await this.manager.insert(PaymentEventRow, event);
    await this.domainEvents.record(this.manager, paymentStateChanged(event, payment));
    this.events.push({ ...event, payment: { ...payment } });
    return event;
  }
}

/**
 * The one place a payment changes state, used by mutations, provider notices, the money
 * protocol's recovery and operators alike. Events are published on the bus after commit.
 */
export class PaymentLedger {
  constructor(
    private readonly db: DataSource,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly domainEvents: DomainEvents,
  ) {}

  /** Runs `work` in one short transaction; the events it appended are published once it commits. */
  async write<T>(work: (tx: LedgerTransaction) => Promise<T>): Promise<T> {
    let tx: LedgerTransaction | undefined;
    const result = await this.db.transaction(async (manager) => {
      tx = new LedgerTransaction(manager, this.logger, this.domainEvents);
      return work(tx);
    });
    for (const event of tx?.events ?? []) this.bus.publish('paymentEvent', event);
    return result;
  }

  /** Records a new payment together with its first event. */
  open(payment: PaymentRow, first: Omit<Transition, 'to' | 'changes'>): Promise<TransitionResult> {
    return this.write((tx) => tx.open(payment, first));
  }

  transition(paymentId: string, decide: (current: PaymentRow) => Decision | Promise<Decision>): Promise<TransitionResult> {
    return this.write((tx) => tx.transition(paymentId, decide));
  }
}
