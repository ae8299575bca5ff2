import { IncomingMessage, ServerResponse } from 'node:http';
import { PaymentState, Provider } from '../domain/enums';
import type { Logger } from '../logger';
import type { PaymentNotices, PaymentReport } from '../modules/payments/payment-notices';
import type { SellerService } from '../modules/sellers/seller.service';
import type { SubscriptionNotices } from '../modules/subscriptions/subscription-notices';
import { noticeAnswer, noticeMatchesSeller, parsePayAppNotice, PayAppNotice } from '../providers/payapp';
import { payAppCredentials } from '../providers/payapp/adapter';
import { linkedPaymentId, linkedSubscriptionId } from '../modules/payments/notice-link';
import type { RouteHandler } from '../server';

/** The notice in domain terms; a partial cancel reports on its original payment. */
export function reportOf(notice: PayAppNotice, sellerId: string, state: PaymentState, linkedPaymentId?: string): PaymentReport {
  const partial = state === PaymentState.PARTIALLY_CANCELLED && notice.origProviderPaymentId !== undefined;
  return {
    provider: Provider.PAYAPP,
    sellerId,
    providerPaymentId: partial ? (notice.origProviderPaymentId as string) : notice.providerPaymentId,
    linkedPaymentId,
    changeKey: `${notice.payState}:${notice.providerPaymentId}`,
    state,
    payState: notice.payState,
    amount: (partial ? notice.origPrice : notice.price) ?? 0,
    cancelledPart: partial ? notice.price : undefined,
    goodName: notice.goodName,
    currency: notice.currency,
    method: notice.method,
    buyer: { phone: notice.recvPhone, buyerId: notice.buyerId },
    card: notice.card,
    virtualAccount: notice.virtualAccount,
    receiptUrl: notice.receiptUrl,
    payUrl: notice.payUrl,
    memo: notice.memo,
    var1: notice.var1,
    var2: notice.var2,
    tax: { taxable: notice.amountTaxable, taxFree: notice.amountTaxFree, vat: notice.amountVat },
    paidAt: notice.payDate,
    cancelledAt: notice.cancelDate,
    requestedAt: notice.requestDate,
    failureMessage: notice.failureMessage,
    raw: notice.raw,
  };
}

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

/**
 * POST /webhooks/payapp: PayApp's feedbackurl, common feedback URL and failurl. Answers 200
 * SUCCESS only once the notice is committed (or was already); anything else gets a non-2xx
 * status so that PayApp sends it again. A rebill's notices (rebill_no, or our URL's
 * ?subscription= link) go through the recurring payment they belong to.
 */
export function payAppWebhook(deps: { sellers: SellerService; notices: PaymentNotices; recurringNotices: SubscriptionNotices; logger: Logger }): RouteHandler {
  const { sellers, notices, recurringNotices, logger } = deps;
  return async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (req.method !== 'POST') return answer(res, 405, 'POST only');
    const parsed = parsePayAppNotice(new URLSearchParams(body.toString('utf8')));
    if (!parsed.ok) {
      // Loud: a provider's genuine notice we cannot read needs a person; PayApp keeps retrying it.
      logger.error({ field: parsed.error.field, reason: parsed.error.message }, 'PayApp notice refused: malformed');
      return answer(res, 400, 'FAIL malformed notice');
    }
    const { notice } = parsed;
    const holder = await sellers.findByAccount(Provider.PAYAPP, notice.userId);
    if (!holder || !noticeMatchesSeller(notice, payAppCredentials(holder.account))) {
      logger.warn({ userId: notice.userId, mulNo: notice.providerPaymentId }, 'PayApp notice refused: unknown seller or wrong linkkey/linkval');
      return answer(res, 403, 'FAIL not authentic');
    }
    if (!notice.state) {
      // A pay_state we do not know yet: never guess; keep the payment where it is.
      logger.warn({ mulNo: notice.providerPaymentId, payState: notice.payState }, 'PayApp notice with an unknown pay_state left unapplied');
      return answer(res, 200, noticeAnswer);
    }
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const report = reportOf(notice, holder.sellerId, notice.state, linkedPaymentId(query));
    const recurring = { providerSubscriptionId: notice.rebillNo, linkedSubscriptionId: linkedSubscriptionId(query) };
    const outcome = recurring.providerSubscriptionId || recurring.linkedSubscriptionId ? await recurringNotices.apply(report, recurring) : await notices.apply(report);
    if (!outcome.recorded) return answer(res, 409, `FAIL ${outcome.reason}`);
    return answer(res, 200, noticeAnswer);
  };
}
