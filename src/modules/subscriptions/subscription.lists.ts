import { ListSpec } from '../../db/pagination';
import { SubscriptionRow } from './subscription.entity';

export const subscriptionsOfSeller: ListSpec<SubscriptionRow> = { entity: SubscriptionRow, kind: 'subscription', parentColumn: 'seller_id' };
