import { Field, ID, InterfaceType } from 'type-graphql';
import { IdKind, kindOfId } from '../ids';

/** Object type names by id prefix: every id says what it is, so Node needs no instanceof. */
export const NODE_TYPE_BY_KIND: Record<IdKind, string | undefined> = {
  payment: 'Payment',
  paymentEvent: 'PaymentEvent',
  billingKey: 'BillingKey',
  subscription: 'Subscription',
  subscriptionEvent: 'SubscriptionEvent',
  cashReceipt: 'CashReceipt',
  cashReceiptEvent: undefined,
  seller: 'Seller',
  apiKey: undefined,
  movement: undefined,
  webhookEndpoint: 'WebhookEndpoint',
  webhookDelivery: 'WebhookDelivery',
  billingKeyEvent: undefined,
};

/** The object type of a Node, told by its id's prefix. */
export function nodeTypeOf(value: { id: string }): string | undefined {
  const kind = kindOfId(value.id);
  return kind ? NODE_TYPE_BY_KIND[kind] : undefined;
}

@InterfaceType('Node', {
  description: 'An object with a globally unique, prefixed id (pay_…, pev_…, bk_…, sub_…, sev_…, cr_…, sel_…).',
  resolveType: nodeTypeOf,
})
export abstract class Node {
  @Field(() => ID, { description: 'The opaque, prefixed, time-sortable id.' })
  id: string;
}
