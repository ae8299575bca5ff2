import { DataSource, MoreThan } from 'typeorm';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../logger';
import { PaymentEventRow } from './payment.entity';

const CATCH_UP_BATCH = 500;

/**
 * This instance's stream of committed payment events, in seq order, each once. Seq order is
 * commit order (see PaymentEventRow), so the table is the log: the bus (in process, or Redis
 * across instances) only says "something was committed", and carries the event so that the usual
 * case costs no query. An event that arrives out of order, or a wake-up of the poll, reads
 * everything after the last delivered seq from the table; so an event committed by an instance that
 * died before publishing it, or one whose Redis message was lost, still arrives, later.
 */
export class PaymentEventFeed {
  private readonly listeners = new Set<(event: PaymentEventRow) => void>();
  private lastSeq = 0;
  private ready = false;
  private catchingUp: Promise<void> | undefined;
  private wokenDuringCatchUp = false;
  private stopBus: (() => void) | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    /** How often to read the table for events no message announced; 0: never (one instance, in-process bus). */
    private readonly pollMs: number,
  ) {}

  async start(): Promise<void> {
    this.stopBus = this.bus.subscribe('paymentEvent', (event) => this.offer(event));
    const [{ seq }] = await this.db.query('SELECT COALESCE(MAX(seq), 0) AS seq FROM payment_events');
    this.lastSeq = Number(seq);
    this.ready = true;
    this.wake(); // anything committed while we were reading the max
    if (this.pollMs > 0) {
      this.timer = setInterval(() => this.wake(), this.pollMs);
      this.timer.unref();
    }
  }

  /** Listens from now on; returns the unsubscribe. */
  subscribe(listener: (event: PaymentEventRow) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The highest seq delivered so far: a subscriber that joins now gets everything after it. */
  get position(): number {
    return this.lastSeq;
  }

  async stop(): Promise<void> {
    this.stopBus?.();
    clearInterval(this.timer);
    await this.catchingUp;
  }

  private offer(event: PaymentEventRow): void {
    if (!this.ready || event.seq <= this.lastSeq) return;
    if (event.seq === this.lastSeq + 1 && !this.catchingUp) this.deliver(event);
    else this.wake();
  }

  private deliver(event: PaymentEventRow): void {
    this.lastSeq = event.seq;
    for (const listener of this.listeners) listener(event);
  }

  /** Reads the table from the last delivered seq (one reader at a time; a wake-up meanwhile reads again after). */
  private wake(): void {
    if (!this.ready) return;
    if (this.catchingUp) {
      this.wokenDuringCatchUp = true;
      return;
    }
    this.catchingUp = this.catchUp()
      .catch((err: unknown) => this.logger.error({ err }, 'payment event catch-up failed; the next wake-up tries again'))
      .finally(() => (this.catchingUp = undefined));
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      this.wokenDuringCatchUp = false;
      const batch = await this.db.getRepository(PaymentEventRow).find({ where: { seq: MoreThan(this.lastSeq) }, order: { seq: 'ASC' }, take: CATCH_UP_BATCH });
      batch.forEach((event) => this.deliver(event));
      if (batch.length < CATCH_UP_BATCH && !this.wokenDuringCatchUp) return;
    }
  }
}
