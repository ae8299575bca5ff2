/**
 * Where business time comes from: which charges are due, what "today" is in Asia/Seoul, the
 * timestamps sent to providers. One object per process; `npm run dev` and the tests share the
 * sandbox's clock with the service so that moving it moves both. Leases and time limits measure
 * real elapsed time and never read it.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
