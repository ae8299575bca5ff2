import { DataSource } from 'typeorm';
import { EventSource, PaymentState, SubscriptionState } from '../../domain/enums';
import { isIdOf } from '../../ids';
import type { Logger } from '../../logger';
import type { PaymentNotices, PaymentReport, ReportOutcome } from '../payments/payment-notices';
import type { PaymentRow } from '../payments/payment.entity';
import { SubscriptionEventKind } from './subscription-event.entity';
import type { SubscriptionDecision, SubscriptionLedger } from './subscription-ledger';
import { SubscriptionRow } from './subscription.entity';

/** How a notice names the recurring payment it is about: the provider's number, or our notice URL's link. */
export interface RecurringLink {
  providerSubscriptionId?: string;
  linkedSubscriptionId?: string;
}

/** What a rebill charge's notice does to its recurring payment (under its lock). */
function decide(current: SubscriptionRow, report: PaymentReport, payment: PaymentRow, providerSubscriptionId: string | undefined): SubscriptionDecision {
  const base = { source: EventSource.PROVIDER_NOTICE, paymentId: payment.id, dedupeKey: `notice:${report.changeKey}`, data: { payState: report.payState } };
  const learned = { providerSubscriptionId: current.providerSubscriptionId ?? providerSubscriptionId ?? null };
  switch (report.state) {
    case PaymentState.PAID:
      // The buyer's first payment is the approval; every later one is a charge of the cycle.
      return current.state === SubscriptionState.PENDING_APPROVAL
        ? { ...base, kind: SubscriptionEventKind.APPROVED, to: SubscriptionState.ACTIVE, changes: { ...learned, lastFailureMessage: null } }
        : { ...base, kind: SubscriptionEventKind.CHARGED, changes: { ...learned, lastFailureMessage: null } };
    case PaymentState.FAILED: {
      const message = report.failureMessage ?? `${report.provider} reported the charge failed (pay_state ${report.payState})`;
      return { ...base, kind: SubscriptionEventKind.CHARGE_FAILED, message, changes: { ...learned, lastFailureMessage: message } };
    }
    default:
      return { skip: `a ${report.state} notice changes the payment only` };
  }
}

/**
 * PayApp rebill notices: each charge (and each failure, pay_state 99 to failurl) is recorded as a
 * payment on its recurring payment, through the payment ledger as any notice is; then the recurring
 * payment records it: the first payment approves it (PENDING_APPROVAL → ACTIVE), a failure sets
 * lastFailureMessage. A notice is matched by (seller, provider, rebill_no), else by the link in our
 * notice URL; one about no recurring payment of ours is recorded as a payment alone. PayApp repeats
 * a notice until we answer SUCCESS, so a crash between the two writes is mended by its repeat:
 * both are keyed by the notice's change key.
 */
export class SubscriptionNotices {
  constructor(
    private readonly db: DataSource,
    private readonly payments: PaymentNotices,
    private readonly ledger: SubscriptionLedger,
    private readonly logger: Logger,
  ) {}

  async apply(report: PaymentReport, link: RecurringLink): Promise<ReportOutcome> {
    const subscription = await this.find(report, link);
    if (!subscription) return this.payments.apply(report);
    if ([PaymentState.PAID, PaymentState.FAILED].includes(report.state) && report.amount !== subscription.amount) {
      this.logger.error({ subscriptionId: subscription.id, expected: subscription.amount, reported: report.amount, changeKey: report.changeKey }, 'NOTICE REFUSED: amount does not match the recurring payment');
      return { recorded: false, reason: 'amount mismatch' };
    }
    const outcome = await this.payments.apply({ ...report, subscriptionId: subscription.id });
    if (!outcome.recorded) return outcome;
    const { subscription: after } = await this.ledger.change(subscription.id, (current) => decide(current, report, outcome.result.payment, link.providerSubscriptionId));
    if (report.state === PaymentState.PAID && after.state === SubscriptionState.CANCELLED) {
      // A rebill whose creation got no answer, cancelled here, that the buyer approved all the same: a person must cancel it at the provider.
      this.logger.error({ subscriptionId: after.id, providerSubscriptionId: after.providerSubscriptionId, paymentId: outcome.result.payment.id }, 'CHARGE ON A CANCELLED RECURRING PAYMENT: cancel it at the provider');
    }
    return outcome;
  }

  /** The seller's recurring payment the notice is about: by PayApp's number, else by our link while it has none (or that one). */
  private async find(report: PaymentReport, link: RecurringLink): Promise<SubscriptionRow | null> {
    const repo = this.db.getRepository(SubscriptionRow);
    const scope = { sellerId: report.sellerId, provider: report.provider };
    if (link.providerSubscriptionId) {
      const known = await repo.findOneBy({ ...scope, providerSubscriptionId: link.providerSubscriptionId });
      if (known) return known;
    }
    if (!link.linkedSubscriptionId || !isIdOf('subscription', link.linkedSubscriptionId)) return null;
    const linked = await repo.findOneBy({ ...scope, id: link.linkedSubscriptionId });
    return linked && (!linked.providerSubscriptionId || !link.providerSubscriptionId || linked.providerSubscriptionId === link.providerSubscriptionId) ? linked : null;
  }
}
