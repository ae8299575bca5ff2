/**
 * The definite link between a request we make and the provider's notices about it: our notice URL
 * carries the id of what it is about in its query string (RUNTIME.md allows a query string of our
 * own on the PayApp feedbackurl / failurl), so a notice is matched by id, never by guessing:
 * `?payment=<id>` for a payment, `?subscription=<id>` for a recurring payment's charges.
 */
export const NOTICE_PAYMENT_PARAM = 'payment';
export const NOTICE_SUBSCRIPTION_PARAM = 'subscription';

function linkedUrl(noticeEndpoint: string, param: string, id: string): string {
  const url = new URL(noticeEndpoint);
  url.searchParams.set(param, id);
  return url.toString();
}

export function noticeUrlFor(noticeEndpoint: string, paymentId: string): string {
  return linkedUrl(noticeEndpoint, NOTICE_PAYMENT_PARAM, paymentId);
}

export function subscriptionNoticeUrlFor(noticeEndpoint: string, subscriptionId: string): string {
  return linkedUrl(noticeEndpoint, NOTICE_SUBSCRIPTION_PARAM, subscriptionId);
}

/** The payment id a notice's URL names, if any. */
export function linkedPaymentId(query: URLSearchParams): string | undefined {
  return query.get(NOTICE_PAYMENT_PARAM) ?? undefined;
}

/** The recurring payment a notice's URL names, if any. */
export function linkedSubscriptionId(query: URLSearchParams): string | undefined {
  return query.get(NOTICE_SUBSCRIPTION_PARAM) ?? undefined;
}
