import { PaymentState as S } from './enums';

/**
 * Which transitions a payment may make. Providers' notices can repeat and arrive out of order;
 * anything not listed here (e.g. PAID after APPROVAL_CANCELLED) is stale and changes nothing.
 * UNKNOWN (our call timed out) may be settled to any state the provider reports.
 */
const NEXT: Record<S, readonly S[]> = {
  [S.UNKNOWN]: [S.REQUESTED, S.WAITING_FOR_DEPOSIT, S.PAID, S.PARTIALLY_CANCELLED, S.APPROVAL_CANCELLED, S.REQUEST_CANCELLED, S.FAILED],
  [S.REQUESTED]: [S.WAITING_FOR_DEPOSIT, S.PAID, S.PARTIALLY_CANCELLED, S.APPROVAL_CANCELLED, S.REQUEST_CANCELLED, S.FAILED, S.UNKNOWN],
  [S.WAITING_FOR_DEPOSIT]: [S.PAID, S.REQUEST_CANCELLED, S.APPROVAL_CANCELLED, S.FAILED, S.UNKNOWN],
  [S.PAID]: [S.PARTIALLY_CANCELLED, S.APPROVAL_CANCELLED, S.UNKNOWN],
  // A further partial cancel is a transition to the same state, with its own amount.
  [S.PARTIALLY_CANCELLED]: [S.PARTIALLY_CANCELLED, S.APPROVAL_CANCELLED, S.UNKNOWN],
  [S.APPROVAL_CANCELLED]: [],
  [S.REQUEST_CANCELLED]: [],
  [S.FAILED]: [],
};

export function canTransition(from: S, to: S): boolean {
  return NEXT[from].includes(to);
}

/** States in which money was taken and some of it can still be given back. */
export const CANCELLABLE_PAID_STATES: readonly S[] = [S.PAID, S.PARTIALLY_CANCELLED];
/** States in which the buyer has not paid yet, so cancelling withdraws the request. */
export const CANCELLABLE_UNPAID_STATES: readonly S[] = [S.REQUESTED, S.WAITING_FOR_DEPOSIT];
