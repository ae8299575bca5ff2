import { DataSource } from 'typeorm';
import type { Clock } from '../../clock';
import { CalendarDate, kstDateOf, LAST_DAY_OF_MONTH } from '../../domain/calendar';
import { BillingKeyState, CycleUnit, Provider, SubscriptionState, UserErrorCode } from '../../domain/enums';
import { InputError, notFound, Refusal } from '../../domain/errors';
import { newId } from '../../ids';
import type { RecurringCycle, Recurring } from '../../providers/types';
import type { Actor } from '../auth/actor';
import { canSee } from '../auth/viewer';
import type { BillingKeyCharges } from '../billing-keys/billing-key-charges';
import { BillingKeyRow } from '../billing-keys/billing-key.entity';
import type { ProviderAccess } from '../money/provider-access';
import { isRefusal, providerRefusal } from '../money/provider-refusals';
import { subscriptionNoticeUrlFor } from '../payments/notice-link';
import { NOT_CHARGING, scheduledCharge, scheduleFrom, upcomingChargeDates } from './charge-schedule';
import { SubscriptionEventKind } from './subscription-event.entity';
import type { SubscriptionLedger } from './subscription-ledger';
import type { BillingCycleCommand, CreateSubscriptionCommand, SubscriptionActionCommand, SubscriptionOutcome } from './subscription.commands';
import { SubscriptionRow } from './subscription.entity';

/** The provider that runs recurring payments itself (createSubscription without a billing key is PayApp's rebillRegist). */
const RECURRING_PROVIDER = Provider.PAYAPP;

/** How many of a new schedule's charge dates are checked against a fixed-charge key's terms: a year of monthly ones. */
const CHECKED_CHARGE_DATES = 12;

interface Action {
  from: readonly SubscriptionState[];
  to: SubscriptionState;
  kind: SubscriptionEventKind;
  /** The provider's call for a recurring payment it runs (PayApp rebillStop / rebillStart / rebillCancel). */
  call: keyof Omit<Recurring, 'create'>;
  verb: string;
}

const PAUSE: Action = { from: [SubscriptionState.ACTIVE], to: SubscriptionState.PAUSED, kind: SubscriptionEventKind.PAUSED, call: 'pause', verb: 'paused' };
const RESUME: Action = { from: [SubscriptionState.PAUSED], to: SubscriptionState.ACTIVE, kind: SubscriptionEventKind.RESUMED, call: 'resume', verb: 'resumed' };
const CANCEL: Action = {
  from: [SubscriptionState.PENDING_APPROVAL, SubscriptionState.ACTIVE, SubscriptionState.PAUSED],
  to: SubscriptionState.CANCELLED,
  kind: SubscriptionEventKind.CANCELLED,
  call: 'cancel',
  verb: 'cancelled',
};

const noSubscription = (refusal: Refusal): SubscriptionOutcome => ({ subscription: null, userErrors: [refusal] });

/** A provider-run recurring payment whose creation got no answer has no number to act on, but can be cancelled here. */
const unnumbered = (s: SubscriptionRow): { refusal: Refusal; retryable?: boolean } => ({
  refusal: { field: ['subscriptionId'], code: UserErrorCode.INVALID_STATE, message: `${s.provider} has not told its number for this recurring payment yet: it can only be cancelled` },
});

/** Why the action cannot be taken in the subscription's state; undefined when it can. */
function actionRefusal(s: SubscriptionRow, action: Action): Refusal | undefined {
  if (action.from.includes(s.state)) return undefined;
  const message =
    action === PAUSE && s.state === SubscriptionState.PENDING_APPROVAL
      ? 'A recurring payment can be paused only once the buyer has approved it (the provider stops approved ones only)'
      : `A ${s.state} recurring payment cannot be ${action.verb}`;
  return { field: ['subscriptionId'], code: UserErrorCode.INVALID_STATE, message };
}

/** The cycle as the contract allows it: MONTH with dayOfMonth 1-31 or 90, WEEK with dayOfWeek 1-7, DAY with neither. */
function checkedCycle(cycle: BillingCycleCommand): RecurringCycle {
  const fail = (field: string, rule: string): never => {
    throw new InputError(`cycle.${field}: ${rule}`, [['cycle', field]]);
  };
  const { unit, dayOfMonth, dayOfWeek } = cycle;
  if (unit !== CycleUnit.MONTH && dayOfMonth != null) fail('dayOfMonth', 'goes with a MONTH cycle only');
  if (unit !== CycleUnit.WEEK && dayOfWeek != null) fail('dayOfWeek', 'goes with a WEEK cycle only');
  if (unit === CycleUnit.MONTH && !(dayOfMonth != null && ((dayOfMonth >= 1 && dayOfMonth <= 31) || dayOfMonth === LAST_DAY_OF_MONTH))) fail('dayOfMonth', 'must be 1 to 31, or 90 for the last day of the month');
  if (unit === CycleUnit.WEEK && !(dayOfWeek != null && dayOfWeek >= 1 && dayOfWeek <= 7)) fail('dayOfWeek', 'must be 1 (Monday) to 7 (Sunday)');
  return { unit, dayOfMonth: dayOfMonth ?? undefined, dayOfWeek: dayOfWeek ?? undefined };
}

/**
 * Recurring payments, for any actor. Without a billing key PayApp runs the schedule (rebillRegist;
 * the buyer approves the first charge at payUrl, and PayApp's notices report each charge); with one,
 * this service charges the key itself on each cycle date (see the scheduler). Every change goes
 * through the subscription ledger.
 */
export class SubscriptionService {
  constructor(
    private readonly db: DataSource,
    private readonly providers: ProviderAccess,
    private readonly ledger: SubscriptionLedger,
    private readonly charges: BillingKeyCharges,
    private readonly clock: Clock,
    /** Our PayApp notice endpoint ($PUBLIC_BASE_URL/webhooks/payapp). */
    private readonly noticeEndpoint: string,
  ) {}

  async create(actor: Actor, c: CreateSubscriptionCommand): Promise<SubscriptionOutcome> {
    const cycle = checkedCycle(c.cycle);
    const today = kstDateOf(this.clock.now());
    if (c.expiresOn < today) throw new InputError(`expiresOn: must not be before today (${today}, Asia/Seoul)`, [['expiresOn']]);
    return c.billingKeyId ? this.createCharged(actor, c, cycle, today) : this.createAtProvider(actor, c, cycle);
  }

  pause(actor: Actor, c: SubscriptionActionCommand): Promise<SubscriptionOutcome> {
    return this.act(actor, c, PAUSE);
  }

  resume(actor: Actor, c: SubscriptionActionCommand): Promise<SubscriptionOutcome> {
    return this.act(actor, c, RESUME);
  }

  cancel(actor: Actor, c: SubscriptionActionCommand): Promise<SubscriptionOutcome> {
    return this.act(actor, c, CANCEL);
  }

  /** A schedule this service charges: ACTIVE at once, its first charge on the first cycle date from today. */
  private async createCharged(actor: Actor, c: CreateSubscriptionCommand, cycle: RecurringCycle, today: CalendarDate): Promise<SubscriptionOutcome> {
    for (const field of ['methods', 'returnUrl'] as const) {
      if (c[field] != null) throw new InputError(`${field}: goes with a recurring payment the provider runs (without billingKeyId)`, [[field]]);
    }
    const key = await this.db.getRepository(BillingKeyRow).findOneBy({ id: c.billingKeyId });
    if (!key || !canSee(actor, key.sellerId) || (c.sellerId && c.sellerId !== key.sellerId)) return noSubscription(notFound('billingKeyId', 'billing key'));
    if (key.state === BillingKeyState.DELETED) return noSubscription({ field: ['billingKeyId'], code: UserErrorCode.INVALID_STATE, message: 'The billing key was deleted' });
    const subscription = this.newSubscription(c, cycle, { sellerId: key.sellerId, provider: key.provider, billingKeyId: key.id, state: SubscriptionState.ACTIVE });
    Object.assign(subscription, scheduleFrom(subscription, today));
    if (!subscription.nextChargeOn) throw new InputError('expiresOn: no date of the cycle falls between today and expiresOn', [['expiresOn']]);
    // Every charge it will make must pass the provider's rules: its input now, a fixed-charge key's terms on each date.
    for (const on of upcomingChargeDates(subscription, CHECKED_CHARGE_DATES)) {
      const refusal = this.charges.check(key, scheduledCharge(subscription), on);
      if (refusal) return noSubscription({ ...refusal, message: `${refusal.message} (the charge of ${on})` });
    }
    const account = await this.providers.account(key.sellerId, key.provider);
    if (isRefusal(account)) return noSubscription(account);
    await this.ledger.write((tx) => tx.open(subscription, { kind: SubscriptionEventKind.CREATED, source: actor.source, dueOn: subscription.dueOn }));
    return { subscription, userErrors: [] };
  }

  /**
   * A PayApp rebill, PENDING_APPROVAL with its payUrl until the buyer's first payment is notified.
   * Its notice and failure URLs name this subscription (?subscription=<id>), so that its notices are
   * matched to it even before PayApp's rebill_no is known here.
   */
  private async createAtProvider(actor: Actor, c: CreateSubscriptionCommand, cycle: RecurringCycle): Promise<SubscriptionOutcome> {
    const at = await this.providers.actingAt(actor, c.sellerId, RECURRING_PROVIDER, 'recurring');
    if (isRefusal(at)) return noSubscription(at);
    const subscription = this.newSubscription(c, cycle, { sellerId: at.seller.id, provider: RECURRING_PROVIDER, billingKeyId: null, state: SubscriptionState.PENDING_APPROVAL });
    const link = subscriptionNoticeUrlFor(this.noticeEndpoint, subscription.id);
    const result = await at.capability.create(at.account, { ...c, cycle, noticeUrl: link, failureUrl: link });
    if (result.kind === 'refused' || result.kind === 'unavailable') return { ...noSubscription(providerRefusal(result)), retryable: result.kind === 'unavailable' };
    if (result.kind === 'ok') Object.assign(subscription, { providerSubscriptionId: result.value.providerSubscriptionId, payUrl: result.value.payUrl });
    const unknown =
      result.kind === 'unknown'
        ? `${result.message}. It is recorded PENDING_APPROVAL without ${RECURRING_PROVIDER}'s number: if ${RECURRING_PROVIDER} made it, the buyer's approval (its notice names this recurring payment) completes it; if not, it expires after expiresOn, or cancel it`
        : null;
    await this.ledger.write((tx) => tx.open(subscription, { kind: SubscriptionEventKind.CREATED, source: actor.source, message: unknown }));
    return { subscription, userErrors: unknown ? [{ field: null, code: UserErrorCode.PROVIDER_UNAVAILABLE, message: unknown }] : [] };
  }

  private async act(actor: Actor, c: SubscriptionActionCommand, action: Action): Promise<SubscriptionOutcome> {
    const found = await this.db.getRepository(SubscriptionRow).findOneBy({ id: c.subscriptionId });
    if (!found || !canSee(actor, found.sellerId)) return noSubscription(notFound('subscriptionId', 'recurring payment'));
    const refuse = (refusal: Refusal): SubscriptionOutcome => ({ subscription: found, userErrors: [refusal] });
    const refusal = actionRefusal(found, action) ?? (await this.resumeRefusal(found, action));
    if (refusal) return refuse(refusal);

    // The provider runs its rebills: it is told first, and only its yes changes anything here.
    if (!found.billingKeyId) {
      const told = found.providerSubscriptionId ? await this.tellProvider(found, action) : action === CANCEL ? undefined : unnumbered(found);
      if (told) return { ...refuse(told.refusal), retryable: told.retryable };
    }
    const today = kstDateOf(this.clock.now());
    const { subscription } = await this.ledger.change(found.id, (current) => {
      const late = actionRefusal(current, action);
      if (late) return { skip: late.message };
      const schedule = current.billingKeyId && action === RESUME ? scheduleFrom(current, today) : NOT_CHARGING;
      return { kind: action.kind, to: action.to, source: actor.source, dueOn: schedule.dueOn, changes: schedule };
    });
    return { subscription, userErrors: [] };
  }

  /** Asks the provider to pause, resume or cancel its rebill; why it did not, if it did not. */
  private async tellProvider(s: SubscriptionRow, action: Action): Promise<{ refusal: Refusal; retryable?: boolean } | undefined> {
    const recurring = this.providers.capability(s.provider, 'recurring', ['subscriptionId']);
    if (isRefusal(recurring)) return { refusal: recurring };
    const account = await this.providers.account(s.sellerId, s.provider);
    if (isRefusal(account)) return { refusal: account };
    const result = await recurring[action.call](account, { providerSubscriptionId: s.providerSubscriptionId as string });
    if (result.kind === 'ok') return undefined;
    if (result.kind !== 'unknown') return { refusal: providerRefusal(result), retryable: result.kind === 'unavailable' };
    const message = `${result.message}. Nothing changed here: ask again (${s.provider} refuses a repeat of what it already did, and takes a cancel in any state but cancelled)`;
    return { refusal: { field: null, code: UserErrorCode.PROVIDER_UNAVAILABLE, message } };
  }

  /** A schedule this service charges resumes only while its key can still be charged. */
  private async resumeRefusal(s: SubscriptionRow, action: Action): Promise<Refusal | undefined> {
    if (action !== RESUME || !s.billingKeyId) return undefined;
    const key = await this.db.getRepository(BillingKeyRow).findOneBy({ id: s.billingKeyId });
    if (key?.state === BillingKeyState.ACTIVE) return undefined;
    return { field: ['subscriptionId'], code: UserErrorCode.INVALID_STATE, message: 'Its billing key was deleted: cancel it, and create a new recurring payment with a new key' };
  }

  private newSubscription(c: CreateSubscriptionCommand, cycle: RecurringCycle, owner: Pick<SubscriptionRow, 'sellerId' | 'provider' | 'billingKeyId' | 'state'>): SubscriptionRow {
    const now = new Date();
    return Object.assign(new SubscriptionRow(), {
      id: newId('subscription'),
      providerSubscriptionId: null,
      goodName: c.goodName,
      amount: c.amount,
      cycleUnit: cycle.unit,
      cycleDayOfMonth: cycle.dayOfMonth ?? null,
      cycleDayOfWeek: cycle.dayOfWeek ?? null,
      expiresOn: c.expiresOn,
      payUrl: null,
      ...NOT_CHARGING,
      lastFailureMessage: null,
      buyerName: c.buyer.name ?? null,
      buyerPhone: c.buyer.phone ?? null,
      buyerEmail: c.buyer.email ?? null,
      memo: c.memo ?? null,
      var1: c.var1 ?? null,
      var2: c.var2 ?? null,
      claimOwner: null,
      claimedUntil: null,
      createdAt: now,
      updatedAt: now,
      ...owner,
    } satisfies SubscriptionRow);
  }
}
