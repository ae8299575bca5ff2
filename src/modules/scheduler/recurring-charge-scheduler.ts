import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Clock } from '../../clock';
import { CalendarDate, kstDateOf, kstStartOf } from '../../domain/calendar';
import { PaymentState, SubscriptionState, UserErrorCode } from '../../domain/enums';
import { InputError, Refusal } from '../../domain/errors';
import { LIVE_SUBSCRIPTION_STATES } from '../../domain/subscription-states';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import { SCHEDULER_ACTOR } from '../auth/actor';
import type { BillingKeyCharges } from '../billing-keys/billing-key-charges';
import { IdempotencyConflict, IdempotencyService } from '../idempotency/idempotency.service';
import type { ProviderAccess } from '../money/provider-access';
import { isRefusal } from '../money/provider-refusals';
import type { PaymentOutcome } from '../payments/payment.commands';
import { PaymentRow } from '../payments/payment.entity';
import { NOT_CHARGING, scheduledCharge } from '../subscriptions/charge-schedule';
import { afterScheduledCharge, ClaimedCharge, ScheduledChargeOutcome } from '../subscriptions/scheduled-charge-outcomes';
import { SubscriptionEventKind } from '../subscriptions/subscription-event.entity';
import type { SubscriptionLedger } from '../subscriptions/subscription-ledger';
import { SubscriptionRow } from '../subscriptions/subscription.entity';

export interface SchedulerDeps {
  db: DataSource;
  clock: Clock;
  idempotency: IdempotencyService;
  charges: BillingKeyCharges;
  ledger: SubscriptionLedger;
  providers: ProviderAccess;
  metrics: Metrics;
  logger: Logger;
  /** How long a claim on a due charge holds before any instance may take it over (MONEY_LEASE_MS). */
  leaseMs: number;
}

/** What one pass did. */
export interface PassSummary {
  charged: number;
  refused: number;
  unknown: number;
  expired: number;
}

/** Charges claimed and made at once by one instance. */
const WORKERS = 4;
const EXPIRY_BATCH = 50;

/** Refusals made before any call that no retry can help: the key, the capability or the account is gone. */
const FINAL_BEFORE_CALL: readonly UserErrorCode[] = [UserErrorCode.NOT_FOUND, UserErrorCode.UNSUPPORTED_BY_PROVIDER, UserErrorCode.PROVIDER_NOT_CONFIGURED];

/**
 * Charges the recurring payments this service charges (with a billing key) when they fall due, on
 * any number of instances at once, each due charge exactly once:
 * - a due charge is claimed in a short transaction (SELECT … FOR UPDATE SKIP LOCKED, then a claim
 *   owner and lease written on the row), so two instances never take the same one, and one that
 *   dies holding a claim loses it when the lease runs out;
 * - the charge runs under an idempotency key derived from (subscription, due date, attempt), as the
 *   SCHEDULER actor, through the same service chargeBillingKey calls: an instance that takes over
 *   a dead one's claim replays what that one recorded (an UNKNOWN charge stays UNKNOWN, never
 *   charged again) instead of charging twice;
 * - the outcome moves the recurring payment on (see afterScheduledCharge), releasing the claim.
 * Then live recurring payments past their expiry become EXPIRED. Time ("today", Asia/Seoul) is the
 * one clock's; leases are real time.
 */
export class RecurringChargeScheduler {
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Runs one pass over everything due now and resolves with what it did; passes of this process run one after another. */
  runDue(): Promise<PassSummary> {
    this.waiting++;
    const pass = this.queue.then(() => this.pass()).finally(() => this.waiting--);
    this.queue = pass.catch(() => undefined);
    return pass;
  }

  /** A pass every `intervalMs` (skipped while one is still running); returns the stop. */
  start(intervalMs: number): () => Promise<void> {
    const timer = setInterval(() => {
      if (this.waiting === 0) this.runDue().catch((err: unknown) => this.deps.logger.error({ err }, 'scheduler pass failed'));
    }, intervalMs);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await this.queue;
    };
  }

  private async pass(): Promise<PassSummary> {
    const summary: PassSummary = { charged: 0, refused: 0, unknown: 0, expired: 0 };
    const today = kstDateOf(this.deps.clock.now());
    await Promise.all(Array.from({ length: WORKERS }, () => this.chargeWhileDue(today, summary)));
    summary.expired = await this.expire(today);
    return summary;
  }

  private async chargeWhileDue(today: CalendarDate, summary: PassSummary): Promise<void> {
    for (let claimed = await this.claim(today); claimed; claimed = await this.claim(today)) {
      const { subscription, charge } = claimed;
      const outcome = await this.charge(subscription);
      if (!outcome) continue; // its claim stays until the lease runs out; a later pass tries again
      // Recorded under the claim. A run whose claim ran out meanwhile records nothing (skipped): the
      // run that took it over replays the same outcome and records it, once.
      const recorded = await this.deps.ledger.change(subscription.id, (current) => afterScheduledCharge(current, charge, outcome)).catch((err: unknown) => {
        this.deps.logger.error({ err, subscriptionId: subscription.id, dueOn: charge.dueOn }, 'recording a scheduled charge failed');
      });
      if (!recorded || recorded.skipped) continue;
      summary[outcome.kind]++;
      this.deps.metrics.recurringCharges.inc({ result: outcome.kind });
      this.deps.logger.info({ subscriptionId: subscription.id, dueOn: charge.dueOn, attempt: charge.attempts + 1, result: outcome.kind, paymentId: outcome.paymentId }, 'scheduled charge');
    }
  }

  /** Claims the oldest due charge no live claim holds, or null when none is left. */
  private claim(today: CalendarDate): Promise<{ subscription: SubscriptionRow; charge: ClaimedCharge } | null> {
    const owner = randomBytes(16).toString('hex');
    return this.deps.db.transaction('READ COMMITTED', async (manager) => {
      const [row] = await manager.query(
        `SELECT id FROM subscriptions
          WHERE state = ? AND billing_key_id IS NOT NULL AND next_charge_on <= ? AND (claimed_until IS NULL OR claimed_until < ?)
          ORDER BY next_charge_on, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [SubscriptionState.ACTIVE, today, new Date()],
      );
      if (!row) return null;
      await manager.update(SubscriptionRow, { id: row.id }, { claimOwner: owner, claimedUntil: new Date(Date.now() + this.deps.leaseMs) });
      const subscription = await manager.findOneByOrFail(SubscriptionRow, { id: row.id });
      return { subscription, charge: { owner, dueOn: subscription.dueOn as string, attempts: subscription.chargeAttempts } };
    });
  }

  /** The charge, once per (subscription, due date, attempt); undefined when it must wait (nothing sent, or another run still holds it). */
  private async charge(s: SubscriptionRow): Promise<ScheduledChargeOutcome | undefined> {
    const { dueOn, chargeAttempts: attempt } = s;
    try {
      const outcome = await this.deps.idempotency.run<PaymentOutcome>(
        { actorId: SCHEDULER_ACTOR.id, operation: 'scheduledCharge', key: `${s.id}:${dueOn}:${attempt}`, input: { subscriptionId: s.id, dueOn, attempt, amount: s.amount } },
        (claim) => this.deps.charges.charge(SCHEDULER_ACTOR, scheduledCharge(s), claim, { subscriptionId: s.id }),
        async (recorded) => ({ payment: recorded.refs.payment ? await this.deps.db.getRepository(PaymentRow).findOneBy({ id: recorded.refs.payment }) : null, userErrors: recorded.userErrors }),
      );
      if (outcome instanceof IdempotencyConflict || outcome.retryable || outcome.userErrors[0]?.code === UserErrorCode.IDEMPOTENCY_KEY_IN_USE) {
        this.deps.logger.warn({ subscriptionId: s.id, dueOn, reason: outcome instanceof IdempotencyConflict ? outcome.userError.message : outcome.userErrors[0]?.message }, 'scheduled charge deferred');
        return undefined;
      }
      return this.outcomeOf(s, outcome);
    } catch (err) {
      // The recurring payment's own data breaks the provider's rules: no retry can help.
      if (err instanceof InputError) return { kind: 'refused', paymentId: null, message: `The charge cannot be sent: ${err.message}`, providerCode: null, final: true };
      this.deps.logger.error({ err, subscriptionId: s.id, dueOn }, 'scheduled charge failed');
      return undefined;
    }
  }

  private outcomeOf(s: SubscriptionRow, { payment, userErrors }: PaymentOutcome): ScheduledChargeOutcome {
    const [refusal] = userErrors;
    if (payment?.state === PaymentState.PAID) return { kind: 'charged', paymentId: payment.id };
    if (payment?.state === PaymentState.UNKNOWN) return { kind: 'unknown', paymentId: payment.id, message: refusal?.message ?? 'The outcome of the charge is unknown' };
    const message = refusal?.message ?? 'The provider refused the charge';
    return { kind: 'refused', paymentId: payment?.id ?? null, message, providerCode: refusal?.providerCode ?? null, final: refusal ? this.isFinal(s, refusal, payment !== null) : false };
  }

  /** Whether no retry can help: the key, capability or account is gone, or the provider's code says the card is. */
  private isFinal(s: SubscriptionRow, refusal: Refusal, sent: boolean): boolean {
    if (FINAL_BEFORE_CALL.includes(refusal.code)) return true;
    const billingKeys = this.deps.providers.capability(s.provider, 'billingKeys');
    return sent && !!refusal.providerCode && !isRefusal(billingKeys) && billingKeys.isFinalRefusal(refusal.providerCode);
  }

  /**
   * Live recurring payments past their expiry (with no charge left to make) become EXPIRED. Found
   * without locks, then each judged again under its own lock, so that two instances expire it once.
   */
  private async expire(today: CalendarDate): Promise<number> {
    const expiring = (s: SubscriptionRow) => LIVE_SUBSCRIPTION_STATES.includes(s.state) && s.expiresOn < today && !(s.state === SubscriptionState.ACTIVE && s.nextChargeOn);
    let expired = 0;
    for (;;) {
      const rows: { id: string }[] = await this.deps.db.query(
        `SELECT id FROM subscriptions WHERE state IN (?) AND expires_on < ? AND (state <> ? OR next_charge_on IS NULL) ORDER BY id LIMIT ${EXPIRY_BATCH}`,
        [LIVE_SUBSCRIPTION_STATES, today, SubscriptionState.ACTIVE],
      );
      for (const { id } of rows) {
        const { event } = await this.deps.ledger.change(id, (current) =>
          expiring(current) ? { kind: SubscriptionEventKind.EXPIRED, to: SubscriptionState.EXPIRED, source: SCHEDULER_ACTOR.source, changes: NOT_CHARGING } : { skip: 'no longer expiring' },
        );
        if (event) expired++;
      }
      if (rows.length < EXPIRY_BATCH) return expired;
    }
  }

  /** How many charges are due now (claimed or not), and the lag: the age of the oldest due charge nobody has claimed, from the start of its day. */
  async dueCharges(): Promise<{ due: number; lagSeconds: number }> {
    const now = this.deps.clock.now();
    const [row] = await this.deps.db.query(
      `SELECT COUNT(*) AS due, MIN(CASE WHEN claimed_until IS NULL OR claimed_until < ? THEN next_charge_on END) AS oldest
         FROM subscriptions WHERE state = ? AND billing_key_id IS NOT NULL AND next_charge_on <= ?`,
      [new Date(), SubscriptionState.ACTIVE, kstDateOf(now)],
    );
    const oldest: string | null = row.oldest instanceof Date ? kstDateOf(row.oldest) : row.oldest;
    return { due: Number(row.due), lagSeconds: oldest ? Math.max(0, (now.getTime() - kstStartOf(oldest).getTime()) / 1000) : 0 };
  }
}
