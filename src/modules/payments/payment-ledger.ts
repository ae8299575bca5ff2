import { DataSource, EntityManager } from 'typeorm';
import { DRAWN_SEQ, queueNextSeq } from '../../db/event-sequence';
import { insertRow, queueUpdate } from '../../db/row-write';
import { transactionHoldingWrites } from '../../db/write-batch';
import { fitToColumns } from '../../db/fit-columns';
import { rowSelect } from '../../db/row-select';
import { canTransition } from '../../domain/payment-states';
import { EventSource, PaymentState, Provider } from '../../domain/enums';
import type { EventBus } from '../../events/bus';
import type { DomainEvent, DomainEvents } from '../../events/domain-events';
import { newId } from '../../ids';
import type { Logger } from '../../logger';
import { countPaymentChange } from './payment-counts';
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
      from: event.from,
      to: event.to,
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

  /** The payments this transaction has locked or written, as they now stand. */
  readonly payments = new Map<string, PaymentRow>();
  /** Dedupe keys found unrecorded under the payment's lock: nobody else can record them before commit. */
  private readonly unrecorded = new Set<string>();

  /** The payment, locked until the transaction ends; null when there is none. Locked once per transaction. */
  async lock(paymentId: string): Promise<PaymentRow | null> {
    return this.payments.get(paymentId) ?? this.locked('t.id = ?', [paymentId]);
  }

  /** The seller's payment with this provider number, locked; null when there is none. */
  lockByProviderNumber(sellerId: string, provider: Provider, providerPaymentId: string): Promise<PaymentRow | null> {
    return this.locked('t.seller_id = ? AND t.provider = ? AND t.provider_payment_id = ?', [sellerId, provider, providerPaymentId]);
  }

  private async locked(condition: string, params: unknown[]): Promise<PaymentRow | null> {
    const select = rowSelect(this.manager.connection, PaymentRow);
    const [row]: Record<string, unknown>[] = await this.manager.query(`SELECT ${select.sql} FROM \`payments\` t WHERE ${condition} FOR UPDATE`, params);
    const payment = row ? select.decode(row) : null;
    if (payment) this.payments.set(payment.id, payment);
    return payment;
  }

  /** Gives a recorded event another dedupe key (a notice taking over the event of the API call it confirms). */
  async rekeyEvent(event: { id: string; paymentId: string }, dedupeKey: string, payState: number | null): Promise<void> {
    await queueUpdate(this.manager, PaymentEventRow, { id: event.id }, { dedupeKey, payState });
    this.unrecorded.delete(`${event.paymentId}\n${dedupeKey}`);
  }

  /** Whether the payment has an event with this dedupe key; call with the payment locked. */
  async isRecorded(paymentId: string, dedupeKey: string): Promise<boolean> {
    const key = `${paymentId}\n${dedupeKey}`;
    if (this.unrecorded.has(key)) return false;
    const recorded = (await this.manager.query('SELECT 1 FROM payment_events WHERE payment_id = ? AND dedupe_key = ? LIMIT 1', [paymentId, dedupeKey])).length > 0;
    if (!recorded) this.unrecorded.add(key);
    return recorded;
  }

  /** Records a new payment together with its first event. */
  async open(payment: PaymentRow, first: Omit<Transition, 'to' | 'changes'>): Promise<TransitionResult> {
    Object.assign(payment, fitToColumns(this.manager, PaymentRow, payment));
    await insertRow(this.manager, PaymentRow, payment);
    this.payments.set(payment.id, payment);
    const event = await this.appendEvent(payment, null, { ...first, to: payment.state });
    await countPaymentChange(this.manager, null, payment);
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
    if (decision.dedupeKey && (await this.isRecorded(paymentId, decision.dedupeKey))) {
      return skipped(`already recorded (${decision.dedupeKey})`);
    }
    const from = current.state;
    const counted = { sellerId: current.sellerId, state: current.state, provider: current.provider, method: current.method };
    const changes = fitToColumns(this.manager, PaymentRow, decision.changes ?? {});
    const updated: PaymentRow = Object.assign(current, changes, { state: decision.to, updatedAt: new Date() });
    if (decision.payState !== undefined) updated.payState = decision.payState;
    await queueUpdate(this.manager, PaymentRow, { id: paymentId }, { ...changes, state: updated.state, payState: updated.payState, updatedAt: updated.updatedAt });
    const event = await this.appendEvent(updated, from, decision);
    await countPaymentChange(this.manager, counted, updated);
    return { payment: updated, event };
  }

  /**
   * Writes the event; its seq is drawn last so that seq order is commit order (see PaymentEventRow),
   * by a held statement whose number the event row takes in the database: it is known here once
   * the transaction's statements have been sent, at the latest when it commits.
   */
  private async appendEvent(payment: PaymentRow, from: PaymentState | null, t: Transition): Promise<PaymentEventRow> {
    const event = Object.assign(new PaymentEventRow(), {
      id: newId('paymentEvent'),
      seq: 0,
      paymentId: payment.id,
      sellerId: payment.sellerId,
      from,
      to: t.to,
      payState: t.payState ?? null,
      amount: t.amount ?? null,
      source: t.source,
      dedupeKey: t.dedupeKey ?? null,
      data: t.data ?? null,
      note: t.note ?? null,
      occurredAt: t.occurredAt ?? new Date(),
    });
    const committed: CommittedPaymentEvent = { ...event, payment: { ...payment } };
    await queueNextSeq(this.manager, 'payment_events', (seq) => {
      event.seq = seq;
      committed.seq = seq;
    });
    await insertRow(this.manager, PaymentEventRow, { ...event, seq: DRAWN_SEQ as unknown as number });
    if (event.dedupeKey) this.unrecorded.delete(`${payment.id}\n${event.dedupeKey}`);
    await this.domainEvents.record(this.manager, paymentStateChanged(event, payment));
    this.events.push(committed);
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
    const result = await transactionHoldingWrites(this.db, async (manager) => {
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
