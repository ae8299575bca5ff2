/**
 * The definite link between a request we make and the provider's notices about it: our notice URL
 * carries the payment's id in its query string (RUNTIME.md allows a query string of our own on the
 * PayApp feedbackurl / failurl), so a notice is matched to its payment by id, never by guessing.
 */
export const NOTICE_PAYMENT_PARAM = 'payment';

export function noticeUrlFor(noticeEndpoint: string, paymentId: string): string {
  const url = new URL(noticeEndpoint);
  url.searchParams.set(NOTICE_PAYMENT_PARAM, paymentId);
  return url.toString();
}

/** The payment id a notice's URL names, if any. */
export function linkedPaymentId(query: URLSearchParams): string | undefined {
  return query.get(NOTICE_PAYMENT_PARAM) ?? undefined;
}
