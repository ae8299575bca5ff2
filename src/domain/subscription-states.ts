import { SubscriptionState as S } from './enums';

/**
 * Which state changes a recurring payment may make. CANCELLED and EXPIRED are final: a cancelled
 * PayApp rebill never starts again (the manual), and neither does one of ours. An event that
 * leaves the state as it is (a charge recorded) is allowed in every state.
 */
const NEXT: Record<S, readonly S[]> = {
  [S.PENDING_APPROVAL]: [S.ACTIVE, S.CANCELLED, S.EXPIRED],
  [S.ACTIVE]: [S.PAUSED, S.CANCELLED, S.EXPIRED],
  [S.PAUSED]: [S.ACTIVE, S.CANCELLED, S.EXPIRED],
  [S.CANCELLED]: [],
  [S.EXPIRED]: [],
};

export function canMoveSubscription(from: S, to: S): boolean {
  return from === to || NEXT[from].includes(to);
}

/** States in which a recurring payment has not ended yet. */
export const LIVE_SUBSCRIPTION_STATES: readonly S[] = [S.PENDING_APPROVAL, S.ACTIVE, S.PAUSED];
