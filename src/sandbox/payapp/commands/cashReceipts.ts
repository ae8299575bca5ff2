import { parseKstTimestamp } from '../../../providers/kst';
import { CASH_RECEIPT_ISSUE_DAYS } from '../../../providers/payapp/cashReceiptWindow';
import { CASH_RECEIPT_TR_CODES, CORP_TAX_TYPES } from '../../../providers/payapp/mapping';
import type { WireFields } from '../../../providers/payapp/wire';
import { kstDayOf } from '../schedule';
import { SimSeller, randomDigits } from '../state';
import type { CommandWorld } from '../world';
import { PayAppFailure, invalid, positiveAmount, sellerPayment } from './support';

/** cashStRegist and cashStCancel. */

export function cashStRegist(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  if (!Object.values(CASH_RECEIPT_TR_CODES).includes(fields.tr_code)) throw invalid('tr_code');
  if (!Object.values(CORP_TAX_TYPES).includes(fields.corp_tax_type)) throw invalid('corp_tax_type');
  const total = positiveAmount(fields, 'amt_tot');
  const parts = ['amt_sup', 'amt_svc', 'amt_tax'].map((name) => Number(fields[name]));
  if (parts.reduce((sum, part) => sum + part, 0) !== total) throw invalid('amt_tot', '거래금액은 공급가액+봉사료+부가가치세 입니다');
  const tradedAt = parseKstTimestamp(fields.trad_time);
  if (!tradedAt) throw invalid('trad_time', 'yyyyMMddHHmmss');
  const now = world.clock.now();
  if (tradedAt > now || kstDayOf(now) - kstDayOf(tradedAt) > CASH_RECEIPT_ISSUE_DAYS) throw invalid('trad_time', '거래일로 부터 6일이내 발행 가능합니다');
  if (fields.mul_no) sellerPayment(world.store, seller, fields.mul_no);
  if (world.takeDecline()) throw declined();
  const cashStNo = world.store.nextCashStNo();
  world.store.cashReceipts.set(cashStNo, { cashStNo, seller, cancelled: false });
  return { cashstno: cashStNo, receipt_no: randomDigits(9), cashsturl: `${world.origin}/cashst/${cashStNo}` };
}

export function cashStCancel(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const receipt = world.store.cashReceipts.get(fields.cashstno);
  if (!receipt || receipt.seller !== seller) throw invalid('cashstno', '발행번호가 없습니다');
  if (receipt.cancelled) throw new PayAppFailure(undefined, '이미 취소된 현금영수증입니다.');
  if (world.takeDecline()) throw declined();
  receipt.cancelled = true;
  return {};
}

/** An armed `decline` fault: the tax service's refusal, which the manual names no errno for. */
function declined(): PayAppFailure {
  return new PayAppFailure(undefined, '현금영수증 처리가 거절되었습니다. (국세청 응답 거절)');
}
