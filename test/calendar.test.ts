import { addDays, firstChargeDate, kstDateOf, kstStartOf, nextChargeDate } from '../src/domain/calendar';
import { CycleUnit, EventSource, SubscriptionState } from '../src/domain/enums';
import { retryDate, scheduleAfter, scheduleFrom, stoppedChange, upcomingChargeDates } from '../src/modules/subscriptions/charge-schedule';
import type { SubscriptionRow } from '../src/modules/subscriptions/subscription.entity';

/** The dates a cycle charges on (Asia/Seoul), month ends included, and the retry schedule. */
const MONTH = (dayOfMonth: number) => ({ unit: CycleUnit.MONTH, dayOfMonth });

describe('cycle dates', () => {
  it.each([
    // [cycle, from, first charge date on or after it]
    [MONTH(31), '2027-01-31', '2027-01-31'],
    [MONTH(31), '2027-02-01', '2027-02-28'], // February has no 31st: its last day
    [MONTH(31), '2028-02-01', '2028-02-29'], // a leap year
    [MONTH(31), '2027-04-01', '2027-04-30'],
    [MONTH(30), '2027-02-01', '2027-02-28'],
    [MONTH(15), '2027-01-16', '2027-02-15'],
    [MONTH(90), '2027-02-01', '2027-02-28'], // 90: the last day
    [MONTH(90), '2027-03-31', '2027-03-31'],
    [MONTH(1), '2027-12-02', '2028-01-01'], // across the year end
    [{ unit: CycleUnit.WEEK, dayOfWeek: 1 }, '2027-01-31', '2027-02-01'], // Sunday → Monday
    [{ unit: CycleUnit.WEEK, dayOfWeek: 7 }, '2027-01-31', '2027-01-31'],
    [{ unit: CycleUnit.DAY }, '2027-01-31', '2027-01-31'],
  ])('%p from %s: %s', (cycle, from, expected) => {
    expect(firstChargeDate(cycle, from)).toBe(expected);
  });

  it('charges the 31st on the last day of every shorter month, and the 31st again after', () => {
    const dates = ['2027-01-31'];
    while (dates.length < 13) dates.push(nextChargeDate(MONTH(31), dates[dates.length - 1]));
    expect(dates).toEqual([
      '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31',
      '2027-08-31', '2027-09-30', '2027-10-31', '2027-11-30', '2027-12-31', '2028-01-31',
    ]);
  });

  it('reads dates on a Korean wall clock', () => {
    expect(kstDateOf(new Date('2027-01-30T15:00:00Z'))).toBe('2027-01-31'); // midnight in Seoul
    expect(kstDateOf(new Date('2027-01-30T14:59:59Z'))).toBe('2027-01-30');
    expect(kstStartOf('2027-01-31').toISOString()).toBe('2027-01-30T15:00:00.000Z');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
  });
});

describe('a billing key schedule', () => {
  const subscription = (overrides: Partial<SubscriptionRow> = {}) =>
    ({ cycleUnit: CycleUnit.MONTH, cycleDayOfMonth: 31, cycleDayOfWeek: null, expiresOn: '2027-12-31', state: SubscriptionState.ACTIVE, dueOn: '2027-01-31', ...overrides }) as SubscriptionRow;

  it('starts on the first cycle date from today and ends at the expiry', () => {
    expect(scheduleFrom(subscription(), '2027-02-02')).toEqual({ nextChargeOn: '2027-02-28', dueOn: '2027-02-28', chargeAttempts: 0 });
    expect(scheduleAfter(subscription(), '2027-11-30')).toEqual({ nextChargeOn: '2027-12-31', dueOn: '2027-12-31', chargeAttempts: 0 });
    expect(scheduleAfter(subscription(), '2027-12-31')).toEqual({ nextChargeOn: null, dueOn: null, chargeAttempts: 0 });
    expect(upcomingChargeDates(subscription({ expiresOn: '2027-04-30' }), 12)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
  });

  it('retries a refused charge 1, 3 and 7 days after its due date, never on or after the next cycle date or past the expiry', () => {
    const monthly = subscription();
    expect([1, 2, 3, 4].map((refused) => retryDate(monthly, '2027-01-31', refused))).toEqual(['2027-02-01', '2027-02-03', '2027-02-07', undefined]);
    const weekly = subscription({ cycleUnit: CycleUnit.WEEK, cycleDayOfMonth: null, cycleDayOfWeek: 1 });
    expect([1, 2, 3].map((refused) => retryDate(weekly, '2027-02-01', refused))).toEqual(['2027-02-02', '2027-02-04', undefined]);
    const daily = subscription({ cycleUnit: CycleUnit.DAY, cycleDayOfMonth: null });
    expect(retryDate(daily, '2027-02-01', 1)).toBeUndefined();
    expect(retryDate(subscription({ expiresOn: '2027-02-02' }), '2027-01-31', 2)).toBeUndefined();
  });

  it('stops into PAUSED with nothing left to charge and the reason', () => {
    expect(stoppedChange(EventSource.SCHEDULER, 'lost card')).toMatchObject({
      to: SubscriptionState.PAUSED,
      message: 'lost card',
      changes: { nextChargeOn: null, dueOn: null, chargeAttempts: 0, lastFailureMessage: 'lost card' },
    });
  });
});
