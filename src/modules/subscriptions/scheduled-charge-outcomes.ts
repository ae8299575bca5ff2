import { EventSource, SubscriptionState } from '../../domain/enums';
import { retryDate, scheduleAfter, stoppedChange } from './charge-schedule';
import { SubscriptionEventKind } from './subscription-event.entity';
import type { SubscriptionDecision } from './subscription-ledger';
import type { SubscriptionRow } from './subscription.entity';

/** What a scheduled charge came to, as the recurring payment records it. */
export type ScheduledChargeOutcome =
  | { kind: 'charged'; paymentId: string }
  /** Sent without an answer: never retried blindly; the payment is UNKNOWN until a notice or an operator settles it. */
  | { kind: 'unknown'; paymentId: string; message: string }
  /** `final`: the key can never be charged again (see BillingKeys.isFinalRefusal), so charging stops. */
  | { kind: 'refused'; paymentId: string | null; message: string; providerCode: string | null; final: boolean };

/** The charge a scheduler run claimed: by whom, and which attempt at which cycle date. */
export interface ClaimedCharge {
  owner: string;
  dueOn: string;
  attempts: number;
}

/**
 * What a scheduled charge's outcome does to its recurring payment, judged under its lock:
 * - charged, or unknown: on to the next cycle date;
 * - refused, not final: tried again on the retry schedule (RETRY_AFTER_DAYS after the due date,
 *   while that comes before the next cycle date), then on to the next cycle date;
 * - refused, final: stopped (PAUSED), with why.
 * Each is one event (keyed by date and attempt, so a replay records nothing twice) and
 * lastFailureMessage. A recurring payment paused or cancelled while its charge was under way keeps
 * its state; the charge is recorded all the same.
 */
export function afterScheduledCharge(current: SubscriptionRow, claimed: ClaimedCharge, outcome: ScheduledChargeOutcome): SubscriptionDecision {
  if (current.claimOwner !== claimed.owner) return { skip: 'another scheduler run took this charge over' };
  const release = { claimOwner: null, claimedUntil: null };
  const base = { source: EventSource.SCHEDULER, paymentId: outcome.paymentId, dueOn: claimed.dueOn, dedupeKey: `charge:${claimed.dueOn}:${claimed.attempts}` };
  const charging = current.state === SubscriptionState.ACTIVE && current.dueOn === claimed.dueOn;
  const onward = charging ? scheduleAfter(current, claimed.dueOn) : {};
  switch (outcome.kind) {
    case 'charged':
      return { ...base, kind: SubscriptionEventKind.CHARGED, changes: { ...release, ...onward, lastFailureMessage: null } };
    case 'unknown':
      return { ...base, kind: SubscriptionEventKind.CHARGE_UNKNOWN, message: outcome.message, changes: { ...release, ...onward, lastFailureMessage: outcome.message } };
    case 'refused': {
      const data = { providerCode: outcome.providerCode, attempt: claimed.attempts + 1 };
      if (outcome.final && charging) return stoppedChange(EventSource.SCHEDULER, outcome.message, { ...base, data, changes: release });
      const retryOn = charging && !outcome.final ? retryDate(current, claimed.dueOn, claimed.attempts + 1) : undefined;
      const next = retryOn ? { nextChargeOn: retryOn, chargeAttempts: claimed.attempts + 1 } : onward;
      return { ...base, kind: SubscriptionEventKind.CHARGE_FAILED, message: outcome.message, data: { ...data, retryOn: retryOn ?? null }, changes: { ...release, ...next, lastFailureMessage: outcome.message } };
    }
  }
}
