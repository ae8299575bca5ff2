import { ListSpec } from '../../db/pagination';
import { BillingKeyRow } from './billing-key.entity';

export const billingKeysOfSeller: ListSpec<BillingKeyRow> = { entity: BillingKeyRow, kind: 'billingKey', parentColumn: 'seller_id' };
