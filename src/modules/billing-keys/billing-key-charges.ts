import { DataSource } from 'typeorm';
import type { Clock } from '../../clock';
import type { SecretBox } from '../../crypto/secret-box';
import { CalendarDate, kstDateOf } from '../../domain/calendar';
import { BillingKeyState, Currency, PaymentMethod, PaymentState, UserErrorCode } from '../../domain/enums';
import { notFound, Refusal } from '../../domain/errors';
import { newId } from '../../ids';
import type { BillingKeyChargeCommand, BillingKeys } from '../../providers/types';
import type { Actor } from '../auth/actor';
import { canSee } from '../auth/viewer';
import type { IdempotencyClaim } from '../idempotency/idempotency.service';
import { MovementKind } from '../money/money-movement.entity';
import type { MoneyMovements } from '../money/money-movements';
import type { ProviderAccess } from '../money/provider-access';
import { answerOf, isRefusal } from '../money/provider-refusals';
import { newPaymentRow } from '../payments/new-payment';
import { noticeUrlFor } from '../payments/notice-link';
import { recordCharge } from '../payments/payment-charges';
import type { PaymentOutcome } from '../payments/payment.commands';
import { PaymentRow } from '../payments/payment.entity';
import type { ChargeBillingKeyCommand } from './billing-key.commands';
import { BillingKeyRow } from './billing-key.entity';

/** A charge made for a recurring payment (the scheduler's): the payment is recorded on it. */
export interface ChargeLink {
  subscriptionId: string;
}

interface PreparedCharge {
  billingKeys: BillingKeys;
  command: BillingKeyChargeCommand;
}

const noPayment = (refusal: Refusal): PaymentOutcome => ({ payment: null, userErrors: [refusal] });
const deleted = (): Refusal => ({ field: ['billingKeyId'], code: UserErrorCode.INVALID_STATE, message: 'The billing key was deleted; it can never be charged again' });

/**
 * Charging a stored card or phone (PayApp billPay, Welcome /billing/billpay and /billing/hppbillpay)
 * for any actor: an API key through chargeBillingKey, or the scheduler for a recurring payment.
 * A money movement: the payment is opened REQUESTED with its intent, the provider called with no
 * connection held, and the answer recorded PAID, FAILED or UNKNOWN through the ledger.
 */
export class BillingKeyCharges {
  constructor(
    private readonly db: DataSource,
    private readonly movements: MoneyMovements,
    private readonly providers: ProviderAccess,
    private readonly box: SecretBox,
    private readonly clock: Clock,
    /** Our PayApp notice endpoint: billPay's notices land on the payment it names. */
    private readonly noticeEndpoint: string,
  ) {}

  async charge(actor: Actor, c: ChargeBillingKeyCommand, claim?: IdempotencyClaim, link?: ChargeLink): Promise<PaymentOutcome> {
    const key = await this.db.getRepository(BillingKeyRow).findOneBy({ id: c.billingKeyId });
    if (!key || !canSee(actor, key.sellerId)) return noPayment(notFound('billingKeyId', 'billing key'));
    const paymentId = newId('payment');
    const prepared = this.prepare(key, c, paymentId, kstDateOf(this.clock.now()));
    if (isRefusal(prepared)) return noPayment(prepared);
    const account = await this.providers.account(key.sellerId, key.provider);
    if (isRefusal(account)) return noPayment(account);

    const payment = newPaymentRow({
      id: paymentId,
      sellerId: key.sellerId,
      provider: key.provider,
      orderId: c.orderId ?? null,
      goodName: c.goodName,
      amount: c.amount,
      currency: Currency.KRW,
      taxableAmount: c.taxableAmount ?? null,
      taxFreeAmount: c.taxFreeAmount ?? null,
      vatAmount: c.vatAmount ?? null,
      buyerName: prepared.command.buyer.name ?? null,
      buyerPhone: prepared.command.buyer.phone ?? null,
      buyerEmail: prepared.command.buyer.email ?? null,
      buyerId: prepared.command.buyer.buyerId ?? null,
      method: PaymentMethod.BILLING,
      cardName: key.cardName,
      cardMaskedNumber: key.maskedCardNumber,
      cardInstallmentMonths: c.installmentMonths ?? null,
      var1: c.var1 ?? null,
      var2: c.var2 ?? null,
      billingKeyId: key.id,
      subscriptionId: link?.subscriptionId ?? null,
      source: actor.source,
      requestedAt: new Date(),
      state: PaymentState.REQUESTED,
    });
    const moved = await this.movements.move({
      intent: { paymentId, sellerId: key.sellerId, provider: key.provider, kind: MovementKind.CHARGE, amount: c.amount, source: actor.source, opensPayment: true },
      claim,
      prepare: async (tx) => {
        // Under the key's lock: a deletion committed first refuses the charge before any call.
        const [current] = await tx.manager.query('SELECT state FROM billing_keys WHERE id = ? LOCK IN SHARE MODE', [key.id]);
        if (current.state === BillingKeyState.DELETED) return deleted();
        await tx.open(payment, { source: actor.source, amount: payment.amount });
      },
      call: () => prepared.billingKeys.charge(account, prepared.command),
      apply: (tx, result) => recordCharge(tx, paymentId, result, actor.source),
    });
    const stored = await this.db.getRepository(PaymentRow).findOneBy({ id: paymentId });
    if ('refusal' in moved) return { payment: stored, userErrors: [moved.refusal] };
    return { payment: stored, ...answerOf(moved.result) };
  }

  /** Why a charge of `key` with `c` on day `on` could not be made (an InputError for the provider's input rules); undefined when it could. */
  check(key: BillingKeyRow, c: ChargeBillingKeyCommand, on: CalendarDate): Refusal | undefined {
    const prepared = this.prepare(key, c, newId('payment'), on);
    return isRefusal(prepared) ? prepared : undefined;
  }

  /**
   * The provider's command for the charge, its input rules passed (an InputError before anything is
   * recorded), or why it cannot be made: a deleted key, a provider without billing keys, a
   * fixed-charge key asked for another amount or on a day (`on`) its provider refuses.
   */
  private prepare(key: BillingKeyRow, c: ChargeBillingKeyCommand, paymentId: string, on: CalendarDate): PreparedCharge | Refusal {
    if (key.state === BillingKeyState.DELETED) return deleted();
    const billingKeys = this.providers.capability(key.provider, 'billingKeys', ['billingKeyId']);
    if (isRefusal(billingKeys)) return billingKeys;
    const given = c.buyer ?? {};
    const command: BillingKeyChargeCommand = {
      billingKey: this.box.open<string>(key.providerKeySecret),
      method: key.method,
      orderId: c.orderId ?? paymentId,
      goodName: c.goodName,
      amount: c.amount,
      buyer: {
        name: given.name ?? key.buyerName ?? undefined,
        phone: given.phone ?? key.buyerPhone ?? undefined,
        email: given.email ?? key.buyerEmail ?? undefined,
        buyerId: given.buyerId ?? key.buyerId ?? undefined,
      },
      taxableAmount: c.taxableAmount,
      taxFreeAmount: c.taxFreeAmount,
      vatAmount: c.vatAmount,
      installmentMonths: c.installmentMonths,
      interestFree: c.interestFree,
      noticeUrl: noticeUrlFor(this.noticeEndpoint, paymentId),
      var1: c.var1,
      var2: c.var2,
    };
    billingKeys.check(command);
    if (key.fixedAmount !== null && key.issuedOn !== null) {
      const refusal = billingKeys.termsRefusal({ amount: key.fixedAmount, issuedOn: key.issuedOn }, c.amount, on);
      if (refusal) return { field: refusal.field ? [refusal.field] : ['billingKeyId'], code: UserErrorCode.INVALID_STATE, message: refusal.reason };
    }
    return { billingKeys, command };
  }
}
