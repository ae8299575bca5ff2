/**
 * Calendar arithmetic for recurring charges, on KST day numbers (whole days since 1970-01-01 on a
 * Korean calendar), so that "the 31st" and "every Monday" mean what a Korean buyer expects.
 */
import { formatKstTimestamp } from '../../providers/kst';
import { REBILL_LAST_DAY_OF_MONTH } from '../../providers/payapp/mapping';

const DAY_MS = 24 * 60 * 60 * 1000;

export type RebillCycle = { type: 'Month'; day: number } | { type: 'Week'; weekday: number } | { type: 'Day' };

export function kstDayOf(at: Date): number {
  const stamp = formatKstTimestamp(at);
  return dayOf(Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)) - 1, Number(stamp.slice(6, 8)));
}

function dayOf(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) / DAY_MS;
}

function lastDayOfMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** 1 Monday … 7 Sunday, as rebillCycleWeek counts. */
function isoWeekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay() || 7;
}

/** The first charge day strictly after `after`. A month too short for the day charges on its last day. */
export function nextChargeDay(after: number, cycle: RebillCycle): number {
  switch (cycle.type) {
    case 'Day':
      return after + 1;
    case 'Week': {
      let day = after + 1;
      while (isoWeekday(day) !== cycle.weekday) day++;
      return day;
    }
    case 'Month': {
      const start = new Date(after * DAY_MS);
      for (let offset = 0; ; offset++) {
        const year = start.getUTCFullYear();
        const monthIndex = start.getUTCMonth() + offset;
        const last = lastDayOfMonth(year, monthIndex);
        const candidate = dayOf(year, monthIndex, cycle.day === REBILL_LAST_DAY_OF_MONTH ? last : Math.min(cycle.day, last));
        if (candidate > after) return candidate;
      }
    }
  }
}

/** `yyyy-mm-dd` of a KST day number. */
export function formatKstDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
