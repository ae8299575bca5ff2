import type { ProviderHttp } from '../http';
import { formatKstTimestamp } from '../kst';
import { exchange } from '../reply';
import type { ProviderResult } from '../types';
import { checkKeyIn, checkTransactionId } from './input';
import { cancelSignature, keyInSignature } from './signature';
import type { ApproveKeyInInput, CancelInput, PayupApproval, PayupCancellation, PayupCredentials } from './types';
import {
  PAYUP_JSON_CONTENT_TYPE,
  PayupCancelRequest,
  PayupKeyInRequest,
  PayupReplyBody,
  payupPaths,
  readPayupReply,
  toApproval,
  toCancellation,
} from './wire';

export interface PayupClientOptions {
  http: ProviderHttp;
  /** e.g. https://api.testpayup.co.kr, without a trailing slash. */
  baseUrl: string;
  /** The clock that `timestamp` is read from. */
  now?: () => Date;
}

/**
 * Payup card key-in: approve and cancel. Each method checks its input (rejecting with
 * PayupInputError before anything is sent), makes one call and answers a ProviderResult.
 */
export class PayupClient {
  private readonly now: () => Date;

  constructor(private readonly options: PayupClientOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** The input rules of keyin2 alone, for a caller that must know the input is sendable before it records anything. */
  validateKeyIn(input: ApproveKeyInInput): void {
    checkKeyIn(input);
  }

  /** keyin2: approve a payment from typed card data. */
  async approveKeyIn({ merchantId, apiCertKey }: PayupCredentials, input: ApproveKeyInInput): Promise<ProviderResult<PayupApproval>> {
    const { amount, quota, tax, ...fields } = checkKeyIn(input);
    const timestamp = formatKstTimestamp(this.now());
    const request: PayupKeyInRequest = {
      ...fields,
      amount: String(amount),
      quota: String(quota),
      ...(tax && { taxFlag: 'Y', taxAmount: String(tax.taxAmount), freeAmount: String(tax.freeAmount) }),
      timestamp,
      signature: keyInSignature({ merchantId, orderNumber: fields.orderNumber, amount: String(amount), apiCertKey, timestamp }),
    };
    return this.send(payupPaths.keyIn(merchantId), request, (body, receivedAt) => toApproval(body, { amount, installmentMonths: quota }, receivedAt));
  }

  /** cancel2: cancel an approval in full (the manual has no partial cancel). */
  async cancel({ merchantId, apiCertKey }: PayupCredentials, input: CancelInput): Promise<ProviderResult<PayupCancellation>> {
    const transactionId = checkTransactionId(input.transactionId);
    const request: PayupCancelRequest = { merchantId, transactionId, signature: cancelSignature({ merchantId, transactionId, apiCertKey }) };
    return this.send(payupPaths.cancel(merchantId), request, toCancellation);
  }

  private send<T>(
    path: string,
    request: PayupKeyInRequest | PayupCancelRequest,
    convert: (body: PayupReplyBody, receivedAt: Date) => ProviderResult<T>,
  ): Promise<ProviderResult<T>> {
    const call = { url: `${this.options.baseUrl}${path}`, body: JSON.stringify(request), contentType: PAYUP_JSON_CONTENT_TYPE, logFields: { ...request } };
    return exchange(this.options.http, call, readPayupReply, convert, this.now);
  }
}
