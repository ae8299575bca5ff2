import { CashReceiptState as S } from '../../domain/enums';

/**
 * Which changes a cash receipt may make. ISSUING and CANCELLING are provider calls in flight;
 * UNKNOWN is a call that went unanswered, left by a late answer, a cancel again (when PayApp's
 * receipt number is known) or an operator. CANCELLED and FAILED are final.
 */
const NEXT: Record<S, readonly S[]> = {
  [S.ISSUING]: [S.ISSUED, S.FAILED, S.UNKNOWN],
  [S.ISSUED]: [S.CANCELLING],
  [S.CANCELLING]: [S.CANCELLED, S.ISSUED, S.UNKNOWN],
  [S.UNKNOWN]: [S.ISSUED, S.FAILED, S.CANCELLED, S.CANCELLING],
  [S.CANCELLED]: [],
  [S.FAILED]: [],
};

export function canChange(from: S, to: S): boolean {
  return NEXT[from].includes(to);
}

/** States that hold a lease: a provider call is in flight. */
export const IN_FLIGHT_STATES: readonly S[] = [S.ISSUING, S.CANCELLING];

export const isInFlight = (state: S): boolean => IN_FLIGHT_STATES.includes(state);

/** What an operator may record from PayApp's own records. */
export const SETTLED_STATES: readonly S[] = [S.ISSUED, S.CANCELLED, S.FAILED];
