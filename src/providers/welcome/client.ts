import type { ProviderHttp } from '../http';
import { formatKstTimestamp } from '../kst';
import { exchange } from '../reply';
import { ProviderResult, ok } from '../types';
import { encryptCardField } from './encryption';
import { checkBillingKey, checkBuyer, checkCard, checkCardChargeOptions, checkCardOwner, checkCharge, checkGoodsName, checkNote } from './input';
import { billingKeySignature, chargeSignature, deleteSignature } from './signature';
import type {
  ChargeCardBillingKeyInput,
  ChargePhoneBillingKeyInput,
  DeleteBillingKeyInput,
  IssueBillingKeyInput,
  WelcomeBillingKey,
  WelcomeCharge,
  WelcomeCredentials,
} from './types';
import {
  WELCOME_FORM_CONTENT_TYPE,
  WELCOME_PATHS,
  WelcomeNoAuthBillingKeyRequest,
  WelcomePhoneChargeRequest,
  WelcomeReplyBody,
  WelcomeRequest,
  encodeForm,
  readWelcomeReply,
  toBillingKey,
  toCharge,
} from './wire';

export interface WelcomeClientOptions {
  http: ProviderHttp;
  /** e.g. https://tpayapi.paywelcome.co.kr, without a trailing slash. */
  baseUrl: string;
  /** The clock that `timestamp` is read from. */
  now?: () => Date;
}

/**
 * WelcomePayments PayAPI billing calls. Each method checks its input (rejecting with
 * WelcomeInputError before anything is sent), makes one call and answers a ProviderResult.
 */
export class WelcomeClient {
  private readonly now: () => Date;

  constructor(private readonly options: WelcomeClientOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** /billing/billkey/card: a card billing key, checked against the birth date and password digits. */
  async issueCardBillingKey(credentials: WelcomeCredentials, input: IssueBillingKeyInput): Promise<ProviderResult<WelcomeBillingKey>> {
    const request = this.billingKeyRequest(credentials, input);
    const owner = checkCardOwner(input.card);
    return this.send(
      WELCOME_PATHS.issueBillingKey,
      {
        ...request,
        registNo: encryptCardField(owner.registNo, credentials.mkey),
        passwd: encryptCardField(owner.passwd, credentials.mkey),
        // `etc` is required here; a caller without a note still has to send something.
        etc: request.etc ?? '-',
      },
      toBillingKey,
    );
  }

  /** /noauth/billkey/card: a card billing key from the number and expiry alone. */
  async issueCardBillingKeyWithoutAuth(credentials: WelcomeCredentials, input: IssueBillingKeyInput): Promise<ProviderResult<WelcomeBillingKey>> {
    return this.send(WELCOME_PATHS.issueBillingKeyWithoutAuth, this.billingKeyRequest(credentials, input), toBillingKey);
  }

  /** The input rules of /billing/billpay alone, for a caller that must know the charge is sendable before it records anything. */
  validateCardCharge(input: ChargeCardBillingKeyInput): void {
    checkCardChargeOptions(input, Number(checkCharge(input).price));
  }

  /** The input rules of /billing/hppbillpay alone. */
  validatePhoneCharge(input: ChargePhoneBillingKeyInput): void {
    checkCharge(input);
  }

  /** /billing/billpay: charge a card billing key. */
  async chargeCardBillingKey(credentials: WelcomeCredentials, input: ChargeCardBillingKeyInput): Promise<ProviderResult<WelcomeCharge>> {
    const request = this.chargeRequest(credentials, input);
    const amount = Number(request.price);
    return this.send(WELCOME_PATHS.chargeCard, { ...request, ...checkCardChargeOptions(input, amount) }, (body, receivedAt) => toCharge(body, amount, receivedAt));
  }

  /** /billing/hppbillpay: charge a phone billing key (issued on Welcome's web pages, not by this API). */
  async chargePhoneBillingKey(credentials: WelcomeCredentials, input: ChargePhoneBillingKeyInput): Promise<ProviderResult<WelcomeCharge>> {
    const request = this.chargeRequest(credentials, input);
    return this.send(WELCOME_PATHS.chargePhone, request, (body, receivedAt) => toCharge(body, Number(request.price), receivedAt));
  }

  /** /billing/billkey/delete. */
  async deleteBillingKey(credentials: WelcomeCredentials, input: DeleteBillingKeyInput): Promise<ProviderResult<void>> {
    const billkey = checkBillingKey(input.billingKey);
    const { mid, mkey } = credentials;
    const timestamp = this.timestamp();
    return this.send(WELCOME_PATHS.deleteBillingKey, { mid, billkey, timestamp, signature: deleteSignature({ mid, mkey, timestamp }) }, () => ok(undefined));
  }

  /** The fields both billing-key issues share. */
  private billingKeyRequest({ mid, mkey }: WelcomeCredentials, input: IssueBillingKeyInput): WelcomeNoAuthBillingKeyRequest {
    const card = checkCard(input.card);
    const timestamp = this.timestamp();
    const cardNumber = encryptCardField(card.number, mkey);
    return {
      mid,
      goodsName: checkGoodsName(input.goodsName),
      ...checkBuyer(input.buyer),
      cardNumber,
      cardExpireYY: card.year,
      cardExpireMM: card.month,
      etc: checkNote(input.note),
      timestamp,
      signature: billingKeySignature({ mid, mkey, cardNumber, timestamp }),
    };
  }

  /** The fields both charges share, signed. */
  private chargeRequest({ mid, mkey }: WelcomeCredentials, input: ChargePhoneBillingKeyInput): WelcomePhoneChargeRequest {
    const fields = checkCharge(input);
    const timestamp = this.timestamp();
    return { mid, ...fields, timestamp, signature: chargeSignature({ mid, mkey, oid: fields.oid, price: fields.price, timestamp }) };
  }

  private timestamp(): string {
    return formatKstTimestamp(this.now());
  }

  private send<T>(path: string, request: WelcomeRequest, convert: (body: WelcomeReplyBody, receivedAt: Date) => ProviderResult<T>): Promise<ProviderResult<T>> {
    const call = { url: `${this.options.baseUrl}${path}`, body: encodeForm(request), contentType: WELCOME_FORM_CONTENT_TYPE, logFields: { ...request } };
    return exchange(this.options.http, call, readWelcomeReply, convert, this.now);
  }
}
