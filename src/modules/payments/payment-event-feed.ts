import { DataSource, MoreThan } from 'typeorm';
import type { EventBus } from '../../events/bus';
import { CommittedFeed } from '../../events/committed-feed';
import type { Logger } from '../../logger';
import { PaymentEventRow, PaymentRow } from './payment.entity';

/**
 * A committed payment event. Published by the ledger, it carries its payment as the same
 * transaction left it (subscribers need not read it again, and see the state of that event); read
 * back from the table by a catch-up, it does not.
 */
export type CommittedPaymentEvent = PaymentEventRow & { payment?: PaymentRow };

/** This instance's ordered stream of committed payment events, whichever instance committed them. */
export type PaymentEventFeed = CommittedFeed<CommittedPaymentEvent>;

export function paymentEventFeed(db: DataSource, bus: EventBus, logger: Logger, pollMs: number): PaymentEventFeed {
  const source = {
    maxSeq: async () => Number((await db.query('SELECT COALESCE(MAX(seq), 0) AS seq FROM payment_events'))[0].seq),
    after: (seq: number, limit: number) => db.getRepository(PaymentEventRow).find({ where: { seq: MoreThan(seq) }, order: { seq: 'ASC' }, take: limit }),
  };
  return new CommittedFeed(source, (listener) => bus.subscribe('paymentEvent', listener), logger, pollMs);
}
