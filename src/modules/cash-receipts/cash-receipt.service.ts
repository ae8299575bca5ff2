import { DataSource } from 'typeorm';
import { CashReceiptState, PaymentMethod, Provider, UserErrorCode } from '../../domain/enums';
import { InputError, notFound, Refusal } from '../../domain/errors';
import { CANCELLABLE_PAID_STATES } from '../../domain/payment-states';
import { newId } from '../../ids';
import type { CashAmount, IssueCashReceiptCommand, ProviderResult } from '../../providers/types';
import type { Actor } from '../auth/actor';
import { canSee } from '../auth/viewer';
import type { IdempotencyClaim } from '../idempotency/idempotency.service';
import type { ProviderAccess } from '../money/provider-access';
import { isRefusal, lookupRefusal, providerRefusal } from '../money/provider-refusals';
import { PaymentRow } from '../payments/payment.entity';
import { CashReceiptLedger, ReceiptChange, unknownReceiptRefusal } from './cash-receipt-ledger';
import { CashReceiptRow } from './cash-receipt.entity';
import type { CancelReceiptCommand, CashReceiptOutcome, IssueReceiptCommand } from './cash-receipt.commands';
import { maskIdentity } from './masked-identity';

/** The contract's issueCashReceipt is PayApp's cashStRegist. */
const CASH_RECEIPT_PROVIDER = Provider.PAYAPP;

const noReceipt = (refusal: Refusal): CashReceiptOutcome => ({ cashReceipt: null, userErrors: [refusal] });

/** Why a call did not succeed, as the receipt keeps it and the caller is told; null on success. */
function failureOf(result: ProviderResult<unknown>, providerReceiptId: string | null): Refusal | null {
  if (result.kind === 'ok') return null;
  return result.kind === 'unknown' ? unknownReceiptRefusal(result.message, providerReceiptId) : providerRefusal(result);
}

/** What the caller is told: the receipt as it now stands, and why the call did not succeed. */
function outcomeOf(receipt: CashReceiptRow | null, result: ProviderResult<unknown>, failure: Refusal | null): CashReceiptOutcome {
  return { cashReceipt: receipt, userErrors: failure ? [failure] : [], retryable: result.kind === 'unavailable' };
}

/** Why a receipt cannot be cancelled as it is now; undefined when it can. */
function cancelRefusal(receipt: CashReceiptRow): Refusal | undefined {
  const because: Partial<Record<CashReceiptState, string>> = {
    [CashReceiptState.ISSUING]: 'it is still being issued',
    [CashReceiptState.CANCELLING]: 'a cancel of it is awaiting PayApp\'s answer',
    [CashReceiptState.CANCELLED]: 'it is cancelled already',
    [CashReceiptState.FAILED]: 'it was never issued',
  };
  if (receipt.state === CashReceiptState.UNKNOWN && !receipt.providerReceiptId) {
    because[CashReceiptState.UNKNOWN] = 'whether PayApp issued it is unknown: an operator settles it first (resolveUnknownCashReceipt)';
  }
  const reason = because[receipt.state];
  return reason ? { field: ['cashReceiptId'], code: UserErrorCode.INVALID_STATE, message: `The cash receipt cannot be cancelled: ${reason}` } : undefined;
}

/**
 * Issuing and cancelling cash receipts. Not a money movement, but a document with legal weight:
 * each provider call is recorded before it is made (ISSUING, CANCELLING, with a lease), made with
 * no database connection held, and its answer written with its event in one transaction. An
 * unanswered call leaves the receipt UNKNOWN, never guessed; a repeat with the same idempotency key
 * returns the receipt instead of issuing a second one.
 */
export class CashReceiptService {
  constructor(
    private readonly db: DataSource,
    private readonly providers: ProviderAccess,
    private readonly ledger: CashReceiptLedger,
  ) {}

  async issue(actor: Actor, c: IssueReceiptCommand, claim?: IdempotencyClaim): Promise<CashReceiptOutcome> {
    const at = await this.providers.actingAt(actor, c.sellerId, CASH_RECEIPT_PROVIDER, 'cashReceipts');
    if (isRefusal(at)) return noReceipt(at);
    const { seller, capability: receipts, account } = at;
    const payment = c.paymentId ? await this.paidPaymentOf(seller.id, c.paymentId, c.totalAmount) : null;
    if (isRefusal(payment)) return noReceipt(payment);
    const { sellerId: _seller, paymentId: _payment, idempotencyKey: _key, ...sale } = c as IssueReceiptCommand & { idempotencyKey?: string };
    const command: IssueCashReceiptCommand = {
      ...sale,
      // The manual lets a receipt name its payment (mul_no); only a payment at the same provider has one.
      providerPaymentId: payment?.provider === CASH_RECEIPT_PROVIDER ? (payment.providerPaymentId ?? undefined) : undefined,
    };
    // The provider's rules (amounts, identity, how old the trade is) before anything is recorded or sent.
    receipts.check(command, new Date());

    const opened = await this.ledger.open(newReceiptRow(seller.id, payment?.id ?? null, c), { source: actor.source, claim });
    if (isRefusal(opened)) return noReceipt(opened);
    const result = await receipts.issue(account, command);
    const failure = failureOf(result, null);
    const receipt = await this.ledger.settleCall(opened.id, opened.callEventId, (): ReceiptChange => {
      if (result.kind !== 'ok') return { to: result.kind === 'unknown' ? CashReceiptState.UNKNOWN : CashReceiptState.FAILED, source: actor.source, failure };
      const { providerReceiptId, approvalNumber, receiptUrl } = result.value;
      return { to: CashReceiptState.ISSUED, source: actor.source, failure: null, changes: { providerReceiptId, approvalNumber: approvalNumber ?? null, receiptUrl: receiptUrl ?? null } };
    });
    return outcomeOf(receipt, result, failure);
  }

  async cancel(actor: Actor, c: CancelReceiptCommand, claim?: IdempotencyClaim): Promise<CashReceiptOutcome> {
    const found = await this.visibleReceipt(actor, c.cashReceiptId);
    if (!found) return noReceipt(notFound('cashReceiptId', 'cash receipt'));
    const receipts = this.providers.capability(found.provider, 'cashReceipts', ['cashReceiptId']);
    if (isRefusal(receipts)) return { cashReceipt: found, userErrors: [receipts] };
    const account = await this.providers.account(found.sellerId, found.provider);
    if (isRefusal(account)) return { cashReceipt: found, userErrors: [account] };

    // Judged again under the receipt's lock: two cancels at once make one call.
    let before = found.state;
    const begun = await this.ledger.change(found.id, (current) => {
      before = current.state;
      return cancelRefusal(current) ?? { to: CashReceiptState.CANCELLING, source: actor.source, claim };
    });
    if (!begun.receipt || begun.refusal) return { cashReceipt: begun.receipt, userErrors: [begun.refusal ?? notFound('cashReceiptId', 'cash receipt')] };
    const cancelling = begun.receipt;

    const result = await receipts.cancel(account, { providerReceiptId: cancelling.providerReceiptId as string });
    const failure = failureOf(result, cancelling.providerReceiptId);
    const receipt = await this.ledger.settleCall(cancelling.id, cancelling.callEventId, (): ReceiptChange => {
      if (result.kind === 'ok') return { to: CashReceiptState.CANCELLED, source: actor.source, failure: null, changes: { cancelledAt: new Date() } };
      // Refused or never sent: the receipt stands as it was; unanswered: nobody knows.
      return { to: result.kind === 'unknown' ? CashReceiptState.UNKNOWN : before, source: actor.source, failure };
    });
    return outcomeOf(receipt, result, failure);
  }

  /** How much of a Naver Pay payment a cash receipt may cover (PayApp checkNpayCashReceiptReq). */
  async naverPayCashAmount(actor: Pick<Actor, 'role' | 'sellerId'>, paymentId: string): Promise<CashAmount | Refusal> {
    const payment = await this.db.getRepository(PaymentRow).findOneBy({ id: paymentId });
    if (!payment || !canSee(actor, payment.sellerId)) return notFound('paymentId', 'payment');
    if (payment.method !== PaymentMethod.NAVERPAY) {
      throw new InputError(`paymentId: only a NAVERPAY payment has a Naver Pay cash amount; this one is ${payment.method ?? 'not paid yet'}`, [['paymentId']]);
    }
    const receipts = this.providers.capability(payment.provider, 'cashReceipts', ['paymentId']);
    if (isRefusal(receipts)) return receipts;
    const account = await this.providers.account(payment.sellerId, payment.provider);
    if (isRefusal(account)) return account;
    if (!payment.providerPaymentId) return { field: ['paymentId'], code: UserErrorCode.INVALID_STATE, message: 'The provider has not told us this payment\'s number yet' };
    const result = await receipts.naverPayCashAmount(account, { providerPaymentId: payment.providerPaymentId });
    return result.kind === 'ok' ? result.value : lookupRefusal(result);
  }

  private async visibleReceipt(actor: Actor, id: string): Promise<CashReceiptRow | null> {
    const receipt = await this.db.getRepository(CashReceiptRow).findOneBy({ id });
    return receipt && canSee(actor, receipt.sellerId) ? receipt : null;
  }

  /** The seller's own payment with money paid and at least `total` of it left to receipt. */
  private async paidPaymentOf(sellerId: string, paymentId: string, total: number): Promise<PaymentRow | Refusal> {
    const payment = await this.db.getRepository(PaymentRow).findOneBy({ id: paymentId });
    if (!payment || payment.sellerId !== sellerId) return notFound('paymentId', 'payment');
    if (!CANCELLABLE_PAID_STATES.includes(payment.state)) {
      return { field: ['paymentId'], code: UserErrorCode.INVALID_STATE, message: `A ${payment.state} payment has nothing paid to issue a cash receipt for` };
    }
    const remaining = payment.amount - payment.cancelledAmount;
    if (total > remaining) return { field: ['totalAmount'], code: UserErrorCode.AMOUNT_EXCEEDS_REMAINING, message: `The payment has ${remaining} paid and not cancelled; the receipt cannot be for more` };
    return payment;
  }
}

function newReceiptRow(sellerId: string, paymentId: string | null, c: IssueReceiptCommand): CashReceiptRow {
  return Object.assign(new CashReceiptRow(), {
    id: newId('cashReceipt'),
    sellerId,
    paymentId,
    provider: CASH_RECEIPT_PROVIDER,
    providerReceiptId: null,
    approvalNumber: null,
    receiptUrl: null,
    purpose: c.purpose,
    taxType: c.taxType,
    goodName: c.goodName.trim(),
    buyerName: c.buyerName.trim(),
    maskedIdentity: maskIdentity(c.identity),
    totalAmount: c.totalAmount,
    supplyAmount: c.supplyAmount,
    serviceFee: c.serviceFee,
    vatAmount: c.vatAmount,
    tradedAt: c.tradedAt,
    failure: null,
    createdAt: new Date(),
    cancelledAt: null,
  });
}

