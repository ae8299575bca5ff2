import { DataSource, MoreThan } from 'typeorm';
import type { EventBus } from '../../events/bus';
import { CommittedFeed } from '../../events/committed-feed';
import type { Logger } from '../../logger';
import { PaymentEventRow } from './payment.entity';

/** This instance's ordered stream of committed payment events, whichever instance committed them. */
export type PaymentEventFeed = CommittedFeed<PaymentEventRow>;

export function paymentEventFeed(db: DataSource, bus: EventBus, logger: Logger, pollMs: number): PaymentEventFeed {
  const source = {
    maxSeq: async () => Number((await db.query('SELECT COALESCE(MAX(seq), 0) AS seq FROM payment_events'))[0].seq),
    after: (seq: number, limit: number) => db.getRepository(PaymentEventRow).find({ where: { seq: MoreThan(seq) }, order: { seq: 'ASC' }, take: limit }),
  };
  return new CommittedFeed(source, (listener) => bus.subscribe('paymentEvent', listener), logger, pollMs);
}
