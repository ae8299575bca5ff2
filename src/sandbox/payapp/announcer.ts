import { WireFields, formatPayAppDateTime } from '../../providers/payapp/wire';
import type { NoticeCopy, NoticeSender } from './notifier';
import type { SimPayment } from './state';

/** Turns payment changes into PayApp notices: which fields, to which URLs, with which retries. */

const dateField = (at: Date | undefined): string => (at ? formatPayAppDateTime(at) : '');

/** Every field of the manual's "Feedbackurl 전달" table, empty where it does not apply, as PayApp posts them. */
export function paymentNoticeFields(payment: SimPayment, overrides: WireFields = {}): WireFields {
  const { seller, card, vbank, tax } = payment;
  const smilePay = payment.payType === 21;
  return {
    userid: seller.userId,
    linkkey: seller.linkKey,
    linkval: seller.linkValue,
    goodname: payment.goodName,
    price: String(payment.price),
    recvphone: payment.recvPhone,
    memo: payment.memo,
    reqaddr: payment.reqAddr,
    reqdate: dateField(payment.requestedAt),
    pay_memo: '',
    pay_addr: '',
    pay_date: dateField(payment.paidAt),
    pay_type: payment.payType?.toString() ?? '',
    pay_state: String(payment.payState),
    var1: payment.route.var1,
    var2: payment.route.var2,
    mul_no: payment.mulNo,
    payurl: payment.payUrl,
    csturl: payment.receiptUrl ?? '',
    currency: payment.currency,
    vccode: payment.vccode,
    feedbacktype: '0',
    orig_mul_no: '',
    orig_price: '',
    amount_taxable: tax?.taxable.toString() ?? '',
    amount_taxfree: tax?.taxFree.toString() ?? '',
    amount_vat: tax?.vat.toString() ?? '',
    buyerid: payment.buyerId,
    canceldate: dateField(payment.cancelledAt),
    cancelmemo: payment.cancelMemo ?? '',
    rebill_no: payment.rebillNo ?? '',
    card_name: card?.name ?? '',
    payauthcode: card?.authCode ?? '',
    card_quota: card?.quota ?? '',
    card_num: card?.maskedNumber ?? '',
    vbank: vbank?.bank ?? '',
    vbankno: vbank?.accountNumber ?? '',
    naverpoint: payment.naverpay ? '0' : '',
    naverpay: payment.naverpay ?? '',
    smilepay_smilecash: smilePay ? '0' : '',
    smilepay_discountamt: smilePay ? '0' : '',
    ...(payment.failureMessage ? { ResultMsg: payment.failureMessage } : {}),
    ...overrides,
  };
}

export class Announcer {
  constructor(private readonly sender: NoticeSender) {}

  /**
   * A payment changed: the request's feedbackurl hears of it (feedbacktype 0, retried when the
   * request said checkretry=y) and so does the seller's common feedback URL (feedbacktype 1).
   */
  paymentChanged(payment: SimPayment, overrides: WireFields = {}): void {
    const fields = paymentNoticeFields(payment, overrides);
    const copies: NoticeCopy[] = [];
    const { route, seller } = payment;
    if (route.feedbackUrl) copies.push({ target: { kind: 'feedback', url: route.feedbackUrl, retries: route.checkRetry }, fields });
    if (seller.commonFeedbackUrl) {
      copies.push({ target: { kind: 'common', url: seller.commonFeedbackUrl, retries: true }, fields: { ...fields, feedbacktype: '1' } });
    }
    this.sender.publish(fields.mul_no, copies);
  }

  /** A recurring charge after the first failed: failurl hears of it (pay_state 99 with ResultMsg), retried until SUCCESS. */
  chargeFailed(payment: SimPayment, failUrl: string | undefined): void {
    if (!failUrl) return;
    this.sender.publish(payment.mulNo, [{ target: { kind: 'failure', url: failUrl, retries: true }, fields: paymentNoticeFields(payment) }]);
  }
}
