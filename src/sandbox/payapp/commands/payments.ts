import { OPEN_PAY_TYPES } from '../../../providers/payapp/mapping';
import type { WireFields } from '../../../providers/payapp/wire';
import { kstDayOf } from '../schedule';
import { SimCancelRequest, SimPayment, SimSeller, newPayment } from '../state';
import type { CommandWorld, SimWorld } from '../world';
import {
  PayAppFailure,
  invalid,
  noticeRoute,
  notCancellable,
  optionalInt,
  positiveAmount,
  sellerPayment,
  taxParts,
  openPayTypesOf,
  textWithoutUri,
} from './support';

/** payrequest, paycancel, paycancelreq and checkNpayCashReceiptReq. */

const OFFERABLE = new Set(Object.values(OPEN_PAY_TYPES));
/** paycancel works until D+5 after approval; later only paycancelreq does. */
const DIRECT_CANCEL_DAYS = 5;
const SANDBOX_PAYBACK_ACCOUNT = '기업은행 482-000000-00-000 (주)유디아이디';

export const PAY_STATE = {
  requested: 1,
  paid: 4,
  requestCancelled: 8,
  approvalCancelled: 9,
  waitingForDeposit: 10,
  cancelledOnRequest: 64,
  partiallyCancelled: 70,
  partiallyCancelledOnRequest: 71,
  failed: 99,
} as const;

/** States in which money has been paid and some remains to cancel. */
const PAID_STATES: ReadonlySet<number> = new Set([PAY_STATE.paid, PAY_STATE.partiallyCancelled, PAY_STATE.partiallyCancelledOnRequest]);

export function payRequest(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const price = positiveAmount(fields, 'price');
  const reqmode = fields.reqmode || 'krw';
  if (reqmode !== 'krw' && reqmode !== 'usd') throw invalid('reqmode');
  if (reqmode === 'usd' && !fields.vccode) throw invalid('vccode', 'reqmode가 usd인 경우 필수입니다');
  // The manual: with usd, openpaytype is ignored and only cards can pay.
  const openPayTypes = reqmode === 'usd' ? ['card'] : openPayTypesOf(fields);
  const unknownType = openPayTypes.find((type) => !OFFERABLE.has(type));
  if (unknownType) throw invalid('openpaytype', unknownType);
  const mulNo = world.store.nextMulNo();
  const payment = newPayment({
    mulNo,
    seller,
    origin: world.origin,
    goodName: textWithoutUri(fields, 'goodname'),
    price,
    recvPhone: fields.recvphone,
    memo: textWithoutUri(fields, 'memo'),
    reqAddr: fields.reqaddr === '1' ? '1' : '0',
    requestedAt: world.clock.now(),
    currency: reqmode,
    vccode: fields.vccode ?? '',
    tax: taxParts(fields, 'amount', price),
    buyerId: fields.buyerid ?? '',
    openPayTypes,
    route: noticeRoute(fields),
    payUrl: `${world.origin}/pay/${mulNo}`,
    payState: PAY_STATE.requested,
  });
  world.store.payments.set(mulNo, payment);
  // A REST payrequest is not announced: pay_state 1 is notified for the JS flow only.
  return { mul_no: mulNo, payurl: payment.payUrl, qrurl: `${payment.payUrl}/qr` };
}

export function payCancel(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const payment = sellerPayment(world.store, seller, fields.mul_no);
  const now = world.clock.now();
  const unpaid = payment.payState === PAY_STATE.requested || payment.payState === PAY_STATE.waitingForDeposit;
  if (fields.cancelmode === 'ready' && payment.payState !== PAY_STATE.requested) throw notCancellable();
  if (unpaid) {
    if (fields.partcancel === '1') throw notCancellable();
    if (world.takeDecline()) throw declined();
    payment.payState = PAY_STATE.requestCancelled;
    payment.cancelledAt = now;
    payment.cancelMemo = fields.cancelmemo;
    world.announcer.paymentChanged(payment);
    return {};
  }
  const cancel = requestedCancel(fields, payment);
  if (payment.paidAt && kstDayOf(now) - kstDayOf(payment.paidAt) > DIRECT_CANCEL_DAYS) {
    throw new PayAppFailure('80020', '취소가 가능한 상태가 아닙니다. (승인 후 D+5 경과: 결제취소요청을 이용하세요)');
  }
  if (world.takeDecline()) throw declined();
  applyPaidCancel(world, payment, cancel, 'direct');
  return {};
}

export function payCancelReq(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const payment = sellerPayment(world.store, seller, fields.mul_no);
  if (payment.cancelRequest) throw notCancellable();
  const cancel = requestedCancel(fields, payment);
  payment.cancelRequest = cancel;
  return {
    cr_dpname: fields.dpname ?? '',
    partcancel: cancel.partial ? '1' : '0',
    paybackprice: String(cancel.amount),
    partprice: String(cancel.amount),
    cancel_taxable: cancel.tax?.taxable.toString() ?? '',
    cancel_vat: cancel.tax?.vat.toString() ?? '',
    cancel_taxfree: cancel.tax?.taxFree.toString() ?? '',
    paybackbank: SANDBOX_PAYBACK_ACCOUNT,
  };
}

/** Naver Pay only: the part paid from a bank account may carry a cash receipt. */
export function checkNpayCashReceiptReq(fields: WireFields, seller: SimSeller, world: CommandWorld): WireFields {
  const payment = sellerPayment(world.store, seller, fields.mul_no);
  if (payment.payType !== 16) throw invalid('mul_no', '네이버페이 결제건이 아닙니다');
  const total = payment.naverpay === 'bank' ? payment.price - payment.cancelledAmount : 0;
  const vat = payment.tax?.vat === 0 ? 0 : Math.round(total / 11);
  return { totalCashAmount: String(total), supplyCashAmount: String(total - vat), vatCashAmount: String(vat) };
}

/** What a cancel of a paid payment asks for: all that remains, or `cancelprice` of it. */
function requestedCancel(fields: WireFields, payment: SimPayment): SimCancelRequest {
  if (!PAID_STATES.has(payment.payState)) throw notCancellable();
  const remaining = payment.price - payment.cancelledAmount;
  const memo = fields.cancelmemo;
  if (fields.partcancel !== '1') return { partial: false, amount: remaining, memo };
  const amount = optionalInt(fields, 'cancelprice');
  if (amount === undefined) throw invalid('cancelprice', '부분취소인 경우 필수입니다');
  if (amount <= 0 || amount > remaining) throw new PayAppFailure('80030', '취소금액을 확인하세요.');
  return { partial: true, amount, tax: taxParts(fields, 'cancel', amount), memo };
}

/**
 * Cancels (part of) a paid payment and announces it. A full cancel is 9 (directly) or 64 (on a
 * cancellation request); a partial one is 70 or 71 and is announced under a new mul_no with the
 * payment's as orig_mul_no, the cancelled amount as price and the payment's as orig_price.
 */
export function applyPaidCancel(world: SimWorld, payment: SimPayment, cancel: SimCancelRequest, via: 'direct' | 'request'): void {
  payment.cancelledAt = world.clock.now();
  payment.cancelMemo = cancel.memo;
  payment.cancelledAmount += cancel.amount;
  if (!cancel.partial) {
    payment.payState = via === 'direct' ? PAY_STATE.approvalCancelled : PAY_STATE.cancelledOnRequest;
    world.announcer.paymentChanged(payment);
    return;
  }
  payment.payState = via === 'direct' ? PAY_STATE.partiallyCancelled : PAY_STATE.partiallyCancelledOnRequest;
  world.announcer.paymentChanged(payment, {
    mul_no: world.store.nextMulNo(),
    price: String(cancel.amount),
    orig_mul_no: payment.mulNo,
    orig_price: String(payment.price),
    amount_taxable: cancel.tax?.taxable.toString() ?? '',
    amount_taxfree: cancel.tax?.taxFree.toString() ?? '',
    amount_vat: cancel.tax?.vat.toString() ?? '',
  });
}

function declined(): PayAppFailure {
  return new PayAppFailure(undefined, '취소 처리가 거절되었습니다. (카드사 응답 거절)');
}
