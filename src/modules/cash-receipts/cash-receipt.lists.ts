import { ListSpec } from '../../db/pagination';
import { CashReceiptRow } from './cash-receipt.entity';

export const cashReceiptsOfSeller: ListSpec<CashReceiptRow> = { entity: CashReceiptRow, kind: 'cashReceipt', parentColumn: 'seller_id' };
