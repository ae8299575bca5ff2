import { WireFields, containsUri, decodeFields, digitsOf, isAbsoluteHttpUrl } from '../../../providers/payapp/wire';
import type { NoticeRoute, PayAppStore, SimPayment, SimSeller, TaxParts } from '../state';

/** What PayApp's own server does with a form before a command sees it, and the errors it answers. */

/** A `state=0` answer: errno from the manual's table, or none where the manual names none. */
export class PayAppFailure extends Error {
  constructor(
    readonly errno: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export const invalid = (field: string, why = ''): PayAppFailure =>
  new PayAppFailure('70020', `파라메터값이 정확하지 않습니다. (${field}${why ? `: ${why}` : ''})`);

export const notCancellable = (): PayAppFailure => new PayAppFailure('80010', '취소가 가능한 상태가 아닙니다.');

/** Fields PayApp reads as numbers: it keeps their digits only (so "-1,000" becomes 1000). */
const NUMERIC_FIELDS = new Set([
  'price', 'goodprice', 'recvphone', 'reqaddr', 'vccode', 'mul_no', 'partcancel', 'cancelprice',
  'amount_taxable', 'amount_taxfree', 'amount_vat', 'cancel_taxable', 'cancel_taxfree', 'cancel_vat',
  'cardNo', 'expMonth', 'expYear', 'buyerAuthNo', 'cardPw', 'buyerPhone', 'cardinst', 'rebill_no',
  'rebillCycleMonth', 'rebillCycleWeek', 'phone', 'usertype', 'join_type', 'compregno', 'compbanknum',
  'state', 'buyr_tel1', 'id_info', 'trad_time', 'tr_code', 'amt_tot', 'amt_sup', 'amt_svc', 'amt_tax', 'cashstno',
]);

/** The manual: every value is trimmed; numeric fields keep their digits only. */
export function normalizeRequest(body: string): WireFields {
  const fields = decodeFields(body);
  for (const [name, value] of Object.entries(fields)) {
    fields[name] = NUMERIC_FIELDS.has(name) ? digitsOf(value) : value.trim();
  }
  return fields;
}

/** openpaytype: a comma-separated list of method names; empty offers every method. */
export function openPayTypesOf(fields: WireFields): string[] {
  return (fields.openpaytype ?? '').split(',').map((t) => t.trim()).filter(Boolean);
}

export function optionalInt(fields: WireFields, name: string): number | undefined {
  return fields[name] ? Number(fields[name]) : undefined;
}

export function positiveAmount(fields: WireFields, name: string): number {
  const value = optionalInt(fields, name);
  if (value === undefined || value <= 0) throw invalid(name);
  return value;
}

/** goodname and memo may not carry a URI. */
export function textWithoutUri(fields: WireFields, name: string): string {
  const value = fields[name] ?? '';
  if (containsUri(value)) throw new PayAppFailure('70020', `${name} 항목에는 URI 주소가 포함될 수 없습니다.`);
  return value;
}

export function optionalHttpUrl(fields: WireFields, name: string): string | undefined {
  const value = fields[name];
  if (value && !isAbsoluteHttpUrl(value)) throw invalid(name, 'http:// 가 포함된 url 주소여야 합니다');
  return value || undefined;
}

/** `<prefix>_taxable/_taxfree/_vat`: when any is given they must add up to `total`. */
export function taxParts(fields: WireFields, prefix: 'amount' | 'cancel', total: number): TaxParts | undefined {
  const [taxable, taxFree, vat] = ['taxable', 'taxfree', 'vat'].map((part) => optionalInt(fields, `${prefix}_${part}`));
  if (taxable === undefined && taxFree === undefined && vat === undefined) return undefined;
  const parts = { taxable: taxable ?? 0, taxFree: taxFree ?? 0, vat: vat ?? 0 };
  if (parts.taxable + parts.taxFree + parts.vat !== total) throw invalid(`${prefix}_taxable`, '과세 + 면세 + 부가세 합계가 금액과 다릅니다');
  return parts;
}

export function noticeRoute(fields: WireFields): NoticeRoute {
  return {
    feedbackUrl: optionalHttpUrl(fields, 'feedbackurl'),
    checkRetry: fields.checkretry === 'y',
    var1: fields.var1 ?? '',
    var2: fields.var2 ?? '',
  };
}

/** The seller's payment `mul_no`; another seller's is as unknown as a missing one. */
export function sellerPayment(store: PayAppStore, seller: SimSeller, mulNo: string): SimPayment {
  const payment = store.payments.get(mulNo);
  if (!payment || payment.seller !== seller) throw invalid('mul_no', '결제요청번호가 없습니다');
  return payment;
}
