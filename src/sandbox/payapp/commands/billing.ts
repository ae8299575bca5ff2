import { formatKstTimestamp } from '../../../providers/kst';
import { MIN_INSTALLMENT_PRICE, WireFields } from '../../../providers/payapp/wire';
import { SimBillingKey, SimSeller, maskCardNumber, newPayment, randomDigits, randomToken } from '../state';
import type { CommandWorld } from '../world';
import { PAY_STATE } from './payments';
import { PayAppFailure, invalid, noticeRoute, positiveAmount, taxParts, textWithoutUri } from './support';

/** billRegist, billPay and billDelete. Card data is checked and dropped; only the masked number stays. */

/** The card company a sandbox card belongs to, by its first digit. */
const CARD_NAMES: Readonly<Record<string, string>> = { '3': '[삼성]', '4': '[신한]', '5': '[국민]', '9': '[BC]' };
const BILLING_PAY_TYPE = 17;

export function billRegist(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const { cardNo, expMonth, expYear } = fields;
  if (!/^\d{13,19}$/.test(cardNo)) throw invalid('cardNo');
  const month = Number(expMonth);
  if (!/^\d{1,2}$/.test(expMonth) || month < 1 || month > 12) throw invalid('expMonth');
  if (!/^(\d{2}|\d{4})$/.test(expYear)) throw invalid('expYear');
  const thisMonth = Number(formatKstTimestamp(world.clock.now()).slice(0, 6));
  if ((2000 + Number(expYear.slice(-2))) * 100 + month < thisMonth) throw invalid('expYear', '유효기간이 지난 카드입니다');
  if (!/^(\d{6}|\d{10})$/.test(fields.buyerAuthNo)) throw invalid('buyerAuthNo');
  if (!/^\d{2}$/.test(fields.cardPw)) throw invalid('cardPw');
  const key: SimBillingKey = { encBill: randomToken(18), seller, cardName: CARD_NAMES[cardNo[0]] ?? '[현대]', maskedNumber: maskCardNumber(cardNo), deleted: false };
  world.store.billingKeys.set(key.encBill, key);
  return { errno: '00000', encBill: key.encBill, billAuthNo: randomDigits(10), cardno: key.maskedNumber, cardname: key.cardName };
}

export function billPay(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const key = sellerBillingKey(fields, seller, world);
  const price = positiveAmount(fields, 'price');
  const tax = taxParts(fields, 'amount', price);
  const quota = (fields.cardinst || '0').padStart(2, '0');
  if (Number(quota) > 0 && price < MIN_INSTALLMENT_PRICE) throw invalid('cardinst', '50,000원 이상부터 할부 가능합니다');
  const goodName = textWithoutUri(fields, 'goodname');
  const route = noticeRoute(fields);
  if (world.takeDecline()) throw new PayAppFailure(undefined, '카드 승인 거절 (한도초과)');
  const mulNo = world.store.nextMulNo();
  const now = world.clock.now();
  const payment = newPayment({
    mulNo,
    seller,
    origin: world.origin,
    goodName,
    price,
    recvPhone: fields.recvphone,
    requestedAt: now,
    route,
    tax,
    payState: PAY_STATE.paid,
    payType: BILLING_PAY_TYPE,
    paidAt: now,
    card: { name: key.cardName, maskedNumber: key.maskedNumber, authCode: randomDigits(8), quota },
    receiptUrl: `${world.origin}/CST/${mulNo}`,
  });
  world.store.payments.set(mulNo, payment);
  world.announcer.paymentChanged(payment);
  return { errno: '00000', CSTURL: payment.receiptUrl ?? '', price: String(price), mul_no: mulNo };
}

export function billDelete(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  sellerBillingKey(fields, seller, world).deleted = true;
  return { errno: '00000' };
}

function sellerBillingKey(fields: WireFields, seller: SimSeller, world: CommandWorld): SimBillingKey {
  const key = world.store.billingKeys.get(fields.encBill);
  if (!key || key.seller !== seller || key.deleted) throw invalid('encBill', '등록결제 연동키가 없습니다');
  return key;
}
