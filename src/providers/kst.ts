/**
 * Korea Standard Time, the zone of every timestamp the providers send and expect. KST is UTC+9 all
 * year (Korea has no daylight saving), so a fixed offset is exact and no time-zone database is needed.
 */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** `yyyyMMddHHmmss` of the instant, read on a Korean wall clock. */
export function formatKstTimestamp(at: Date): string {
  return new Date(at.getTime() + KST_OFFSET_MS).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

/** The instant a KST `yyyyMMddHHmmss` names, or undefined when it is not a real date and time. */
export function parseKstTimestamp(value: string): Date | undefined {
  const parts = TIMESTAMP.exec(value);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.slice(1).map(Number);
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute, second) - KST_OFFSET_MS);
  // Date.UTC rolls 31 February over into March; a round trip catches it.
  return formatKstTimestamp(at) === value ? at : undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day on a Korean calendar the instant falls on, as a day number (days since 1970-01-01 KST). */
export function kstCalendarDay(at: Date): number {
  return Math.floor((at.getTime() + KST_OFFSET_MS) / DAY_MS);
}
