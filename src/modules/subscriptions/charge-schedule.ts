import { addDays, CalendarDate, Cycle, firstChargeDate, nextChargeDate } from '../../domain/calendar';
import { EventSource, SubscriptionState } from '../../domain/enums';
import type { ChargeBillingKeyCommand } from '../billing-keys/billing-key.commands';
import { SubscriptionEventKind } from './subscription-event.entity';
import type { SubscriptionChange } from './subscription-ledger';
import type { SubscriptionRow } from './subscription.entity';

/**
 * When a recurring payment that this service charges (with a billing key) charges: its cycle dates
 * (see domain/calendar.ts for the month-end rules) up to `expiresOn`, and the retries of a refused
 * charge. The columns: `dueOn` is the cycle date being charged, `nextChargeOn` the day of the next
 * attempt at it (the due date, then a retry date), `chargeAttempts` how many were refused.
 */

/** Days after a refused charge's due date on which it is tried again; after the last, the failure is final for that date. */
export const RETRY_AFTER_DAYS: readonly number[] = [1, 3, 7];

type Schedule = Pick<SubscriptionRow, 'nextChargeOn' | 'dueOn' | 'chargeAttempts'>;

/** Charges nothing (paused, stopped, ended, or run by the provider). */
export const NOT_CHARGING: Schedule = { nextChargeOn: null, dueOn: null, chargeAttempts: 0 };

export function cycleOf(s: Pick<SubscriptionRow, 'cycleUnit' | 'cycleDayOfMonth' | 'cycleDayOfWeek'>): Cycle {
  return { unit: s.cycleUnit, dayOfMonth: s.cycleDayOfMonth, dayOfWeek: s.cycleDayOfWeek };
}

function chargingOn(due: CalendarDate, expiresOn: CalendarDate): Schedule {
  return due <= expiresOn ? { nextChargeOn: due, dueOn: due, chargeAttempts: 0 } : NOT_CHARGING;
}

/** Charging from `today` on: the first cycle date on or after it (none past the expiry). */
export function scheduleFrom(s: Pick<SubscriptionRow, 'cycleUnit' | 'cycleDayOfMonth' | 'cycleDayOfWeek' | 'expiresOn'>, today: CalendarDate): Schedule {
  return chargingOn(firstChargeDate(cycleOf(s), today), s.expiresOn);
}

/** Charging after the cycle date `dueOn` is done with. */
export function scheduleAfter(s: SubscriptionRow, dueOn: CalendarDate): Schedule {
  return chargingOn(nextChargeDate(cycleOf(s), dueOn), s.expiresOn);
}

/**
 * The day of the next attempt at `dueOn` once `refused` attempts at it were refused: the retry
 * schedule's, if that day comes before the next cycle date and not after the expiry; else none.
 */
export function retryDate(s: SubscriptionRow, dueOn: CalendarDate, refused: number): CalendarDate | undefined {
  const offset = RETRY_AFTER_DAYS[refused - 1];
  if (offset === undefined) return undefined;
  const on = addDays(dueOn, offset);
  return on < nextChargeDate(cycleOf(s), dueOn) && on <= s.expiresOn ? on : undefined;
}

/** This service stops charging a recurring payment whose key cannot be charged any more: PAUSED, with why. */
export function stoppedChange(source: EventSource, message: string, change: Partial<SubscriptionChange> = {}): SubscriptionChange {
  return { ...change, kind: SubscriptionEventKind.STOPPED, to: SubscriptionState.PAUSED, source, message, changes: { ...change.changes, ...NOT_CHARGING, lastFailureMessage: message } };
}

/** The charge this service makes on each cycle date: the recurring payment's amount, good and buyer. */
export function scheduledCharge(s: SubscriptionRow): ChargeBillingKeyCommand {
  return {
    billingKeyId: s.billingKeyId as string,
    goodName: s.goodName,
    amount: s.amount,
    buyer: { name: s.buyerName ?? undefined, phone: s.buyerPhone ?? undefined, email: s.buyerEmail ?? undefined },
    var1: s.var1 ?? undefined,
    var2: s.var2 ?? undefined,
  };
}

/** The first `count` cycle dates from the one charged next, up to the expiry. */
export function upcomingChargeDates(s: SubscriptionRow, count: number): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let date = s.dueOn; date !== null && dates.length < count; date = scheduleAfter(s, date).dueOn) dates.push(date);
  return dates;
}
