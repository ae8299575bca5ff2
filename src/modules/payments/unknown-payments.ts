import { ApiKeyRole, EventSource, PaymentState, UserErrorCode } from '../../domain/enums';
import { ForbiddenError, InputError, notFound, Refusal } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import { PaymentLedger } from './payment-ledger';
import { PaymentRow } from './payment.entity';
import type { PaymentOutcome, ResolveUnknownPaymentCommand } from './payment.commands';

/** The cancelled total each settled state allows, given the payment's amount. */
const CANCELLED_TOTAL_RULES: Record<Exclude<PaymentState, PaymentState.UNKNOWN>, { allows(total: number, amount: number): boolean; rule: string }> = {
  [PaymentState.REQUESTED]: { allows: (t) => t === 0, rule: 'must be 0 for a REQUESTED payment' },
  [PaymentState.WAITING_FOR_DEPOSIT]: { allows: (t) => t === 0, rule: 'must be 0 for a WAITING_FOR_DEPOSIT payment' },
  [PaymentState.PAID]: { allows: (t) => t === 0, rule: 'must be 0 for a PAID payment (a partly cancelled one is PARTIALLY_CANCELLED)' },
  [PaymentState.PARTIALLY_CANCELLED]: { allows: (t, amount) => t > 0 && t < amount, rule: 'must be more than 0 and less than the amount for PARTIALLY_CANCELLED' },
  [PaymentState.APPROVAL_CANCELLED]: { allows: (t, amount) => t === amount, rule: 'must be the whole amount for APPROVAL_CANCELLED' },
  [PaymentState.REQUEST_CANCELLED]: { allows: (t) => t === 0, rule: 'must be 0 for a REQUEST_CANCELLED payment (nothing was paid)' },
  [PaymentState.FAILED]: { allows: (t) => t === 0, rule: 'must be 0 for a FAILED payment' },
};

/**
 * An operator settles a payment whose outcome is UNKNOWN with what the provider's own records
 * show (its admin site, a phone call): one event with source OPERATOR that keeps the note.
 */
export class UnknownPaymentService {
  constructor(private readonly ledger: PaymentLedger) {}

  async resolve(actor: Actor, c: ResolveUnknownPaymentCommand): Promise<PaymentOutcome> {
    if (actor.role !== ApiKeyRole.PLATFORM) throw new ForbiddenError('Only a PLATFORM key may settle an UNKNOWN payment');
    if (c.state === PaymentState.UNKNOWN) throw new InputError('state: must be the state the provider reports, not UNKNOWN', [['state']]);
    return this.ledger.write(async (tx) => {
      const current = await tx.lock(c.paymentId);
      if (!current) return { payment: null, userErrors: [notFound('paymentId', 'payment')] };
      const refuse = (refusal: Refusal): PaymentOutcome => ({ payment: current, userErrors: [refusal] });
      if (current.state !== PaymentState.UNKNOWN) return refuse({ field: ['paymentId'], code: UserErrorCode.INVALID_STATE, message: `Only an UNKNOWN payment can be settled; this one is ${current.state}` });

      const providerPaymentId = c.providerPaymentId?.trim() || current.providerPaymentId;
      if (current.providerPaymentId && providerPaymentId !== current.providerPaymentId) {
        throw new InputError(`providerPaymentId: the payment already has the provider id ${current.providerPaymentId}`, [['providerPaymentId']]);
      }
      if (providerPaymentId && providerPaymentId !== current.providerPaymentId) {
        const taken = await tx.manager.findOneBy(PaymentRow, { sellerId: current.sellerId, provider: current.provider, providerPaymentId });
        if (taken) return refuse({ field: ['providerPaymentId'], code: UserErrorCode.INVALID_STATE, message: `Another payment of this seller (${taken.id}) has that provider id` });
      }
      const state = c.state as Exclude<PaymentState, PaymentState.UNKNOWN>;
      const cancelledTotal = c.cancelledAmount ?? (state === PaymentState.APPROVAL_CANCELLED ? current.amount : current.cancelledAmount);
      if (cancelledTotal < current.cancelledAmount) throw new InputError(`cancelledAmount: ${current.cancelledAmount} was cancelled already; the total cannot be less`, [['cancelledAmount']]);
      if (!CANCELLED_TOTAL_RULES[state].allows(cancelledTotal, current.amount)) throw new InputError(`cancelledAmount: ${CANCELLED_TOTAL_RULES[state].rule}`, [['cancelledAmount']]);

      const now = new Date();
      const moved = cancelledTotal - current.cancelledAmount;
      const { payment } = await tx.transition(current.id, () => ({
        to: state,
        source: EventSource.OPERATOR,
        note: c.note,
        amount: moved || null,
        data: { settledBy: actor.id },
        changes: {
          providerPaymentId,
          cancelledAmount: cancelledTotal,
          ...(state === PaymentState.PAID && !current.paidAt && { paidAt: now }),
          ...(moved > 0 || state === PaymentState.REQUEST_CANCELLED ? { cancelledAt: now } : {}),
        },
      }));
      return { payment, userErrors: [] };
    });
  }
}
