import { DataSource, LessThan } from 'typeorm';
import { insertRow, updateRows } from '../../db/row-write';
import { EventSource, PaymentState, UserErrorCode } from '../../domain/enums';
import { InputError, Refusal } from '../../domain/errors';
import { newId } from '../../ids';
import type { Logger } from '../../logger';
import { ProviderResult, unavailable } from '../../providers/types';
import { AbandonedRun, IdempotencyClaim, IdempotencyService } from '../idempotency/idempotency.service';
import { newPaymentRow, NewPaymentFields } from '../payments/new-payment';
import { LedgerTransaction, PaymentLedger } from '../payments/payment-ledger';
import { PaymentRow } from '../payments/payment.entity';
import { MoneyMovementRow, MovementKind, MovementOutcome, MovementState } from './money-movement.entity';
import { isRefusal, unknownOutcomeRefusal } from './provider-refusals';

/** What is about to be asked of which provider, for which payment, by whom. */
export interface MovementIntent {
  paymentId: string;
  sellerId: string;
  provider: PaymentRow['provider'];
  kind: MovementKind;
  amount: number | null;
  source: EventSource;
  /**
   * What was asked, in domain terms and never card data. A pay request keeps `payment` here: the
   * fields of the payment it opens, so that recovery can record it UNKNOWN if its process dies.
   */
  details?: { payment?: NewPaymentFields } & object;
  /**
   * The payment does not exist yet (a pay request, a new charge): nothing to lock. Locking a row
   * that does not exist would take a gap lock that concurrent new payments deadlock on.
   */
  opensPayment?: boolean;
}

/** One call that can move money, as MoneyMovements.move() runs it. */
export interface Movement<A> {
  intent: MovementIntent;
  claim?: IdempotencyClaim;
  /** In the intent's transaction, with the payment locked: refuse on its current state, or write (open the payment). */
  prepare?: (tx: LedgerTransaction, payment: PaymentRow | null) => Promise<Refusal | void>;
  /** The provider call; no database connection is held while it runs. */
  call: () => Promise<ProviderResult<A>>;
  /** Writes the answer through the ledger, in the transaction that settles the movement (never when a notice confirmed it). */
  apply: (tx: LedgerTransaction, result: ProviderResult<A>, movement: MoneyMovementRow, settlement: Exclude<Settlement, 'confirmed'>) => Promise<void>;
}

export type MoveResult<A> =
  | { refusal: Refusal }
  /**
   * `confirmed`: the provider's notice reported the movement done before its own answer was recorded.
   * `payment`: the payment as the settling transaction left it, when that transaction read or wrote it.
   */
  | { result: ProviderResult<A>; movement: MoneyMovementRow; confirmed: boolean; payment?: PaymentRow };

/** How a movement's answer met the movement when it was recorded. */
export type Settlement =
  /** Ours to apply: the movement was still in flight. */
  | 'owned'
  /** Ours to apply, over what a recovery recorded meanwhile (it settled the movement UNKNOWN, taking its process for dead). */
  | 'recovered'
  /** A provider notice reported (and applied) this very movement first: nothing more to apply. */
  | 'confirmed';

/** How long a money movement waits for another one on the same payment before giving up. */
const SLOT_WAIT_MS = 10_000;
const SLOT_POLL_MS = [25, 50, 100, 200, 400];

const ABANDONED = 'The process making this call stopped before the provider answered; the outcome is unknown';

class ClaimLost extends Error {}

const busy = (): Refusal => ({ field: null, code: UserErrorCode.INVALID_STATE, message: 'Another money movement on this payment is still in flight; try again shortly' });
const claimLost = (): Refusal => ({ field: ['idempotencyKey'], code: UserErrorCode.IDEMPOTENCY_KEY_IN_USE, message: 'Another request took over this idempotency key; try again shortly' });

function isActiveSlotTaken(err: unknown): boolean {
  return (err as { code?: string }).code === 'ER_DUP_ENTRY' && String((err as Error).message).includes('uq_money_movements_active');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The movement state a provider result settles into. */
export function movementStateOf(result: ProviderResult<unknown>): MovementState {
  switch (result.kind) {
    case 'ok':
      return MovementState.SUCCEEDED;
    case 'refused':
      return MovementState.REFUSED;
    case 'unavailable':
      return MovementState.NOT_SENT;
    case 'unknown':
      return MovementState.UNKNOWN;
  }
}

function outcomeOf(result: ProviderResult<unknown>): MovementOutcome | null {
  switch (result.kind) {
    case 'ok':
      return null;
    case 'refused':
      return { message: result.message, providerCode: result.providerCode, errorCode: result.errorCode };
    default:
      return { message: result.message };
  }
}

/**
 * The money-movement protocol's records. Every call that can move money is recorded first, in its
 * own committed transaction (the intent), holding its payment's one movement slot; the provider
 * is called with no database connection held; the answer is recorded with the payment's change
 * in one transaction. A movement whose process died is settled as UNKNOWN by any instance once its
 * lease has run out, so nothing is ever stuck and nothing is ever guessed.
 */
export class MoneyMovements {
  constructor(
    private readonly db: DataSource,
    private readonly ledger: PaymentLedger,
    private readonly logger: Logger,
    private readonly leaseMs: number,
  ) {}

  /**
   * Records the intent and takes the payment's movement slot, waiting (without holding a
   * connection) while another movement holds it. `prepare` runs in the same transaction, with the
   * payment locked when it exists: it may refuse (judged on the payment as it is now) or write
   * (e.g. open the payment a charge is for).
   */
  async begin(intent: MovementIntent, claim: IdempotencyClaim | undefined, prepare?: (tx: LedgerTransaction, payment: PaymentRow | null) => Promise<Refusal | void>): Promise<MoneyMovementRow | Refusal> {
    const deadline = Date.now() + SLOT_WAIT_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        if (!prepare && !claim) {
          // The intent's INSERT is all there is to write, and atomic on its own: no transaction around it.
          const movement = this.newMovement(intent, claim);
          await insertRow(this.db.manager, MoneyMovementRow, movement);
          return movement;
        }
        return await this.ledger.write(async (tx) => {
          const refusal = await prepare?.(tx, intent.opensPayment ? null : await tx.lock(intent.paymentId));
          if (refusal) return refusal;
          // Made after prepare, which may have settled what exactly is asked (e.g. the amount).
          const movement = this.newMovement(intent, claim);
          if (claim && !(await IdempotencyService.extendClaim(tx.manager, claim, movement.leaseUntil))) throw new ClaimLost();
          await insertRow(tx.manager, MoneyMovementRow, movement);
          return movement;
        });
      } catch (err) {
        if (err instanceof ClaimLost) return claimLost();
        if (!isActiveSlotTaken(err)) throw err;
      }
      const holder = await this.db.getRepository(MoneyMovementRow).findOneBy({ activePaymentId: intent.paymentId });
      if (holder && holder.leaseUntil.getTime() < Date.now()) await this.settleAbandoned(holder);
      else if (Date.now() > deadline) return busy();
      else await sleep(SLOT_POLL_MS[Math.min(attempt, SLOT_POLL_MS.length - 1)]);
    }
  }

  /** The intent's record: in flight, holding the payment's movement slot until its lease runs out. */
  private newMovement(intent: MovementIntent, claim: IdempotencyClaim | undefined): MoneyMovementRow {
    const { opensPayment: _opens, ...fields } = intent;
    const now = new Date();
    return Object.assign(new MoneyMovementRow(), {
      id: newId('movement'),
      ...fields,
      details: intent.details ?? null,
      state: MovementState.IN_FLIGHT,
      activePaymentId: intent.paymentId,
      idempotencyApiKeyId: claim?.actorId ?? null,
      idempotencyKey: claim?.key ?? null,
      outcome: null,
      leaseUntil: new Date(now.getTime() + this.leaseMs),
      createdAt: now,
      updatedAt: now,
    });
  }

  /**
   * The whole protocol for one call: the intent first (begin), then the call with no connection
   * held, then the answer and the payment's change in one transaction — unless a notice applied
   * it first. Input the provider's rules refuse was never sent (NOT_SENT); any other failure of the
   * call leaves the movement in flight, for its lease to settle it as UNKNOWN.
   */
  async move<A>(movement: Movement<A>): Promise<MoveResult<A>> {
    const begun = await this.begin(movement.intent, movement.claim, movement.prepare);
    if (isRefusal(begun)) return { refusal: begun };
    let result: ProviderResult<A>;
    try {
      result = await movement.call();
    } catch (err) {
      if (err instanceof InputError) await this.ledger.write((tx) => this.settle(tx, begun, unavailable('refused by the provider\'s input rules before sending')));
      throw err;
    }
    const { settlement, payment } = await this.ledger.write(async (tx) => {
      const settled = await this.settle(tx, begun, result);
      if (settled !== 'confirmed') await movement.apply(tx, result, begun, settled);
      return { settlement: settled, payment: tx.payments.get(begun.paymentId) };
    });
    return { result, movement: begun, confirmed: settlement === 'confirmed', payment };
  }

  /**
   * Records a movement's answer inside the transaction that applies it to the payment. A notice
   * may have confirmed the movement first ('confirmed': nothing more to apply); a recovery may have
   * settled it UNKNOWN meanwhile, and the real answer then replaces that.
   */
  async settle(tx: LedgerTransaction, movement: MoneyMovementRow, result: ProviderResult<unknown>): Promise<Settlement> {
    // The payment first, then the movement: the order notices take too (see confirmInFlight).
    if (movement.kind !== MovementKind.PAY_REQUEST) await tx.lock(movement.paymentId);
    const answer = { state: movementStateOf(result), outcome: outcomeOf(result), activePaymentId: null, updatedAt: new Date() };
    // Usually still in flight and nobody else's business: one statement records the answer.
    if (await updateRows(tx.manager, MoneyMovementRow, { id: movement.id, state: MovementState.IN_FLIGHT }, answer)) return 'owned';
    const current = await tx.manager.getRepository(MoneyMovementRow).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id: movement.id }).getOneOrFail();
    if (current.outcome?.confirmedBy) return 'confirmed';
    await updateRows(tx.manager, MoneyMovementRow, { id: movement.id }, answer);
    return 'recovered';
  }

  /**
   * A provider notice about the payment's in-flight movement (a cancel PayApp reports before our
   * call returns): the movement is marked confirmed by it, so its own answer is not applied twice.
   */
  async confirmInFlight(tx: LedgerTransaction, paymentId: string, matches: (movement: MoneyMovementRow) => boolean, confirmedBy: string): Promise<boolean> {
    const inFlight = await tx.manager.getRepository(MoneyMovementRow).createQueryBuilder('m').setLock('pessimistic_write').where('m.active_payment_id = :paymentId', { paymentId }).getOne();
    if (!inFlight || !matches(inFlight)) return false;
    await updateRows(tx.manager, MoneyMovementRow, { id: inFlight.id }, { state: MovementState.SUCCEEDED, outcome: { confirmedBy }, activePaymentId: null, updatedAt: new Date() });
    return true;
  }

  /** Settles every movement whose lease ran out; any instance may run it at any time. */
  async sweep(): Promise<number> {
    const expired = await this.db.getRepository(MoneyMovementRow).find({ where: { state: MovementState.IN_FLIGHT, leaseUntil: LessThan(new Date()) }, order: { leaseUntil: 'ASC' }, take: 100 });
    for (const movement of expired) await this.settleAbandoned(movement);
    return expired.length;
  }

  /**
   * What the idempotency key of a dead run comes to (see IdempotencyService): nothing, when it
   * never recorded a movement or sent nothing; 'in-flight' within the movement's lease; else the
   * payment and what is known of the movement.
   */
  async recoverRun(actorId: string, key: string): Promise<AbandonedRun> {
    const repo = this.db.getRepository(MoneyMovementRow);
    let movement = await repo.findOne({ where: { idempotencyApiKeyId: actorId, idempotencyKey: key }, order: { id: 'DESC' } });
    if (!movement || movement.state === MovementState.NOT_SENT) return undefined;
    if (movement.state === MovementState.IN_FLIGHT) {
      if (movement.leaseUntil.getTime() >= Date.now()) return 'in-flight';
      await this.settleAbandoned(movement);
      movement = await repo.findOneByOrFail({ id: movement.id });
    }
    const payment = await this.db.getRepository(PaymentRow).findOneBy({ id: movement.paymentId });
    return { refs: payment ? { payment: payment.id } : {}, values: payment ? {} : { payment: null }, userErrors: refusalsOf(movement) };
  }

  /** Settles one abandoned movement as UNKNOWN (once, whoever gets there first). */
  private async settleAbandoned(movement: MoneyMovementRow): Promise<void> {
    await this.ledger.write(async (tx) => {
      const opensPayment = movement.kind === MovementKind.PAY_REQUEST;
      if (!opensPayment) await tx.lock(movement.paymentId);
      const claimed = await tx.manager.update(
        MoneyMovementRow,
        { id: movement.id, state: MovementState.IN_FLIGHT, leaseUntil: LessThan(new Date()) },
        { state: MovementState.UNKNOWN, activePaymentId: null, outcome: { message: ABANDONED }, updatedAt: new Date() },
      );
      if (!claimed.affected) return;
      this.logger.error({ movementId: movement.id, paymentId: movement.paymentId, kind: movement.kind }, 'money movement abandoned: settled as UNKNOWN');
      const data = { reason: ABANDONED, operation: movement.kind, movementId: movement.id };
      switch (movement.kind) {
        case MovementKind.CANCEL_REQUEST:
          return; // it only asked: the provider's notice will move the money
        case MovementKind.PAY_REQUEST: {
          // A notice that came first has opened the payment already: then nothing is unknown.
          const fields = (movement.details as MovementIntent['details'])?.payment;
          if (fields && !(await tx.manager.existsBy(PaymentRow, { id: movement.paymentId }))) {
            await tx.open(newPaymentRow({ ...intendedPayment(fields), id: movement.paymentId, state: PaymentState.UNKNOWN, payState: null }), { source: movement.source, amount: movement.amount, data });
          }
          return;
        }
        default:
          await tx.transition(movement.paymentId, () => ({ to: PaymentState.UNKNOWN, source: movement.source, amount: movement.amount, data }));
      }
    });
  }
}

/** The userErrors a finished movement stands for, for an idempotent replay. */
function refusalsOf(movement: MoneyMovementRow): Refusal[] {
  const outcome = movement.outcome ?? {};
  switch (movement.state) {
    case MovementState.REFUSED:
      return [{ field: null, code: outcome.errorCode ?? UserErrorCode.PROVIDER_REJECTED, providerCode: outcome.providerCode ?? null, message: outcome.message ?? 'The provider refused the request' }];
    case MovementState.UNKNOWN:
      return [unknownOutcomeRefusal(outcome.message ?? ABANDONED)];
    default:
      return [];
  }
}

/** The payment a pay request's intent describes; JSON turned its date into a string. */
export function intendedPayment(fields: NewPaymentFields): NewPaymentFields {
  return { ...fields, requestedAt: fields.requestedAt ? new Date(fields.requestedAt) : null };
}
