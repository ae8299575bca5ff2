import { DataSource } from 'typeorm';
import { Currency, PaymentMethod, PaymentState, Provider, UserErrorCode } from '../../domain/enums';
import { InputError, notFound, Refusal } from '../../domain/errors';
import { CANCELLABLE_PAID_STATES, CANCELLABLE_UNPAID_STATES } from '../../domain/payment-states';
import { newId } from '../../ids';
import type { CardChargeCommand, Cancels } from '../../providers/types';
import type { Actor } from '../auth/actor';
import { canSee } from '../auth/viewer';
import type { IdempotencyClaim } from '../idempotency/idempotency.service';
import { MovementKind } from '../money/money-movement.entity';
import type { MoneyMovements, MoveResult, Settlement } from '../money/money-movements';
import type { ProviderAccess } from '../money/provider-access';
import { answerOf, isRefusal, unsupported } from '../money/provider-refusals';
import { newPaymentRow, NewPaymentFields } from './new-payment';
import { noticeUrlFor } from './notice-link';
import { recordCharge } from './payment-charges';
import type { LedgerTransaction } from './payment-ledger';
import { PaymentRow } from './payment.entity';
import type {
  CancellationOutcome,
  CancelPaymentCommand,
  PaymentOutcome,
  PayWithCardCommand,
  RequestCancellationCommand,
  RequestPaymentCommand,
} from './payment.commands';

/** The provider that asks buyers to pay by link or SMS (the contract's requestPayment is PayApp's payrequest). */
const PAY_REQUEST_PROVIDER = Provider.PAYAPP;
/** The provider that charges typed card data (payWithCard is Payup's keyin2). */
const CARD_KEY_IN_PROVIDER = Provider.PAYUP;

const noPayment = (refusal: Refusal): PaymentOutcome => ({ payment: null, userErrors: [refusal] });

/**
 * Taking and giving back money, for any actor (an API key, the scheduler). Every call that can
 * move money follows the money-movement protocol (MoneyMovements.move): intent first, the
 * provider called with no connection held, the answer applied through the ledger, the same path
 * provider notices take, so that the two never apply one change twice.
 */
export class PaymentService {
  constructor(
    private readonly db: DataSource,
    private readonly movements: MoneyMovements,
    private readonly providers: ProviderAccess,
    /** Our PayApp notice endpoint ($PUBLIC_BASE_URL/webhooks/payapp). */
    private readonly noticeEndpoint: string,
  ) {}

  private async visiblePayment(actor: Actor, paymentId: string): Promise<PaymentRow | null> {
    const payment = await this.db.getRepository(PaymentRow).findOneBy({ id: paymentId });
    return payment && canSee(actor, payment.sellerId) ? payment : null;
  }

  private async reload(paymentId: string): Promise<PaymentRow | null> {
    return this.db.getRepository(PaymentRow).findOneBy({ id: paymentId });
  }

  /** Asks a buyer to pay (PayApp payrequest). Refused or never sent: no payment. Unanswered: an UNKNOWN payment. */
  async requestPayment(actor: Actor, c: RequestPaymentCommand, claim?: IdempotencyClaim): Promise<PaymentOutcome> {
    const at = await this.providers.actingAt(actor, c.sellerId, PAY_REQUEST_PROVIDER, 'payRequests');
    if (isRefusal(at)) return noPayment(at);
    const { seller, capability: payRequests, account } = at;
    if (!c.buyer.phone) throw new InputError('buyer.phone is required: the pay request is sent to it', [['buyer', 'phone']]);

    const paymentId = newId('payment');
    const currency = c.currency ?? Currency.KRW;
    const fields: NewPaymentFields = {
      sellerId: seller.id,
      provider: PAY_REQUEST_PROVIDER,
      orderId: c.orderId ?? null,
      goodName: c.goodName,
      amount: c.amount,
      currency,
      taxableAmount: c.taxableAmount ?? null,
      taxFreeAmount: c.taxFreeAmount ?? null,
      vatAmount: c.vatAmount ?? null,
      buyerName: c.buyer.name ?? null,
      buyerPhone: c.buyer.phone ?? null,
      buyerEmail: c.buyer.email ?? null,
      buyerId: c.buyer.buyerId ?? null,
      memo: c.memo ?? null,
      var1: c.var1 ?? null,
      var2: c.var2 ?? null,
      source: actor.source,
      requestedAt: new Date(),
      state: PaymentState.REQUESTED,
      payState: 1,
    };
    const moved = await this.movements.move({
      intent: { paymentId, sellerId: seller.id, provider: PAY_REQUEST_PROVIDER, kind: MovementKind.PAY_REQUEST, amount: c.amount, source: actor.source, details: { payment: fields }, opensPayment: true },
      claim,
      call: () => payRequests.request(account, { ...c, currency, noticeUrl: noticeUrlFor(this.noticeEndpoint, paymentId) }),
      apply: async (tx, result, _movement, settlement) => {
        if (result.kind === 'ok') {
          const { providerPaymentId, payUrl, qrUrl } = result.value;
          await openPayment(tx, settlement, newPaymentRow({ ...fields, id: paymentId, providerPaymentId, payUrl, qrUrl: qrUrl ?? null }), actor, { providerPaymentId, payUrl, qrUrl: qrUrl ?? null });
        } else if (result.kind === 'unknown') {
          // PayApp's notice names this id (our feedbackurl carries it) and settles the payment.
          await openPayment(tx, settlement, newPaymentRow({ ...fields, id: paymentId, state: PaymentState.UNKNOWN, payState: null }), actor, {}, { reason: result.message });
        }
      },
    });
    return this.outcomeOf(moved, paymentId);
  }

  /**
   * Charges typed card data (Payup keyin2). The payment is recorded REQUESTED with its intent before
   * the card is charged, so that a crash or time-out mid-call leaves a trace to settle.
   */
  async payWithCard(actor: Actor, c: PayWithCardCommand, claim?: IdempotencyClaim): Promise<PaymentOutcome> {
    const at = await this.providers.actingAt(actor, c.sellerId, CARD_KEY_IN_PROVIDER, 'cardCharges');
    if (isRefusal(at)) return noPayment(at);
    const { seller, capability: cardCharges, account } = at;
    const command: CardChargeCommand = { ...c, installmentMonths: c.installmentMonths ?? 0 };
    // The provider's input rules run before anything is recorded: malformed input leaves no trace.
    cardCharges.check(command);

    const payment = newPaymentRow({
      sellerId: seller.id,
      provider: CARD_KEY_IN_PROVIDER,
      orderId: c.orderId,
      goodName: c.goodName,
      amount: c.amount,
      currency: Currency.KRW,
      taxableAmount: c.taxableAmount ?? null,
      taxFreeAmount: c.taxFreeAmount ?? null,
      buyerName: c.buyer.name ?? null,
      buyerPhone: c.buyer.phone ?? null,
      buyerEmail: c.buyer.email ?? null,
      buyerId: c.buyer.buyerId ?? null,
      method: PaymentMethod.CARD,
      source: actor.source,
      requestedAt: new Date(),
      state: PaymentState.REQUESTED,
    });
    const moved = await this.movements.move({
      intent: { paymentId: payment.id, sellerId: seller.id, provider: CARD_KEY_IN_PROVIDER, kind: MovementKind.CHARGE, amount: c.amount, source: actor.source, opensPayment: true },
      claim,
      prepare: async (tx) => void (await tx.open(payment, { source: actor.source, amount: payment.amount })),
      call: () => cardCharges.charge(account, command),
      apply: (tx, result) => recordCharge(tx, payment.id, result, actor.source),
    });
    return this.outcomeOf(moved, payment.id);
  }

  /**
   * Cancels a payment in full or in part. What can be refused without the provider is refused
   * first; then the intent is recorded, judged again on the payment as it is once its movement
   * slot is taken, so that two cancels can never together give back more than was paid.
   */
  async cancelPayment(actor: Actor, c: CancelPaymentCommand, claim?: IdempotencyClaim): Promise<PaymentOutcome> {
    const found = await this.visiblePayment(actor, c.paymentId);
    if (!found) return noPayment(notFound('paymentId', 'payment'));
    const cancels = this.providers.capability(found.provider, 'cancels', ['paymentId']);
    const early = isRefusal(cancels) ? cancels : cancelRefusal(found, c, cancels);
    if (early) return { payment: found, userErrors: [early] };
    const account = await this.providers.account(found.sellerId, found.provider);
    if (isRefusal(account)) return { payment: found, userErrors: [account] };

    const plan = { unpaid: false, amount: 0, partial: false };
    const intent = { paymentId: found.id, sellerId: found.sellerId, provider: found.provider, kind: MovementKind.CANCEL, amount: null as number | null, source: actor.source };
    const moved = await this.movements.move({
      intent,
      claim,
      prepare: async (_tx, current) => {
        const refusal = cancelRefusal(current as PaymentRow, c, cancels as Cancels);
        if (refusal) return refusal;
        Object.assign(plan, cancelPlan(current as PaymentRow, c));
        intent.amount = plan.amount;
      },
      call: () =>
        (cancels as Cancels).cancel(account, {
          providerPaymentId: found.providerPaymentId as string,
          reason: c.reason,
          onlyIfNotPaid: c.onlyIfNotPaid,
          ...(plan.partial && { amount: plan.amount, taxableAmount: c.taxableAmount, taxFreeAmount: c.taxFreeAmount, vatAmount: c.vatAmount }),
        }),
      apply: async (tx, result, movement) => {
        if (result.kind === 'unknown') {
          await tx.transition(found.id, () => ({ to: PaymentState.UNKNOWN, source: actor.source, amount: plan.amount, data: { operation: 'cancel', amount: plan.amount, reason: result.message } }));
          return;
        }
        if (result.kind !== 'ok') return;
        const cancelledAt = result.value.cancelledAt ?? new Date();
        await tx.transition(found.id, (current) =>
          plan.unpaid
            ? { to: PaymentState.REQUEST_CANCELLED, source: actor.source, changes: { cancelledAt } }
            : {
                to: plan.partial ? PaymentState.PARTIALLY_CANCELLED : PaymentState.APPROVAL_CANCELLED,
                source: actor.source,
                amount: plan.amount,
                // A partial cancel's notice carries a new number; this key lets it find and confirm this event.
                dedupeKey: plan.partial ? awaitingNoticeKey(plan.amount, movement.id) : null,
                changes: { cancelledAmount: current.cancelledAmount + plan.amount, cancelledAt },
              },
        );
      },
    });
    const outcome = await this.outcomeOf(moved, found.id);
    return { ...outcome, payment: outcome.payment ?? found };
  }

  /** Asks PayApp for a cancellation after D+5 or after settlement (paycancelreq); its notice cancels the payment later. */
  async requestCancellation(actor: Actor, c: RequestCancellationCommand, claim?: IdempotencyClaim): Promise<CancellationOutcome> {
    const payment = await this.visiblePayment(actor, c.paymentId);
    if (!payment) return { payment: null, cancellationRequest: null, userErrors: [notFound('paymentId', 'payment')] };
    const refuse = (userError: Refusal): CancellationOutcome => ({ payment, cancellationRequest: null, userErrors: [userError] });
    const requests = this.providers.capability(payment.provider, 'cancellationRequests', ['paymentId']);
    if (isRefusal(requests)) return refuse(requests);
    const refusal = requestRefusal(payment, c);
    if (refusal) return refuse(refusal);
    const account = await this.providers.account(payment.sellerId, payment.provider);
    if (isRefusal(account)) return refuse(account);

    const remaining = payment.amount - payment.cancelledAmount;
    const partial = c.amount !== undefined && c.amount < remaining;
    const moved = await this.movements.move({
      intent: { paymentId: payment.id, sellerId: payment.sellerId, provider: payment.provider, kind: MovementKind.CANCEL_REQUEST, amount: c.amount ?? remaining, source: actor.source },
      claim,
      prepare: async (_tx, current) => requestRefusal(current as PaymentRow, c),
      call: () =>
        requests.request(account, {
          providerPaymentId: payment.providerPaymentId as string,
          reason: c.reason,
          depositorName: c.depositorName,
          ...(partial && { amount: c.amount, taxableAmount: c.taxableAmount, taxFreeAmount: c.taxFreeAmount, vatAmount: c.vatAmount }),
        }),
      // Nothing changes yet: PayApp's notice cancels the payment once the seller has paid back.
      apply: async () => undefined,
    });
    if ('refusal' in moved) return refuse(moved.refusal);
    const { result } = moved;
    if (result.kind !== 'ok') return { payment, cancellationRequest: null, ...answerOf(result) };
    const answer = result.value;
    return {
      payment,
      cancellationRequest: { paybackAmount: answer.paybackAmount ?? null, paybackBank: answer.paybackBank ?? null, partial: answer.partial, requestedAmount: answer.requestedAmount ?? (partial ? (c.amount as number) : remaining) },
      userErrors: [],
    };
  }

  private async outcomeOf(moved: MoveResult<unknown>, paymentId: string): Promise<PaymentOutcome> {
    if ('refusal' in moved) return { payment: await this.reload(paymentId), userErrors: [moved.refusal] };
    // Confirmed by the provider's own notice: done, whatever became of the call's answer.
    const payment = moved.payment ?? (await this.reload(paymentId));
    return { payment, ...(moved.confirmed ? { userErrors: [] } : answerOf(moved.result)) };
  }
}

/**
 * Opens the payment a pay request created. A notice that opened it first confirmed the movement
 * (the answer is then not applied at all); a recovery that took the call for dead may have recorded
 * it UNKNOWN: then the answer only fills in what it knows.
 */
async function openPayment(tx: LedgerTransaction, settlement: Exclude<Settlement, 'confirmed'>, payment: PaymentRow, actor: Actor, known: Partial<PaymentRow>, data?: object): Promise<void> {
  if (settlement === 'owned' || !(await tx.manager.existsBy(PaymentRow, { id: payment.id }))) {
    await tx.open(payment, { source: actor.source, amount: payment.amount, data: data ?? null });
    return;
  }
  await tx.transition(payment.id, (current) =>
    current.state === PaymentState.UNKNOWN && payment.state !== PaymentState.UNKNOWN ? { to: payment.state, source: actor.source, payState: payment.payState, changes: known } : { skip: 'the notice got there first' },
  );
}

/** The dedupe key of an API partial cancel until PayApp's notice confirms it (see PaymentNotices). */
export function awaitingNoticeKey(amount: number, movementId: string): string {
  return `awaiting-notice:${amount}:${movementId}`;
}

/** What a cancel will ask for, judged on the payment as it is. */
function cancelPlan(payment: PaymentRow, c: CancelPaymentCommand): { unpaid: boolean; amount: number; partial: boolean } {
  const unpaid = CANCELLABLE_UNPAID_STATES.includes(payment.state);
  const remaining = payment.amount - payment.cancelledAmount;
  const amount = c.amount ?? remaining;
  return { unpaid, amount, partial: !unpaid && amount < remaining };
}

/** Why a cancel cannot even be tried, judged on the payment as it is now; undefined when it can. */
function cancelRefusal(payment: PaymentRow, c: CancelPaymentCommand, cancels: Cancels): Refusal | undefined {
  const remaining = payment.amount - payment.cancelledAmount;
  const refuse = (field: string, code: UserErrorCode, message: string): Refusal => ({ field: [field], code, message });
  if (c.expectedRemainingAmount !== undefined && c.expectedRemainingAmount !== remaining) {
    return refuse('expectedRemainingAmount', UserErrorCode.REMAINING_AMOUNT_CHANGED, `The remaining amount is ${remaining}, not ${c.expectedRemainingAmount}`);
  }
  const unpaid = CANCELLABLE_UNPAID_STATES.includes(payment.state);
  if (!unpaid && !CANCELLABLE_PAID_STATES.includes(payment.state)) return refuse('paymentId', UserErrorCode.INVALID_STATE, `A ${payment.state} payment cannot be cancelled`);
  if (c.onlyIfNotPaid && !unpaid) return refuse('onlyIfNotPaid', UserErrorCode.INVALID_STATE, 'The payment is no longer waiting to be paid');
  if (unpaid && c.amount !== undefined && c.amount !== payment.amount) return refuse('amount', UserErrorCode.INVALID_STATE, 'An unpaid request can only be cancelled in full');
  if (c.amount !== undefined && c.amount > remaining) return refuse('amount', UserErrorCode.AMOUNT_EXCEEDS_REMAINING, `Only ${remaining} remains to cancel`);
  if (!cancels.partial && c.amount !== undefined && c.amount < remaining) return unsupported(payment.provider, 'cancels', ['amount'], `${payment.provider} cancels approvals in full only`);
  if (!payment.providerPaymentId) return refuse('paymentId', UserErrorCode.INVALID_STATE, 'The provider has not told us this payment\'s number yet');
  return undefined;
}

/** Why a cancellation request cannot be made, judged on the payment as it is now. */
function requestRefusal(payment: PaymentRow, c: RequestCancellationCommand): Refusal | undefined {
  if (!CANCELLABLE_PAID_STATES.includes(payment.state)) return { field: ['paymentId'], code: UserErrorCode.INVALID_STATE, message: `A ${payment.state} payment has nothing paid to cancel` };
  const remaining = payment.amount - payment.cancelledAmount;
  if (c.amount !== undefined && c.amount > remaining) return { field: ['amount'], code: UserErrorCode.AMOUNT_EXCEEDS_REMAINING, message: `Only ${remaining} remains to cancel` };
  return undefined;
}
