import { DataSource } from 'typeorm';
import { Currency, EventSource, PaymentMethod, PaymentState, Provider } from '../../domain/enums';
import { isIdOf } from '../../ids';
import type { Logger } from '../../logger';
import { MoneyMovementRow, MovementKind } from '../money/money-movement.entity';
import { intendedPayment, MoneyMovements } from '../money/money-movements';
import { NewPaymentFields, newPaymentRow } from './new-payment';
import { LedgerTransaction, PaymentLedger, Transition, TransitionResult } from './payment-ledger';
import { PaymentRow } from './payment.entity';

/**
 * What a provider reported about one of a seller's payments, in domain terms. The provider's
 * webhook route builds it after authenticating the notice: `sellerId` is the seller whose
 * credentials the notice proved, and every match happens within that seller's payments.
 */
export interface PaymentReport {
  provider: Provider;
  sellerId: string;
  /** The payment's number at the provider (for a partial cancel, the original payment's). */
  providerPaymentId: string;
  /** Our payment id, when the notice came to the URL we gave with the request (see notice-link.ts). */
  linkedPaymentId?: string;
  /** The recurring payment the charge belongs to (a PayApp rebill's), recorded on the payment. */
  subscriptionId?: string;
  /** Unique per distinct change at the provider: a repeat with the same key changes nothing. */
  changeKey: string;
  state: PaymentState;
  payState: number;
  /** The payment's full amount, to check against ours. */
  amount: number;
  /** For a partial cancel: the part given back. */
  cancelledPart?: number;
  goodName?: string;
  currency?: Currency;
  method?: PaymentMethod;
  buyer?: { name?: string; phone?: string; buyerId?: string };
  card?: { cardName?: string; maskedNumber?: string; approvalNumber?: string; installmentMonths?: number };
  virtualAccount?: { bank?: string; accountNumber?: string };
  receiptUrl?: string;
  payUrl?: string;
  memo?: string;
  var1?: string;
  var2?: string;
  tax?: { taxable?: number; taxFree?: number; vat?: number };
  paidAt?: Date;
  cancelledAt?: Date;
  requestedAt?: Date;
  failureMessage?: string;
  /** Every field received (secrets removed), kept with the event in full. */
  raw: Record<string, string>;
}

export type ReportOutcome = { recorded: true; result: TransitionResult } | { recorded: false; reason: string };

const CANCEL_STATES: readonly PaymentState[] = [PaymentState.APPROVAL_CANCELLED, PaymentState.PARTIALLY_CANCELLED, PaymentState.REQUEST_CANCELLED];

/**
 * Applies provider notices to payments through the same ledger as the API path: a notice and the
 * API call it echoes never apply one change twice (whichever comes first, the other confirms it),
 * a repeat changes nothing, a stale notice never moves a payment backwards, and a notice settles a
 * payment left UNKNOWN by a call that timed out.
 */
export class PaymentNotices {
  constructor(
    private readonly db: DataSource,
    private readonly ledger: PaymentLedger,
    private readonly movements: MoneyMovements,
    private readonly logger: Logger,
  ) {}

  async apply(report: PaymentReport): Promise<ReportOutcome> {
    // The usual case, a payment known by its number: found, locked and changed in one transaction.
    const known = await this.ledger.write(async (tx) => {
      const payment = await tx.lockByProviderNumber(report.sellerId, report.provider, report.providerPaymentId);
      return payment && this.applyTo(tx, payment, report);
    });
    if (known) return known;
    const payment = await this.findOrOpen(report);
    return this.ledger.write((tx) => this.applyTo(tx, payment, report));
  }

  private async applyTo(tx: LedgerTransaction, payment: PaymentRow, report: PaymentReport): Promise<ReportOutcome> {
    if (payment.amount !== report.amount) {
      this.logger.error({ paymentId: payment.id, expected: payment.amount, reported: report.amount, changeKey: report.changeKey }, 'NOTICE REFUSED: amount does not match the payment');
      return { recorded: false, reason: 'amount mismatch' };
    }
    return { recorded: true, result: await tx.transition(payment.id, (current) => this.decide(tx, current, report)) };
  }

  /** The change a report makes to the payment as it stands (under its lock). */
  private async decide(tx: LedgerTransaction, current: PaymentRow, report: PaymentReport): Promise<Transition | { skip: string }> {
    if (await tx.isRecorded(current.id, report.changeKey)) return { skip: `already recorded (${report.changeKey})` };
    if (report.state === PaymentState.PARTIALLY_CANCELLED && (await this.confirmApiPartialCancel(tx, current, report))) {
      return { skip: `confirms the API's partial cancel (${report.changeKey})` };
    }
    const transition = transitionFor(current, report);
    // Our own cancel, still waiting for its answer: the notice applies it, and the answer will not again.
    if (!('skip' in transition) && CANCEL_STATES.includes(report.state)) {
      await this.movements.confirmInFlight(tx, current.id, (m) => m.kind === MovementKind.CANCEL && (report.state !== PaymentState.PARTIALLY_CANCELLED || m.amount === report.cancelledPart), report.changeKey);
    }
    return transition;
  }

  /**
   * A partial cancel made through the API was recorded under an awaiting-notice key; its notice
   * takes over that event (now keyed by the notice) instead of cancelling the amount again.
   */
  private async confirmApiPartialCancel(tx: LedgerTransaction, payment: PaymentRow, report: PaymentReport): Promise<boolean> {
    const [awaiting] = await tx.manager.query(
      "SELECT id FROM payment_events WHERE payment_id = ? AND dedupe_key LIKE CONCAT('awaiting-notice:', ?, ':%') ORDER BY seq LIMIT 1",
      [payment.id, report.cancelledPart],
    );
    if (!awaiting) return false;
    await tx.rekeyEvent({ id: awaiting.id, paymentId: payment.id }, report.changeKey, report.payState);
    return true;
  }

  /**
   * The payment a report is about, among the seller's own: by provider number; else the one our
   * notice URL names, while it has no provider number yet (a request that timed out, or whose
   * process died); else a payment we did not create (e.g. through the seller's common feedback URL),
   * recorded now.
   */
  private async findOrOpen(report: PaymentReport): Promise<PaymentRow> {
    const repo = this.db.getRepository(PaymentRow);
    const scope = { sellerId: report.sellerId, provider: report.provider };
    const known = await repo.findOneBy({ ...scope, providerPaymentId: report.providerPaymentId });
    if (known) return known;
    const linkedId = report.linkedPaymentId && isIdOf('payment', report.linkedPaymentId) ? report.linkedPaymentId : undefined;
    if (!linkedId) return this.open(report, undefined);
    const linked = await repo.findOneBy({ ...scope, id: linkedId });
    // Without a number yet, the linked payment learns it from this notice (see transitionFor).
    if (linked && !linked.providerPaymentId) return linked;
    // Linked to a payment that has another number: not about that payment; record what it reports.
    return this.open(report, linked ? undefined : linkedId);
  }

  /** Records a payment first seen in a notice: with the id our URL reserved for it, when it names one. */
  private async open(report: PaymentReport, linkedId: string | undefined): Promise<PaymentRow> {
    const repo = this.db.getRepository(PaymentRow);
    const intended = linkedId ? await this.db.getRepository(MoneyMovementRow).findOneBy({ paymentId: linkedId, sellerId: report.sellerId, kind: MovementKind.PAY_REQUEST }) : null;
    const requested = (intended?.details as { payment?: NewPaymentFields } | null)?.payment;
    const payment = newPaymentRow({
      ...(requested && intendedPayment(requested)),
      ...(intended && { id: intended.paymentId }),
      sellerId: report.sellerId,
      provider: report.provider,
      providerPaymentId: report.providerPaymentId,
      goodName: report.goodName ?? requested?.goodName ?? '',
      amount: report.amount,
      taxableAmount: report.tax?.taxable ?? requested?.taxableAmount ?? null,
      taxFreeAmount: report.tax?.taxFree ?? requested?.taxFreeAmount ?? null,
      vatAmount: report.tax?.vat ?? requested?.vatAmount ?? null,
      currency: report.currency ?? requested?.currency ?? Currency.KRW,
      // First seen now: it starts as requested, and the report itself is its first transition.
      state: PaymentState.REQUESTED,
      payState: 1,
      buyerPhone: report.buyer?.phone ?? requested?.buyerPhone ?? null,
      buyerId: report.buyer?.buyerId ?? requested?.buyerId ?? null,
      payUrl: report.payUrl ?? null,
      memo: report.memo ?? requested?.memo ?? null,
      var1: report.var1 ?? requested?.var1 ?? null,
      var2: report.var2 ?? requested?.var2 ?? null,
      subscriptionId: report.subscriptionId ?? null,
      source: intended ? intended.source : EventSource.PROVIDER_NOTICE,
      requestedAt: report.requestedAt ?? requested?.requestedAt ?? new Date(),
    });
    try {
      await this.ledger.write(async (tx) => {
        await tx.open(payment, { source: EventSource.PROVIDER_NOTICE, amount: payment.amount, data: { firstSeenIn: report.changeKey } });
        // Our pay request, whose answer is not recorded yet: the notice confirms it, and the answer will change nothing.
        if (intended) await this.movements.confirmInFlight(tx, payment.id, (m) => m.id === intended.id, report.changeKey);
      });
      return payment;
    } catch (err) {
      // The same notice, delivered twice at once (or our own answer) opened it first: use that one.
      if ((err as { code?: string }).code !== 'ER_DUP_ENTRY') throw err;
      return repo.findOneByOrFail(intended ? { id: intended.paymentId } : { sellerId: report.sellerId, provider: report.provider, providerPaymentId: report.providerPaymentId });
    }
  }
}

/** The change a report makes to the payment as it stands (under its lock). */
function transitionFor(current: PaymentRow, report: PaymentReport): Transition | { skip: string } {
  const base = { to: report.state, source: EventSource.PROVIDER_NOTICE, payState: report.payState, dedupeKey: report.changeKey, data: report.raw };
  const details: Partial<PaymentRow> = {
    // A payment whose request timed out learns its provider number from the notice.
    providerPaymentId: current.providerPaymentId ?? report.providerPaymentId,
    payUrl: current.payUrl ?? report.payUrl ?? null,
    method: report.method ?? current.method,
    receiptUrl: report.receiptUrl ?? current.receiptUrl,
    cardName: report.card?.cardName ?? current.cardName,
    cardMaskedNumber: report.card?.maskedNumber ?? current.cardMaskedNumber,
    cardApprovalNumber: report.card?.approvalNumber ?? current.cardApprovalNumber,
    cardInstallmentMonths: report.card?.installmentMonths ?? current.cardInstallmentMonths,
    vbankName: report.virtualAccount?.bank ?? current.vbankName,
    vbankAccountNumber: report.virtualAccount?.accountNumber ?? current.vbankAccountNumber,
    subscriptionId: current.subscriptionId ?? report.subscriptionId ?? null,
  };
  const remaining = current.amount - current.cancelledAmount;
  switch (report.state) {
    case PaymentState.PAID:
      return { ...base, amount: report.amount, occurredAt: report.paidAt, changes: { ...details, paidAt: report.paidAt ?? new Date() } };
    case PaymentState.WAITING_FOR_DEPOSIT:
      return { ...base, changes: details };
    case PaymentState.PARTIALLY_CANCELLED: {
      const part = report.cancelledPart ?? 0;
      if (part <= 0 || part > remaining) return { skip: `partial cancel of ${part} does not fit the ${remaining} remaining` };
      return { ...base, amount: part, occurredAt: report.cancelledAt, changes: { ...details, cancelledAmount: current.cancelledAmount + part, cancelledAt: report.cancelledAt ?? new Date() } };
    }
    case PaymentState.APPROVAL_CANCELLED:
      return { ...base, amount: remaining, occurredAt: report.cancelledAt, changes: { ...details, cancelledAmount: current.amount, cancelledAt: report.cancelledAt ?? new Date() } };
    case PaymentState.REQUEST_CANCELLED:
      return { ...base, occurredAt: report.cancelledAt, changes: { ...details, cancelledAt: report.cancelledAt ?? new Date() } };
    case PaymentState.FAILED:
      return { ...base, data: { ...report.raw, failureMessage: report.failureMessage }, changes: details };
    case PaymentState.REQUESTED:
    case PaymentState.UNKNOWN:
      return { ...base, changes: details };
  }
}
