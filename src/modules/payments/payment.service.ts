import { DataSource } from 'typeorm';
import { CANCELLABLE_PAID_STATES, CANCELLABLE_UNPAID_STATES } from '../../domain/payment-states';
import { ApiKeyRole, Currency, EventSource, PaymentState, Provider, UserErrorCode } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { badUserInput } from '../../graphql/errors';
import { newId } from '../../ids';
import type { ProviderClients } from '../../providers/registry';
import type { ApproveKeyInInput } from '../../providers/payup';
import type { ProviderResult } from '../../providers/types';
import { canSee, Viewer } from '../auth/viewer';
import { SellerRow } from '../sellers/seller.entity';
import { ProviderCredentials, SellerService } from '../sellers/seller.service';
import { PaymentLedger } from './payment-ledger';
import { newPaymentRow } from './new-payment';
import { PaymentRow } from './payment.entity';
import { CancellationRequest, CancelPaymentInput, PayWithCardInput, RequestCancellationInput, RequestPaymentInput } from './payment.inputs';
import { providerUserError, withInputRules } from './provider-outcomes';

export interface PaymentOutcome {
  payment: PaymentRow | null;
  userErrors: UserError[];
}

export interface CancellationOutcome extends PaymentOutcome {
  cancellationRequest: CancellationRequest | null;
}

const notFound = (field: string, what: string): UserError => ({ field: ['input', field], code: UserErrorCode.NOT_FOUND, message: `No such ${what}` });

/** Client input names → GraphQL input paths, for provider input-rule errors. */
const PAYREQUEST_FIELDS: Record<string, string[]> = {
  price: ['input', 'amount'],
  recvPhone: ['input', 'buyer', 'phone'],
  recvEmail: ['input', 'buyer', 'email'],
  buyerId: ['input', 'buyer', 'buyerId'],
  amountTaxable: ['input', 'taxableAmount'],
  amountTaxFree: ['input', 'taxFreeAmount'],
  amountVat: ['input', 'vatAmount'],
};
const KEYIN_FIELDS: Record<string, string[]> = {
  orderNumber: ['input', 'orderId'],
  itemName: ['input', 'goodName'],
  userName: ['input', 'buyer', 'name'],
  mobileNumber: ['input', 'buyer', 'phone'],
  email: ['input', 'buyer', 'email'],
};
const CANCEL_FIELDS: Record<string, string[]> = {
  cancelMemo: ['input', 'reason'],
  'partial.amount': ['input', 'amount'],
  'partial.amountTaxable': ['input', 'taxableAmount'],
  'partial.amountTaxFree': ['input', 'taxFreeAmount'],
  'partial.amountVat': ['input', 'vatAmount'],
  depositorName: ['input', 'depositorName'],
};

/**
 * Taking and giving back money. Provider calls happen outside database transactions; every state
 * change goes through the ledger (row lock, event in the same transaction, publish after commit),
 * the same path provider notices take, so the two can never apply one change twice.
 */
export class PaymentService {
  constructor(
    private readonly db: DataSource,
    private readonly ledger: PaymentLedger,
    private readonly sellers: SellerService,
    private readonly providers: ProviderClients,
    private readonly publicBaseUrl: string,
  ) {}

  /** The seller a mutation acts for: given by a PLATFORM key, implied by a SELLER key. */
  private async actingSeller(viewer: Viewer, sellerId: string | undefined): Promise<SellerRow | UserError> {
    if (viewer.role === ApiKeyRole.PLATFORM && !sellerId) throw badUserInput('sellerId is required with a PLATFORM key', [['input', 'sellerId']]);
    const id = sellerId ?? viewer.sellerId;
    const seller = id && canSee(viewer, id) ? await this.db.getRepository(SellerRow).findOneBy({ id }) : null;
    return seller ?? notFound('sellerId', 'seller');
  }

  private credentialsOf<P extends Provider>(seller: SellerRow, provider: P): Extract<ProviderCredentials, { provider: P }> | UserError {
    const credentials = this.sellers.credentials(seller, provider);
    return (credentials as Extract<ProviderCredentials, { provider: P }>) ?? { field: null, code: UserErrorCode.PROVIDER_NOT_CONFIGURED, message: `The seller has no ${provider} account` };
  }

  private async visiblePayment(viewer: Viewer, paymentId: string): Promise<PaymentRow | null> {
    const payment = await this.db.getRepository(PaymentRow).findOneBy({ id: paymentId });
    return payment && canSee(viewer, payment.sellerId) ? payment : null;
  }

  get noticeUrl(): string {
    return `${this.publicBaseUrl}/webhooks/payapp`;
  }

  /** PayApp payrequest. Nothing moves money yet, so the payment is recorded once PayApp answers. */
  async requestPayment(viewer: Viewer, input: RequestPaymentInput): Promise<PaymentOutcome> {
    const seller = await this.actingSeller(viewer, input.sellerId);
    if (!(seller instanceof SellerRow)) return { payment: null, userErrors: [seller] };
    const credentials = this.credentialsOf(seller, Provider.PAYAPP);
    if ('code' in credentials) return { payment: null, userErrors: [credentials] };
    if (!input.buyer.phone) throw badUserInput('buyer.phone is required: PayApp sends the pay request to it', [['input', 'buyer', 'phone']]);
    const currency = input.currency ?? Currency.KRW;

    const result = await withInputRules(PAYREQUEST_FIELDS, () =>
      this.providers.payapp.payRequest(credentials, {
        goodName: input.goodName,
        price: input.amount,
        recvPhone: input.buyer.phone as string,
        recvEmail: input.buyer.email,
        buyerId: input.buyer.buyerId,
        memo: input.memo,
        requestAddress: input.requestAddress,
        sendSms: input.sendSms ?? true,
        currency,
        countryCallingCode: input.countryCallingCode,
        returnUrl: input.returnUrl,
        methods: input.methods,
        skipReceiptPage: input.skipReceiptPage,
        appUrl: input.appUrl,
        amountTaxable: input.taxableAmount,
        amountTaxFree: input.taxFreeAmount,
        amountVat: input.vatAmount,
        feedbackUrl: this.noticeUrl,
        checkRetry: true,
        var1: input.var1,
        var2: input.var2,
      }),
    );
    if (result.kind === 'refused' || result.kind === 'unavailable') return { payment: null, userErrors: [providerUserError(result)] };

    const now = new Date();
    const payment = newPaymentRow({
      sellerId: seller.id,
      provider: Provider.PAYAPP,
      orderId: input.orderId ?? null,
      goodName: input.goodName,
      amount: input.amount,
      currency,
      taxableAmount: input.taxableAmount ?? null,
      taxFreeAmount: input.taxFreeAmount ?? null,
      vatAmount: input.vatAmount ?? null,
      buyerName: input.buyer.name ?? null,
      buyerPhone: input.buyer.phone ?? null,
      buyerEmail: input.buyer.email ?? null,
      buyerId: input.buyer.buyerId ?? null,
      memo: input.memo ?? null,
      var1: input.var1 ?? null,
      var2: input.var2 ?? null,
      requestedAt: now,
      // Without an answer we do not know PayApp's number: a notice for this seller, amount and
      // name adopts the payment later (see PaymentNotices).
      ...(result.kind === 'ok'
        ? { state: PaymentState.REQUESTED, payState: 1, providerPaymentId: result.value.providerPaymentId, payUrl: result.value.payUrl, qrUrl: result.value.qrUrl ?? null }
        : { state: PaymentState.UNKNOWN, payState: null }),
    });
    await this.ledger.open(payment, { source: EventSource.API, amount: payment.amount, data: result.kind === 'unknown' ? { reason: result.message } : null });
    return { payment, userErrors: result.kind === 'ok' ? [] : [providerUserError(result)] };
  }

  /**
   * Payup keyin2. The payment is recorded REQUESTED before the card is charged, so that a crash or
   * time-out mid-call leaves a trace to settle rather than money taken with no record.
   */
  async payWithCard(viewer: Viewer, input: PayWithCardInput): Promise<PaymentOutcome> {
    const seller = await this.actingSeller(viewer, input.sellerId);
    if (!(seller instanceof SellerRow)) return { payment: null, userErrors: [seller] };
    const credentials = this.credentialsOf(seller, Provider.PAYUP);
    if ('code' in credentials) return { payment: null, userErrors: [credentials] };
    const { card } = input;
    if (!card.birthDateOrBusinessNumber) throw badUserInput('card.birthDateOrBusinessNumber is required by Payup', [['input', 'card', 'birthDateOrBusinessNumber']]);
    if (!card.passwordFirstTwo) throw badUserInput('card.passwordFirstTwo is required by Payup', [['input', 'card', 'passwordFirstTwo']]);
    if (!input.buyer.name) throw badUserInput('buyer.name is required by Payup', [['input', 'buyer', 'name']]);

    const intent = newPaymentRow({
      sellerId: seller.id,
      provider: Provider.PAYUP,
      orderId: input.orderId,
      goodName: input.goodName,
      amount: input.amount,
      currency: Currency.KRW,
      taxableAmount: input.taxableAmount ?? null,
      taxFreeAmount: input.taxFreeAmount ?? null,
      buyerName: input.buyer.name ?? null,
      buyerPhone: input.buyer.phone ?? null,
      buyerEmail: input.buyer.email ?? null,
      buyerId: input.buyer.buyerId ?? null,
      method: null,
      requestedAt: new Date(),
      state: PaymentState.REQUESTED,
      payState: null,
    });
    const keyIn: ApproveKeyInInput = {
      orderNumber: input.orderId,
      card: { number: card.number, expiryMonth: card.expiryMonth, expiryYear: card.expiryYear, birthDateOrBusinessNumber: card.birthDateOrBusinessNumber, passwordFirstTwo: card.passwordFirstTwo },
      amount: input.amount,
      installmentMonths: input.installmentMonths ?? 0,
      itemName: input.goodName,
      userName: input.buyer.name,
      mobileNumber: input.buyer.phone,
      email: input.buyer.email,
      sendKakaoNotice: input.sendKakaoNotice,
      taxableAmount: input.taxableAmount,
      taxFreeAmount: input.taxFreeAmount,
    };
    // Payup's input rules run before anything is recorded: malformed input leaves no trace.
    await withInputRules(KEYIN_FIELDS, async () => this.providers.payup.validateKeyIn(keyIn));
    await this.ledger.open(intent, { source: EventSource.API, amount: intent.amount });
    const result = await this.providers.payup.approveKeyIn(credentials, keyIn);
    return this.settleDirectCharge(intent, result);
  }

  /** Records what a direct charge came to: PAID, FAILED (refused or never sent) or UNKNOWN. */
  private async settleDirectCharge(intent: PaymentRow, result: ProviderResult<{ providerPaymentId: string; approvalNumber?: string; approvedAt: Date; cardName?: string; installmentMonths: number }>): Promise<PaymentOutcome> {
    if (result.kind === 'ok') {
      const { value } = result;
      const { payment } = await this.ledger.transition(intent.id, () => ({
        to: PaymentState.PAID,
        source: EventSource.API,
        amount: intent.amount,
        occurredAt: value.approvedAt,
        changes: {
          providerPaymentId: value.providerPaymentId,
          method: 'CARD' as PaymentRow['method'],
          cardName: value.cardName ?? null,
          cardApprovalNumber: value.approvalNumber ?? null,
          cardInstallmentMonths: value.installmentMonths,
          paidAt: value.approvedAt,
        },
      }));
      return { payment, userErrors: [] };
    }
    const to = result.kind === 'unknown' ? PaymentState.UNKNOWN : PaymentState.FAILED;
    const data = result.kind === 'refused' ? { providerCode: result.providerCode, message: result.message } : { message: result.message };
    const { payment } = await this.ledger.transition(intent.id, () => ({ to, source: EventSource.API, data }));
    return { payment, userErrors: [providerUserError(result)] };
  }

  /**
   * PayApp paycancel or Payup cancel2. Everything that can be refused without the provider is
   * refused first; then, holding the payment's money lock, the payment is read again so that two
   * concurrent cancels can never together give back more than was paid.
   */
  async cancelPayment(viewer: Viewer, input: CancelPaymentInput): Promise<PaymentOutcome> {
    const found = await this.visiblePayment(viewer, input.paymentId);
    if (!found) return { payment: null, userErrors: [notFound('paymentId', 'payment')] };
    return this.ledger.withMoneyLock(found.id, async (runner) => {
      const payment = (await runner.manager.findOneByOrFail(PaymentRow, { id: found.id })) as PaymentRow;
      const refusal = cancelRefusal(payment, input);
      if (refusal) return { payment, userErrors: [refusal] };
      const seller = await runner.manager.findOneByOrFail(SellerRow, { id: payment.sellerId });
      const credentials = this.credentialsOf(seller, payment.provider);
      if ('code' in credentials) return { payment, userErrors: [credentials] };

      const unpaid = CANCELLABLE_UNPAID_STATES.includes(payment.state);
      const remaining = payment.amount - payment.cancelledAmount;
      const amount = input.amount ?? remaining;
      const partial = !unpaid && amount < remaining;
      const result = await withInputRules(CANCEL_FIELDS, () => this.callCancel(credentials, payment, input, partial ? amount : undefined));
      if (result.kind === 'refused' || result.kind === 'unavailable') return { payment, userErrors: [providerUserError(result)] };
      if (result.kind === 'unknown') {
        const settled = await this.ledger.transition(payment.id, () => ({ to: PaymentState.UNKNOWN, source: EventSource.API, amount, data: { operation: 'cancel', reason: result.message } }), runner);
        return { payment: settled.payment, userErrors: [providerUserError(result)] };
      }
      const now = new Date();
      const { payment: cancelled } = await this.ledger.transition(
        payment.id,
        () =>
          unpaid
            ? { to: PaymentState.REQUEST_CANCELLED, source: EventSource.API, changes: { cancelledAt: now } }
            : {
                to: partial ? PaymentState.PARTIALLY_CANCELLED : PaymentState.APPROVAL_CANCELLED,
                source: EventSource.API,
                amount,
                // A partial cancel's notice carries a new number; this key lets it find and confirm this event.
                dedupeKey: partial ? awaitingNoticeKey(amount) : null,
                changes: { cancelledAmount: payment.cancelledAmount + amount, cancelledAt: now },
              },
        runner,
      );
      return { payment: cancelled, userErrors: [] };
    });
  }

  private callCancel(credentials: ProviderCredentials, payment: PaymentRow, input: CancelPaymentInput, partialAmount: number | undefined): Promise<ProviderResult<unknown>> {
    switch (credentials.provider) {
      case Provider.PAYAPP:
        return this.providers.payapp.payCancel(credentials, {
          providerPaymentId: payment.providerPaymentId as string,
          cancelMemo: input.reason,
          onlyIfNotPaid: input.onlyIfNotPaid,
          partial: partialAmount === undefined ? undefined : { amount: partialAmount, amountTaxable: input.taxableAmount, amountTaxFree: input.taxFreeAmount, amountVat: input.vatAmount },
        });
      case Provider.PAYUP:
        return this.providers.payup.cancel(credentials, { transactionId: payment.providerPaymentId as string });
      case Provider.WELCOME:
        throw new Error('Welcome payments are refused by cancelRefusal before a call');
    }
  }

  /** PayApp paycancelreq: no state changes now; PayApp's notice cancels the payment later. */
  async requestCancellation(viewer: Viewer, input: RequestCancellationInput): Promise<CancellationOutcome> {
    const payment = await this.visiblePayment(viewer, input.paymentId);
    if (!payment) return { payment: null, cancellationRequest: null, userErrors: [notFound('paymentId', 'payment')] };
    const refuse = (userError: UserError) => ({ payment, cancellationRequest: null, userErrors: [userError] });
    if (payment.provider !== Provider.PAYAPP) return refuse({ field: ['input', 'paymentId'], code: UserErrorCode.UNSUPPORTED_BY_PROVIDER, message: 'Cancellation requests are a PayApp feature' });
    if (!CANCELLABLE_PAID_STATES.includes(payment.state)) return refuse({ field: ['input', 'paymentId'], code: UserErrorCode.INVALID_STATE, message: `A ${payment.state} payment has nothing paid to cancel` });
    const remaining = payment.amount - payment.cancelledAmount;
    if (input.amount !== undefined && input.amount > remaining) return refuse({ field: ['input', 'amount'], code: UserErrorCode.AMOUNT_EXCEEDS_REMAINING, message: `Only ${remaining} remains to cancel` });
    const seller = await this.db.getRepository(SellerRow).findOneByOrFail({ id: payment.sellerId });
    const credentials = this.credentialsOf(seller, Provider.PAYAPP);
    if ('code' in credentials) return refuse(credentials);
    const partial = input.amount !== undefined && input.amount < remaining;
    const result = await withInputRules(CANCEL_FIELDS, () =>
      this.providers.payapp.payCancelReq(credentials, {
        providerPaymentId: payment.providerPaymentId as string,
        cancelMemo: input.reason,
        depositorName: input.depositorName,
        partial: partial ? { amount: input.amount as number, amountTaxable: input.taxableAmount, amountTaxFree: input.taxFreeAmount, amountVat: input.vatAmount } : undefined,
      }),
    );
    if (result.kind !== 'ok') return refuse(providerUserError(result));
    const answer = result.value;
    return {
      payment,
      cancellationRequest: { paybackAmount: answer.paybackAmount ?? null, paybackBank: answer.paybackBank ?? null, partial: answer.partial, requestedAmount: answer.requestedAmount ?? (partial ? (input.amount as number) : remaining) },
      userErrors: [],
    };
  }

}

/** The dedupe key of an API partial cancel until PayApp's notice confirms it (see PaymentNotices). */
export function awaitingNoticeKey(amount: number): string {
  return `awaiting-notice:${amount}:${newId('paymentEvent')}`;
}

/** Why a cancel cannot even be tried, judged on the payment as it is now; undefined when it can. */
function cancelRefusal(payment: PaymentRow, input: CancelPaymentInput): UserError | undefined {
  const remaining = payment.amount - payment.cancelledAmount;
  const field = (name: string) => ['input', name];
  if (input.expectedRemainingAmount !== undefined && input.expectedRemainingAmount !== remaining) {
    return { field: field('expectedRemainingAmount'), code: UserErrorCode.REMAINING_AMOUNT_CHANGED, message: `The remaining amount is ${remaining}, not ${input.expectedRemainingAmount}` };
  }
  if (payment.provider === Provider.WELCOME) return { field: field('paymentId'), code: UserErrorCode.UNSUPPORTED_BY_PROVIDER, message: 'Welcome PayAPI has no cancel command' };
  const unpaid = CANCELLABLE_UNPAID_STATES.includes(payment.state);
  if (!unpaid && !CANCELLABLE_PAID_STATES.includes(payment.state)) return { field: field('paymentId'), code: UserErrorCode.INVALID_STATE, message: `A ${payment.state} payment cannot be cancelled` };
  if (input.onlyIfNotPaid && !unpaid) return { field: field('onlyIfNotPaid'), code: UserErrorCode.INVALID_STATE, message: 'The payment is no longer waiting to be paid' };
  if (unpaid && input.amount !== undefined && input.amount !== payment.amount) return { field: field('amount'), code: UserErrorCode.INVALID_STATE, message: 'An unpaid request can only be cancelled in full' };
  if (input.amount !== undefined && input.amount > remaining) return { field: field('amount'), code: UserErrorCode.AMOUNT_EXCEEDS_REMAINING, message: `Only ${remaining} remains to cancel` };
  if (payment.provider === Provider.PAYUP && input.amount !== undefined && input.amount < remaining) return { field: field('amount'), code: UserErrorCode.UNSUPPORTED_BY_PROVIDER, message: 'Payup cancels approvals in full only' };
  if (!payment.providerPaymentId) return { field: field('paymentId'), code: UserErrorCode.INVALID_STATE, message: 'The provider has not told us this payment\'s number yet' };
  return undefined;
}
