import { PaymentState as S } from '../src/domain/enums';
import { canTransition } from '../src/domain/payment-states';

describe('the payment state machine', () => {
  it.each([
    [S.REQUESTED, S.PAID, true],
    [S.REQUESTED, S.WAITING_FOR_DEPOSIT, true],
    [S.WAITING_FOR_DEPOSIT, S.PAID, true],
    [S.PAID, S.PARTIALLY_CANCELLED, true],
    [S.PARTIALLY_CANCELLED, S.PARTIALLY_CANCELLED, true],
    [S.PARTIALLY_CANCELLED, S.APPROVAL_CANCELLED, true],
    [S.UNKNOWN, S.PAID, true],
    [S.UNKNOWN, S.FAILED, true],
    [S.PAID, S.UNKNOWN, true],
    // stale or backwards notices change nothing
    [S.PAID, S.REQUESTED, false],
    [S.PAID, S.WAITING_FOR_DEPOSIT, false],
    [S.PAID, S.REQUEST_CANCELLED, false],
    [S.PAID, S.PAID, false],
    [S.APPROVAL_CANCELLED, S.PAID, false],
    [S.APPROVAL_CANCELLED, S.PARTIALLY_CANCELLED, false],
    [S.PARTIALLY_CANCELLED, S.PAID, false],
    [S.REQUEST_CANCELLED, S.PAID, false],
    [S.FAILED, S.PAID, false],
    [S.UNKNOWN, S.UNKNOWN, false],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});
