import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { canTransition } from '../../domain/payment-states';
import { EventSource, PaymentState } from '../../domain/enums';
import type { EventBus } from '../../events/bus';
import { newId } from '../../ids';
import type { Logger } from '../../logger';
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

/** How long a money movement waits for another one on the same payment to finish. */
const MONEY_LOCK_TIMEOUT_S = 60;

/**
 * The one place a payment changes state, used by mutations and provider notices alike: the row is
 * locked, the change and its event are written in one transaction, the event takes its place in
 * the global event order at the very end of that transaction, and it is published after commit.
 */
export class PaymentLedger {
  constructor(private readonly db: DataSource, private readonly bus: EventBus, private readonly logger: Logger) {}

  /** Records a new payment together with its first event. */
  async open(payment: PaymentRow, first: Omit<Transition, 'to' | 'changes'>, runner?: QueryRunner): Promise<TransitionResult> {
    const event = await this.inTransaction(runner, async (manager) => {
      await manager.insert(PaymentRow, payment);
      return this.appendEvent(manager, payment, null, { ...first, to: payment.state });
    });
    this.publish(event);
    return { payment, event };
  }

  /**
   * Locks the payment, lets `decide` look at its committed state, and applies the answer.
   * A transition the state machine does not allow, or a repeated dedupe key, is skipped.
   */
  async transition(paymentId: string, decide: (current: PaymentRow) => Decision | Promise<Decision>, runner?: QueryRunner): Promise<TransitionResult> {
    const result = await this.inTransaction(runner, async (manager): Promise<TransitionResult> => {
      const current = await manager.getRepository(PaymentRow).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :paymentId', { paymentId }).getOne();
      if (!current) throw new Error(`payment ${paymentId} vanished`);
      const decision = await decide(current);
      if ('skip' in decision) return { payment: current, event: null, skipped: decision.skip };
      if (!canTransition(current.state, decision.to)) return { payment: current, event: null, skipped: `${current.state} → ${decision.to} is not a forward transition` };
      if (decision.dedupeKey && (await manager.existsBy(PaymentEventRow, { paymentId, dedupeKey: decision.dedupeKey }))) {
        return { payment: current, event: null, skipped: `already recorded (${decision.dedupeKey})` };
      }
      const from = current.state;
      const updated: PaymentRow = Object.assign(current, decision.changes ?? {}, { state: decision.to, updatedAt: new Date() });
      if (decision.payState !== undefined) updated.payState = decision.payState;
      await manager.update(PaymentRow, { id: paymentId }, { ...decision.changes, state: updated.state, payState: updated.payState, updatedAt: updated.updatedAt });
      const event = await this.appendEvent(manager, updated, from, decision);
      return { payment: updated, event };
    });
    if (result.event) this.publish(result.event);
    else this.logger.info({ paymentId, reason: result.skipped }, 'payment transition skipped');
    return result;
  }

  /**
   * Runs `fn` holding the payment's money-movement lock, so that two cancels of one payment never
   * overlap (across processes: it is a database lock). `fn` gets the lock's connection; pass it to
   * transition() so the write happens on it too and the pool cannot run dry under contention.
   */
  async withMoneyLock<T>(paymentId: string, fn: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [row] = await runner.query('SELECT GET_LOCK(?, ?) AS got', [`payment:${paymentId}`, MONEY_LOCK_TIMEOUT_S]);
      if (Number(row.got) !== 1) throw new Error(`timed out waiting for the money lock of ${paymentId}`);
      try {
        return await fn(runner);
      } finally {
        await runner.query('SELECT RELEASE_LOCK(?)', [`payment:${paymentId}`]);
      }
    } finally {
      await runner.release();
    }
  }

  private async inTransaction<T>(runner: QueryRunner | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!runner) return this.db.transaction(work);
    await runner.startTransaction();
    try {
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (err) {
      await runner.rollbackTransaction();
      throw err;
    }
  }

  /** Writes the event; its seq is taken last so that seq order is commit order (see PaymentEventRow). */
  private async appendEvent(manager: EntityManager, payment: PaymentRow, from: PaymentState | null, t: Transition): Promise<PaymentEventRow> {
    await manager.query("UPDATE event_sequence SET value = LAST_INSERT_ID(value + 1) WHERE name = 'payment_events'");
    const [{ seq }] = await manager.query('SELECT LAST_INSERT_ID() AS seq');
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
      occurredAt: t.occurredAt ?? new Date(),
    });
    await manager.insert(PaymentEventRow, event);
    return event;
  }

  private publish(event: PaymentEventRow): void {
    this.bus.publish('paymentEvent', event);
  }
}
