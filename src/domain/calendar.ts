import { CycleUnit } from './enums';

/**
 * Calendar dates in Asia/Seoul as 'yyyy-mm-dd' strings (the API's Date scalar and the database's
 * DATE columns keep them so), and the dates a billing cycle charges on. Korea has no daylight
 * saving time, so KST is UTC+9 all year and a fixed offset is exact.
 */
export type CalendarDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** dayOfMonth 90 means the last day of the month (PayApp's rebillCycleMonth, the contract's BillingCycle). */
export const LAST_DAY_OF_MONTH = 90;

export interface Cycle {
  unit: CycleUnit;
  /** 1-31, or LAST_DAY_OF_MONTH, for MONTH. */
  dayOfMonth?: number | null;
  /** 1 (Monday) to 7 (Sunday) for WEEK. */
  dayOfWeek?: number | null;
}

const dayNumber = (date: CalendarDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number): CalendarDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The date it is in Seoul at `at`. */
export function kstDateOf(at: Date): CalendarDate {
  return new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant the date begins in Seoul (00:00 KST). */
export function kstStartOf(date: CalendarDate): Date {
  return new Date(dayNumber(date) * DAY_MS - KST_OFFSET_MS);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 1 (Monday) … 7 (Sunday). */
function isoWeekday(date: CalendarDate): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay() || 7;
}

/**
 * The date `dayOfMonth` stands for in a month (`monthIndex` may run past 11 into later years): a
 * day the month does not have falls on its last day (the 31st charges on 28 or 29 February and
 * on 30 April), and LAST_DAY_OF_MONTH is always the last day.
 */
export function dayInMonth(year: number, monthIndex: number, dayOfMonth: number): CalendarDate {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  const day = dayOfMonth === LAST_DAY_OF_MONTH ? last : Math.min(dayOfMonth, last);
  return dateOfDay(Date.UTC(year, monthIndex, day) / DAY_MS);
}

/** Year and month index (0-11) of a date. */
export function yearMonthOf(date: CalendarDate): { year: number; monthIndex: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, monthIndex: month - 1, day };
}

/** The first date on or after `from` that the cycle charges on. */
export function firstChargeDate(cycle: Cycle, from: CalendarDate): CalendarDate {
  switch (cycle.unit) {
    case CycleUnit.DAY:
      return from;
    case CycleUnit.WEEK:
      return addDays(from, ((cycle.dayOfWeek ?? 1) - isoWeekday(from) + 7) % 7);
    case CycleUnit.MONTH: {
      const { year, monthIndex } = yearMonthOf(from);
      const thisMonth = dayInMonth(year, monthIndex, cycle.dayOfMonth ?? 1);
      return thisMonth >= from ? thisMonth : dayInMonth(year, monthIndex + 1, cycle.dayOfMonth ?? 1);
    }
  }
}

/** The date the cycle charges on after `date`. */
export function nextChargeDate(cycle: Cycle, date: CalendarDate): CalendarDate {
  return firstChargeDate(cycle, addDays(date, 1));
}

/** A real calendar date written yyyy-mm-dd. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(dayNumber(text)) && dateOfDay(dayNumber(text)) === text;
}
