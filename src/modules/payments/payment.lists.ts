import { DataSource } from 'typeorm';
import { encodeTime } from 'ulid';
import { ListSpec } from '../../db/pagination';
import { propertiesForFields } from '../../db/row-select';
import { ID_PREFIXES } from '../../ids';
import { countedPayments, countersAnswer } from './payment-counts';
import { PaymentEventRow, PaymentRow } from './payment.entity';
import { PaymentFilter } from './payment.types';

/** The smallest payment id that could have been made at `at`: ids are ULIDs, so time is an id range. */
function paymentIdAt(at: Date): string {
  return `${ID_PREFIXES.payment}_${encodeTime(at.getTime(), 10)}0000000000000000`;
}

/**
 * The filter a page of payments is read by, and its index (FastReads1764600000000) with and
 * without the seller's scope: a provider id or an order id narrows the list to a handful of
 * payments; otherwise states, then methods, then providers. Other conditions are checked on the
 * index's entries, so a single filter reads about a page at any size; a combination reads as
 * many entries of the leading filter as it takes to find a page that matches the rest.
 */
function leadingFilter(filter: PaymentFilter | undefined): { column?: string; values?: readonly unknown[]; index: string; sellerIndex: string } {
  if (filter?.providerPaymentId != null) return { index: 'ix_payments_provider_payment', sellerIndex: 'ix_payments_provider_payment' };
  if (filter?.orderId != null) return { index: 'ix_payments_order', sellerIndex: 'ix_payments_seller_order' };
  if (filter?.states?.length) return { column: 'state', values: filter.states, index: 'ix_payments_state', sellerIndex: 'ix_payments_seller_state' };
  if (filter?.methods?.length) return { column: 'method', values: filter.methods, index: 'ix_payments_method', sellerIndex: 'ix_payments_seller_method' };
  if (filter?.providers?.length) return { column: 'provider', values: filter.providers, index: 'ix_payments_provider', sellerIndex: 'ix_payments_seller_provider' };
  return { index: 'PRIMARY', sellerIndex: 'ix_payments_seller' };
}

/**
 * Payments matching `filter`, optionally within one seller or under a parent column. Each single
 * filter seeks an index of FastReads1764600000000 (with or without seller_id); totalCount of a
 * filter on states, providers and methods only reads the payment counters.
 */
export function paymentList(filter: PaymentFilter | undefined, options: { sellerId?: string; parentColumn?: string } = {}): ListSpec<PaymentRow> {
  const bySeller = options.parentColumn === 'seller_id' || options.sellerId !== undefined;
  const counted = countersAnswer(filter) && (options.parentColumn === undefined || options.parentColumn === 'seller_id');
  const leading = leadingFilter(filter);
  return {
    entity: PaymentRow,
    kind: 'payment',
    parentColumn: options.parentColumn,
    alwaysRead: ['sellerId'],
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
    // A value given twice is still one seek: the merged page must not hold a payment twice.
    seekEach: leading.column && leading.values ? { column: leading.column, values: [...new Set(leading.values)] } : undefined,
    // A billing key's or a recurring payment's charges read their own (parent, id) index.
    index: bySeller ? leading.sellerIndex : options.parentColumn ? undefined : leading.index,
    count: counted ? (db, parentIds) => countedPayments(db, parentIds ?? (options.sellerId ? [options.sellerId] : null), filter) : undefined,
  };
}

/** A payment's events; their provider payload (`data`) and dedupe key are never shown. */
export const eventsOfPayment: ListSpec<PaymentEventRow> = { entity: PaymentEventRow, kind: 'paymentEvent', parentColumn: 'payment_id', fewPerParent: true, omit: ['data', 'dedupeKey'] };

/** How Payment fields that are not columns are resolved (see PaymentResolver); pages always read the seller, for visibility. */
const PAYMENT_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  seller: ['sellerId'],
  remainingAmount: ['amount', 'cancelledAmount'],
  buyer: ['buyerName', 'buyerPhone', 'buyerEmail', 'buyerId'],
  card: ['cardName', 'cardMaskedNumber', 'cardApprovalNumber', 'cardInstallmentMonths'],
  virtualAccount: ['vbankName', 'vbankAccountNumber'],
  billingKey: ['billingKeyId'],
  subscription: ['subscriptionId'],
  events: [],
  cashReceipts: [],
};

/** How PaymentEvent fields that are not columns are resolved (see PaymentEventResolver). */
const PAYMENT_EVENT_FIELDS: Record<string, readonly string[]> = { __typename: [], payment: ['paymentId'] };

/** The columns a page of payments needs for the node fields an operation selects. */
export function paymentColumnsFor(db: DataSource, fields: ReadonlySet<string>): readonly string[] | undefined {
  return propertiesForFields(db, PaymentRow, fields, PAYMENT_FIELDS);
}

/** The columns a page of payment events needs for the node fields an operation selects. */
export function paymentEventColumnsFor(db: DataSource, fields: ReadonlySet<string>): readonly string[] | undefined {
  return propertiesForFields(db, PaymentEventRow, fields, PAYMENT_EVENT_FIELDS);
}
