import { DataSource } from 'typeorm';
import { PaymentState } from '../../domain/enums';
import { AsyncQueue } from '../../events/async-queue';
import type { PaymentEventFeed } from './payment-event-feed';
import type { Logger } from '../../logger';
import { PaymentEventRow } from './payment.entity';

export interface PaymentStreamFilter {
  /** Only this seller's events (SELLER keys); every seller's when undefined. */
  sellerId?: string;
  paymentId?: string;
  states?: PaymentState[];
  /** Replay the events committed after this seq before going live. */
  afterSeq?: number;
}

const REPLAY_BATCH = 500;

function matches(filter: PaymentStreamFilter, event: PaymentEventRow): boolean {
  return (
    (!filter.sellerId || event.sellerId === filter.sellerId) &&
    (!filter.paymentId || event.paymentId === filter.paymentId) &&
    (!filter.states?.length || filter.states.includes(event.to))
  );
}

/**
 * Committed payment events for one subscriber: first those after `afterSeq` from the database, in
 * seq order, then live ones from this instance's feed (in seq order, whichever instance committed
 * them), with no gap and no repeat at the seam.
 *
 * The feed is joined before the replay starts, and live events arriving meanwhile are held back.
 * Seq order is commit order, so once the replay has read up to seq N every event with a smaller
 * seq has been seen; held-back or late live events with seq <= N are dropped as repeats.
 */
export function paymentEventStream(db: DataSource, feed: PaymentEventFeed, logger: Logger, filter: PaymentStreamFilter): AsyncIterableIterator<PaymentEventRow> {
  let replayedUpTo = filter.afterSeq ?? 0;
  let held: PaymentEventRow[] | undefined = filter.afterSeq !== undefined ? [] : undefined;
  const queue = new AsyncQueue<PaymentEventRow>(() => unsubscribe());

  const deliverLive = (event: PaymentEventRow) => {
    if (event.seq > replayedUpTo && matches(filter, event)) queue.push(event);
  };
  const unsubscribe = feed.subscribe((event) => (held ? held.push(event) : deliverLive(event)));

  if (held) {
    void (async () => {
      for (;;) {
        const qb = db.getRepository(PaymentEventRow).createQueryBuilder('e').where('e.seq > :after', { after: replayedUpTo });
        if (filter.sellerId) qb.andWhere('e.seller_id = :sellerId', { sellerId: filter.sellerId });
        if (filter.paymentId) qb.andWhere('e.payment_id = :paymentId', { paymentId: filter.paymentId });
        const batch = await qb.orderBy('e.seq', 'ASC').limit(REPLAY_BATCH).getMany();
        for (const event of batch) if (matches(filter, event)) queue.push(event);
        if (batch.length) replayedUpTo = batch[batch.length - 1].seq;
        if (batch.length < REPLAY_BATCH) break;
      }
      const backlog = held ?? [];
      held = undefined;
      backlog.sort((a, b) => a.seq - b.seq).forEach(deliverLive);
    })().catch((err: unknown) => {
      logger.error({ err, filter }, 'payment event replay failed');
      queue.fail(err);
    });
  }
  return queue;
}
