import { daysBetween, dayInMonth, yearMonthOf } from '../../domain/calendar';

/** payapi03 §3.5: "전후 5일 이내" — within 5 days either side, both ends included. */
export const PHONE_BILLING_TOLERANCE_DAYS = 5;

/**
 * payapi03 §3.5: a phone billing key is charged each month within 5 days either side of the day
 * of the month it was issued on (issued 5 January: 5 February ± 5 days), for the amount it was
 * issued with. The stricter reading: the month of issue itself has no charge date, and a day the
 * month lacks (the 31st) falls on its last day. Dates are 'yyyy-mm-dd' in Asia/Seoul.
 */
export function withinPhoneBillingWindow(issuedOn: string, on: string): boolean {
  const issued = yearMonthOf(issuedOn);
  const today = yearMonthOf(on);
  const issueMonth = issued.year * 12 + issued.monthIndex;
  return [-1, 0, 1].some((offset) => {
    const month = today.year * 12 + today.monthIndex + offset;
    if (month <= issueMonth) return false;
    const chargeDate = dayInMonth(Math.floor(month / 12), month % 12, issued.day);
    return Math.abs(daysBetween(chargeDate, on)) <= PHONE_BILLING_TOLERANCE_DAYS;
  });
}
