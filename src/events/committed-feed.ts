import type { Logger } from '../logger';
import { callEach } from './listeners';

const CATCH_UP_BATCH = 500;
/**
 * How long an event that arrived ahead of its predecessor waits for it on the bus before the table
 * is read. Concurrent transactions commit in seq order but announce in any order, a moment apart.
 */
const GAP_WAIT_MS = 50;

/** Where a feed reads what it may have missed: a table whose `seq` is commit order. */
export interface CommittedSource<M extends { seq: number }> {
  /** The highest seq committed so far. */
  maxSeq(): Promise<number>;
  /** What was committed after `seq`, in seq order, at most `limit`. */
  after(seq: number, limit: number): Promise<M[]>;
}

/**
 * This instance's stream of committed events of one kind, in seq order, each once. Seq order is
 * commit order (the seq is taken from a sequence row at the very end of the transaction that writes
 * the event), so the table is the log: the bus (in process, or Redis across instances) only says
 * "something was committed", and carries the event so that the usual case costs no query. An event
 * that arrives ahead of its predecessor waits GAP_WAIT_MS for it (concurrent commits announce in any
 * order); a gap that outlasts that, or a wake-up of the poll, reads everything after the last
 * delivered seq from the table; so an event committed by an instance that died before publishing
 * it, or one whose Redis message was lost, still arrives, later.
 */
export class CommittedFeed<M extends { seq: number }> {
  private readonly listeners = new Set<(event: M) => void>();
  private lastSeq = 0;
  private ready = false;
  private catchingUp: Promise<void> | undefined;
  private wokenDuringCatchUp = false;
  private stopBus: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Events that arrived ahead of a seq not seen yet, by seq. */
  private readonly early = new Map<number, M>();
  private gapTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly source: CommittedSource<M>,
    /** Joins the bus: every message it carries is offered to the feed. */
    private readonly listen: (listener: (event: M) => void) => () => void,
    private readonly logger: Logger,
    /** How often to read the table for events no message announced; 0: never (one instance, in-process bus). */
    private readonly pollMs: number,
  ) {}

  async start(): Promise<void> {
    this.stopBus = this.listen((event) => this.offer(event));
    this.lastSeq = await this.source.maxSeq();
    this.ready = true;
    this.wake(); // anything committed while we were reading the max
    if (this.pollMs > 0) {
      this.timer = setInterval(() => this.wake(), this.pollMs);
      this.timer.unref();
    }
  }

  /** Listens from now on; returns the unsubscribe. */
  subscribe(listener: (event: M) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many listen now (what a test or the benchmark waits for before it commits). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** The highest seq delivered so far: a subscriber that joins now gets everything after it. */
  get position(): number {
    return this.lastSeq;
  }

  async stop(): Promise<void> {
    this.stopBus?.();
    clearInterval(this.timer);
    clearTimeout(this.gapTimer);
    await this.catchingUp;
  }

  private offer(event: M): void {
    if (!this.ready || event.seq <= this.lastSeq) return;
    if (this.catchingUp) return this.wake();
    if (event.seq > this.lastSeq + 1) return this.holdUntilGapCloses(event);
    this.deliver(event);
    for (let next = this.early.get(this.lastSeq + 1); next; next = this.early.get(this.lastSeq + 1)) {
      this.early.delete(next.seq);
      this.deliver(next);
    }
    if (!this.early.size) this.stopGapTimer();
  }

  private holdUntilGapCloses(event: M): void {
    this.early.set(event.seq, event);
    this.gapTimer ??= setTimeout(() => {
      this.gapTimer = undefined;
      this.early.clear(); // the table has them all, in order
      this.wake();
    }, GAP_WAIT_MS);
  }

  private stopGapTimer(): void {
    clearTimeout(this.gapTimer);
    this.gapTimer = undefined;
  }

  private deliver(event: M): void {
    this.lastSeq = event.seq;
    callEach(this.listeners, event, this.logger);
  }

  /** Reads the table from the last delivered seq (one reader at a time; a wake-up meanwhile reads again after). */
  private wake(): void {
    if (!this.ready) return;
    if (this.catchingUp) {
      this.wokenDuringCatchUp = true;
      return;
    }
    // The table has whatever was held back for a gap, in order.
    this.early.clear();
    this.stopGapTimer();
    this.catchingUp = this.catchUp()
      .catch((err: unknown) => this.logger.error({ err }, 'event catch-up failed; the next wake-up tries again'))
      .finally(() => (this.catchingUp = undefined));
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      this.wokenDuringCatchUp = false;
      const batch = await this.source.after(this.lastSeq, CATCH_UP_BATCH);
      batch.forEach((event) => this.deliver(event));
      if (batch.length < CATCH_UP_BATCH && !this.wokenDuringCatchUp) return;
    }
  }
}
