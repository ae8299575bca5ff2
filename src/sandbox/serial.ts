/** 2025-01-01T00:00:00Z: keeps clock-based numbers at 11 digits for years to come. */
const EPOCH_MS = Date.UTC(2025, 0, 1);

/**
 * Increasing numbers that a restarted sandbox never hands out again: each is at least the wall
 * clock in milliseconds (since EPOCH_MS), so a new process starts above whatever an earlier one
 * issued unless that one issued more than a thousand a second. The real clock, not the sandbox
 * clock, which tests move forward and a restart moves back.
 */
export class ClockSerial {
  private last = 0;

  next(): number {
    this.last = Math.max(this.last + 1, Date.now() - EPOCH_MS);
    return this.last;
  }

  /**
   * A number the next call will hand out, for a test that must know it in advance (a minute ahead
   * of the clock, so that the clock does not overtake it meanwhile).
   */
  reserveNext(): number {
    const reserved = Math.max(this.last + 1, Date.now() - EPOCH_MS) + 60_000;
    this.last = reserved - 1;
    return reserved;
  }

  /** The last `digits` digits of the next number, zero-padded (for ids with a fixed-width sequence). */
  nextDigits(digits: number): string {
    return String(this.next() % 10 ** digits).padStart(digits, '0');
  }
}
