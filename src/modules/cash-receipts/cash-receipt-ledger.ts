import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { fitToColumns } from '../../db/fit-columns';
import { CashReceiptState, EventSource, UserErrorCode } from '../../domain/enums';
import type { Refusal } from '../../domain/errors';
import type { DomainEvent, DomainEvents } from '../../events/domain-events';
import { newId } from '../../ids';
import type { Logger } from '../../logger';
import { AbandonedRun, IdempotencyClaim, IdempotencyService } from '../idempotency/idempotency.service';
import { isRefusal } from '../money/provider-refusals';
import { canChange, IN_FLIGHT_STATES, isInFlight } from './cash-receipt-states';
import { CashReceiptEventRow, CashReceiptRow } from './cash-receipt.entity';

/** One state change of a receipt, as a caller decides it. */
export interface ReceiptChange {
  to: CashReceiptState;
  source: EventSource;
  /** Other columns that change with the state (provider ids, cancelledAt, …). */
  changes?: Partial<CashReceiptRow>;
  /** Why the call did not succeed; null clears it; omitted leaves it as it is. */
  failure?: Refusal | null;
  /** What an operator wrote (source OPERATOR). */
  note?: string | null;
  /** The idempotency claim of the call this change starts (to ISSUING or CANCELLING). */
  claim?: IdempotencyClaim;
}

/** What decide() may answer: a change, a refusal judged on the receipt as it is, or null for "nothing to do". */
export type ReceiptDecision = ReceiptChange | Refusal | null;

export interface ChangeResult {
  receipt: CashReceiptRow | null;
  refusal?: Refusal;
}

const ABANDONED = 'The process asking PayApp stopped before it answered; the outcome is unknown';

/** The userError of a call that went unanswered, and how the receipt leaves UNKNOWN. */
export function unknownReceiptRefusal(reason: string, providerReceiptId: string | null): Refusal {
  const way = providerReceiptId
    ? 'cancel it again, or an operator records what PayApp shows (resolveUnknownCashReceipt)'
    : 'an operator records what PayApp shows (resolveUnknownCashReceipt); do not issue it again before that';
  return { field: null, code: UserErrorCode.PROVIDER_UNAVAILABLE, message: `${reason}. The cash receipt is UNKNOWN: ${way}` };
}

const claimLost = (): Refusal => ({ field: ['idempotencyKey'], code: UserErrorCode.IDEMPOTENCY_KEY_IN_USE, message: 'Another request took over this idempotency key; try again shortly' });

class ClaimLost extends Error {}

/** A change as the outside is told about it: never the identity or the buyer. */
function cashReceiptStateChanged(event: CashReceiptEventRow, receipt: CashReceiptRow): DomainEvent {
  return {
    type: 'cash_receipt.state_changed',
    sellerId: receipt.sellerId,
    eventId: event.id,
    subjectId: receipt.id,
    occurredAt: event.occurredAt,
    data: {
      id: event.id,
      from: event.from,
      to: event.to,
      source: event.source,
      occurredAt: event.occurredAt.toISOString(),
      cashReceipt: {
        id: receipt.id,
        sellerId: receipt.sellerId,
        paymentId: receipt.paymentId,
        provider: receipt.provider,
        providerReceiptId: receipt.providerReceiptId,
        approvalNumber: receipt.approvalNumber,
        receiptUrl: receipt.receiptUrl,
        purpose: receipt.purpose,
        taxType: receipt.taxType,
        totalAmount: receipt.totalAmount,
        supplyAmount: receipt.supplyAmount,
        serviceFee: receipt.serviceFee,
        vatAmount: receipt.vatAmount,
        tradedAt: receipt.tradedAt.toISOString(),
        state: receipt.state,
        cancelledAt: receipt.cancelledAt?.toISOString() ?? null,
      },
    },
  };
}

/**
 * The one writer of cash receipt states: each change locks the receipt, checks the state machine,
 * and writes the receipt, its event and the domain event in one transaction. A change into
 * ISSUING or CANCELLING starts a provider call: the receipt takes a lease (and extends the
 * caller's idempotency claim to it), after which any instance settles it UNKNOWN.
 */
export class CashReceiptLedger {
  constructor(
    private readonly db: DataSource,
    private readonly domainEvents: DomainEvents,
    private readonly logger: Logger,
    private readonly leaseMs: number,
  ) {}

  /** Records a new receipt as ISSUING, before the provider is asked to issue it. */
  async open(receipt: CashReceiptRow, change: Omit<ReceiptChange, 'to'>): Promise<CashReceiptRow | Refusal> {
    return this.guardClaim(() =>
      this.db.transaction(async (manager) => {
        const opened = Object.assign(new CashReceiptRow(), receipt, { state: CashReceiptState.ISSUING });
        const event = this.newEvent(opened, null, { ...change, to: CashReceiptState.ISSUING });
        Object.assign(opened, this.callColumns(event));
        await manager.insert(CashReceiptRow, opened);
        await this.record(manager, event, opened, change.claim);
        return opened;
      }),
    );
  }

  /** Locks the receipt and applies what `decide` makes of it as it is now. */
  async change(id: string, decide: (current: CashReceiptRow) => ReceiptDecision): Promise<ChangeResult> {
    const changed = await this.guardClaim(() =>
      this.db.transaction(async (manager): Promise<ChangeResult> => {
        const current = await manager.getRepository(CashReceiptRow).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
        if (!current) return { receipt: null };
        const decision = decide(current);
        if (decision === null) return { receipt: current };
        if (isRefusal(decision)) return { receipt: current, refusal: decision };
        if (!canChange(current.state, decision.to)) throw new Error(`cash receipt ${id}: ${current.state} → ${decision.to} is not a transition`);
        const event = this.newEvent(current, current.state, decision);
        const next = Object.assign(new CashReceiptRow(), current, fitToColumns(manager, CashReceiptRow, decision.changes ?? {}), {
          state: decision.to,
          ...(decision.failure !== undefined && { failure: decision.failure }),
          ...(isInFlight(decision.to) ? this.callColumns(event) : { leaseUntil: null }),
        });
        const { id: _id, ...columns } = next;
        await manager.update(CashReceiptRow, { id }, columns);
        await this.record(manager, event, next, decision.claim);
        return { receipt: next };
      }),
    );
    return isRefusal(changed) ? { receipt: await this.db.getRepository(CashReceiptRow).findOneBy({ id }), refusal: changed } : changed;
  }

  /**
   * A provider call's answer: applied while that call is the receipt's latest and still unsettled
   * (in flight, or made UNKNOWN by its lease); once an operator or a newer call has moved the
   * receipt on, the answer changes nothing.
   */
  async settleCall(id: string, callEventId: string | null, decide: (current: CashReceiptRow) => ReceiptChange): Promise<CashReceiptRow | null> {
    const { receipt } = await this.change(id, (current) => {
      const unsettled = isInFlight(current.state) || current.state === CashReceiptState.UNKNOWN;
      if (current.callEventId !== callEventId || !unsettled) return null;
      const change = decide(current);
      return change.to === current.state ? null : change;
    });
    return receipt;
  }

  /** Settles every call whose lease ran out as UNKNOWN; any instance may run it at any time. */
  async sweep(): Promise<number> {
    const expired = await this.db.getRepository(CashReceiptRow).find({ where: { state: In([...IN_FLIGHT_STATES]), leaseUntil: LessThan(new Date()) }, take: 100 });
    for (const receipt of expired) await this.settleAbandoned(receipt.id);
    return expired.length;
  }

  /**
   * What the idempotency key of a dead run comes to (see IdempotencyService): nothing when no
   * receipt call was recorded under it, 'in-flight' within the call's lease, else the receipt.
   */
  async recoverRun(actorId: string, key: string): Promise<AbandonedRun> {
    const started = await this.db.getRepository(CashReceiptEventRow).findOne({ where: { idempotencyApiKeyId: actorId, idempotencyKey: key }, order: { id: 'DESC' } });
    if (!started) return undefined;
    let receipt = await this.db.getRepository(CashReceiptRow).findOneByOrFail({ id: started.cashReceiptId });
    if (receipt.callEventId === started.id && isInFlight(receipt.state)) {
      if ((receipt.leaseUntil?.getTime() ?? 0) >= Date.now()) return 'in-flight';
      receipt = (await this.settleAbandoned(receipt.id)) ?? receipt;
    }
    return { refs: { cashReceipt: receipt.id }, values: {}, userErrors: receipt.failure ? [receipt.failure] : [] };
  }

  /** Settles an abandoned call UNKNOWN, once, in the name of whoever made it. */
  private async settleAbandoned(id: string): Promise<CashReceiptRow | null> {
    const abandoned = await this.db.getRepository(CashReceiptRow).findOneBy({ id });
    const call = abandoned?.callEventId ? await this.db.getRepository(CashReceiptEventRow).findOneBy({ id: abandoned.callEventId }) : null;
    if (!call) return abandoned;
    const { receipt } = await this.change(id, (current) => {
      if (current.callEventId !== call.id || !isInFlight(current.state) || (current.leaseUntil?.getTime() ?? 0) >= Date.now()) return null;
      this.logger.error({ cashReceiptId: id, state: current.state }, 'cash receipt call abandoned: settled as UNKNOWN');
      return { to: CashReceiptState.UNKNOWN, source: call.source, failure: unknownReceiptRefusal(ABANDONED, current.providerReceiptId) };
    });
    return receipt;
  }

  private newEvent(receipt: CashReceiptRow, from: CashReceiptState | null, change: ReceiptChange): CashReceiptEventRow {
    const failure = change.failure ?? undefined;
    return Object.assign(new CashReceiptEventRow(), {
      id: newId('cashReceiptEvent'),
      cashReceiptId: receipt.id,
      sellerId: receipt.sellerId,
      from,
      to: change.to,
      source: change.source,
      idempotencyApiKeyId: change.claim?.actorId ?? null,
      idempotencyKey: change.claim?.key ?? null,
      data: failure ? { code: failure.code, providerCode: failure.providerCode ?? null, message: failure.message } : null,
      note: change.note ?? null,
      occurredAt: new Date(),
    });
  }

  /** A call starts: the receipt holds a lease and names the event that started it. */
  private callColumns(event: CashReceiptEventRow): Pick<CashReceiptRow, 'leaseUntil' | 'callEventId'> {
    return { leaseUntil: new Date(event.occurredAt.getTime() + this.leaseMs), callEventId: event.id };
  }

  private async record(manager: EntityManager, event: CashReceiptEventRow, receipt: CashReceiptRow, claim: IdempotencyClaim | undefined): Promise<void> {
    if (claim && receipt.leaseUntil && isInFlight(receipt.state) && !(await IdempotencyService.extendClaim(manager, claim, receipt.leaseUntil))) throw new ClaimLost();
    await manager.insert(CashReceiptEventRow, event);
    await this.domainEvents.record(manager, cashReceiptStateChanged(event, receipt));
  }

  private async guardClaim<T>(write: () => Promise<T>): Promise<T | Refusal> {
    try {
      return await write();
    } catch (err) {
      if (err instanceof ClaimLost) return claimLost();
      throw err;
    }
  }
}
