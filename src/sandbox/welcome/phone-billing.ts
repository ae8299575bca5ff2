import { formatKstTimestamp } from '../../providers/kst';

const DAY_MS = 24 * 60 * 60 * 1000;
const TOLERANCE_DAYS = 5;

/** Calendar date in KST as a UTC midnight, so that day differences are whole days. */
function kstDay(at: Date): { year: number; month: number; day: number; time: number } {
  const stamp = formatKstTimestamp(at);
  const [year, month, day] = [Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)) - 1, Number(stamp.slice(6, 8))];
  return { year, month, day, time: Date.UTC(year, month, day) };
}

/**
 * payapi03 §3.5: a phone billing key is charged each month within 5 days either side of the day of
 * the month it was issued on (issued 5 January: 5 February ± 5 days). A day the month lacks (the
 * 31st) falls on the month's last day.
 */
export function withinMonthlyWindow(issuedAt: Date, now: Date): boolean {
  const issued = kstDay(issuedAt);
  const today = kstDay(now);
  return [-1, 0, 1].some((offset) => {
    const monthIndex = today.year * 12 + today.month + offset;
    if (monthIndex <= issued.year * 12 + issued.month) return false;
    const [year, month] = [Math.floor(monthIndex / 12), monthIndex % 12];
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const anniversary = Date.UTC(year, month, Math.min(issued.day, lastDay));
    return Math.abs(today.time - anniversary) <= TOLERANCE_DAYS * DAY_MS;
  });
}
