import { encodeTime } from 'ulid';
import { ListSpec } from '../../db/pagination';
import { ID_PREFIXES } from '../../ids';
import { PaymentEventRow, PaymentRow } from './payment.entity';
import { PaymentFilter } from './payment.types';

/** The smallest payment id that could have been made at `at`: ids are ULIDs, so time is an id range. */
function paymentIdAt(at: Date): string {
  return `${ID_PREFIXES.payment}_${encodeTime(at.getTime(), 10)}0000000000000000`;
}

/** Payments matching `filter`, optionally within one seller or under a parent column. */
export function paymentList(filter: PaymentFilter | undefined, options: { sellerId?: string; parentColumn?: string } = {}): ListSpec<PaymentRow> {
  return {
    entity: PaymentRow,
    kind: 'payment',
    parentColumn: options.parentColumn,
    where: (qb) => {
      if (options.sellerId) qb.andWhere('t.seller_id = :scopeSellerId', { scopeSellerId: options.sellerId });
      if (filter?.states?.length) qb.andWhere('t.state IN (:...states)', { states: filter.states });
      if (filter?.providers?.length) qb.andWhere('t.provider IN (:...providers)', { providers: filter.providers });
      if (filter?.methods?.length) qb.andWhere('t.method IN (:...methods)', { methods: filter.methods });
      if (filter?.orderId != null) qb.andWhere('t.order_id = :orderId', { orderId: filter.orderId });
      if (filter?.providerPaymentId != null) qb.andWhere('t.provider_payment_id = :providerPaymentId', { providerPaymentId: filter.providerPaymentId });
      if (filter?.createdFrom) qb.andWhere('t.id >= :createdFromId', { createdFromId: paymentIdAt(filter.createdFrom) });
      if (filter?.createdTo) qb.andWhere('t.id < :createdToId', { createdToId: paymentIdAt(filter.createdTo) });
    },
  };
}

export const eventsOfPayment: ListSpec<PaymentEventRow> = { entity: PaymentEventRow, kind: 'paymentEvent', parentColumn: 'payment_id' };
