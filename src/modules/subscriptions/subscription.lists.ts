import { ListSpec } from '../../db/pagination';
import { SubscriptionEventRow } from './subscription-event.entity';
import { SubscriptionRow } from './subscription.entity';

export const subscriptionsOfSeller: ListSpec<SubscriptionRow> = { entity: SubscriptionRow, kind: 'subscription', parentColumn: 'seller_id' };
/** A recurring payment's events; their provider payload (`data`) and dedupe key are never shown. */
export const eventsOfSubscription: ListSpec<SubscriptionEventRow> = { entity: SubscriptionEventRow, kind: 'subscriptionEvent', parentColumn: 'subscription_id', fewPerParent: true, omit: ['data', 'dedupeKey'] };
