import { DataSource, In, MoreThan } from 'typeorm';
import type { BusMessages, EventBus } from '../../events/bus';
import { CommittedFeed } from '../../events/committed-feed';
import type { Logger } from '../../logger';
import { SubscriptionEventRow } from './subscription-event.entity';
import { SubscriptionRow } from './subscription.entity';

type SubscriptionChange = BusMessages['subscriptionChanged'];

/** This instance's ordered stream of committed recurring-payment changes, whichever instance committed them. */
export type SubscriptionFeed = CommittedFeed<SubscriptionChange>;

export function subscriptionFeed(db: DataSource, bus: EventBus, logger: Logger, pollMs: number): SubscriptionFeed {
  const source = {
    maxSeq: async () => Number((await db.query('SELECT COALESCE(MAX(seq), 0) AS seq FROM subscription_events'))[0].seq),
    // Read back from the table, a change shows the recurring payment as it is now (it may have moved on).
    after: async (seq: number, limit: number): Promise<SubscriptionChange[]> => {
      const events = await db.getRepository(SubscriptionEventRow).find({ where: { seq: MoreThan(seq) }, order: { seq: 'ASC' }, take: limit, select: ['seq', 'subscriptionId', 'sellerId'] });
      const rows = events.length ? await db.getRepository(SubscriptionRow).findBy({ id: In([...new Set(events.map((e) => e.subscriptionId))]) }) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return events.map((e) => ({ seq: e.seq, subscriptionId: e.subscriptionId, sellerId: e.sellerId, subscription: byId.get(e.subscriptionId) as SubscriptionRow }));
    },
  };
  return new CommittedFeed(source, (listener) => bus.subscribe('subscriptionChanged', listener), logger, pollMs);
}
