import { DataSource, IsNull } from 'typeorm';
import { Currency, EventSource, PaymentMethod, PaymentState, Provider } from '../../domain/enums';
import type { Logger } from '../../logger';
import { PaymentLedger, Transition, TransitionResult } from './payment-ledger';
import { newPaymentRow } from './new-payment';
import { PaymentEventRow, PaymentRow } from './payment.entity';

/**
 * What a provider reported about one of a seller's payments, in domain terms. The provider's
 * webhook route builds it after authenticating the notice.
 */
export interface PaymentReport {
  provider: Provider;
  sellerId: string;
  /** The payment's number at the provider (for a partial cancel, the original payment's). */
  providerPaymentId: string;
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
  /** Every field received (secrets removed), kept with the event. */
  raw: Record<string, string>;
}

export type ReportOutcome = { recorded: true; result: TransitionResult } | { recorded: false; reason: string };

/**
 * Applies provider notices to payments: through the same ledger and money lock as the API path,
 * so a notice and the API call it echoes never apply one change twice, a repeat changes nothing,
 * and a stale notice never moves a payment backwards.
 */
export class PaymentNotices {
  constructor(private readonly db: DataSource, private readonly ledger: PaymentLedger, private readonly logger: Logger) {}

  async apply(report: PaymentReport): Promise<ReportOutcome> {
    const payment = await this.findOrOpen(report);
    if (payment.sellerId !== report.sellerId) {
      this.logger.error({ paymentId: payment.id, providerPaymentId: report.providerPaymentId }, 'NOTICE REFUSED: the payment belongs to another seller');
      return { recorded: false, reason: 'payment belongs to another seller' };
    }
    if (payment.amount !== report.amount) {
      this.logger.error({ paymentId: payment.id, expected: payment.amount, reported: report.amount, changeKey: report.changeKey }, 'NOTICE REFUSED: amount does not match the payment');
      return { recorded: false, reason: 'amount mismatch' };
    }
    const result = await this.ledger.withMoneyLock(payment.id, (runner) =>
      this.ledger.transition(
        payment.id,
        async (current) => {
          if (report.state === PaymentState.PARTIALLY_CANCELLED && report.cancelledPart !== undefined) {
            const confirmed = await this.confirmApiPartialCancel(runner.manager, current, report);
            if (confirmed) return { skip: `confirms the API's partial cancel (${report.changeKey})` };
          }
          return transitionFor(current, report);
        },
        runner,
      ),
    );
    return { recorded: true, result };
  }

  /**
   * A partial cancel made through the API was recorded under an awaiting-notice key; its notice
   * takes over that event (now keyed by the notice) instead of cancelling the amount again.
   */
  private async confirmApiPartialCancel(manager: import('typeorm').EntityManager, payment: PaymentRow, report: PaymentReport): Promise<boolean> {
    if (await manager.existsBy(PaymentEventRow, { paymentId: payment.id, dedupeKey: report.changeKey })) return false;
    const [awaiting] = await manager.query(
      "SELECT id FROM payment_events WHERE payment_id = ? AND dedupe_key LIKE CONCAT('awaiting-notice:', ?, ':%') ORDER BY seq LIMIT 1",
      [payment.id, report.cancelledPart],
    );
    if (!awaiting) return false;
    await manager.update(PaymentEventRow, { id: awaiting.id }, { dedupeKey: report.changeKey, payState: report.payState });
    return true;
  }

  /**
   * The payment a report is about: ours by provider number; else one whose request timed out
   * (UNKNOWN, no number yet) with the same seller, amount and name; else a payment we did not
   * create (e.g. through the seller's common feedback URL), recorded now.
   */
  private async findOrOpen(report: PaymentReport): Promise<PaymentRow> {
    const repo = this.db.getRepository(PaymentRow);
    const known = await repo.findOneBy({ provider: report.provider, providerPaymentId: report.providerPaymentId });
    if (known) return known;
    if (report.goodName) {
      const orphan = await repo.findOne({
        where: { provider: report.provider, sellerId: report.sellerId, providerPaymentId: IsNull(), state: PaymentState.UNKNOWN, amount: report.amount, goodName: report.goodName },
        order: { id: 'DESC' },
      });
      if (orphan) {
        const adopted = await repo.update({ id: orphan.id, providerPaymentId: IsNull() }, { providerPaymentId: report.providerPaymentId, payUrl: report.payUrl ?? orphan.payUrl });
        if (adopted.affected) return { ...orphan, providerPaymentId: report.providerPaymentId };
      }
    }
    const payment = newPaymentRow({
      sellerId: report.sellerId,
      provider: report.provider,
      providerPaymentId: report.providerPaymentId,
      goodName: report.goodName ?? '',
      amount: report.amount,
      taxableAmount: report.tax?.taxable ?? null,
      taxFreeAmount: report.tax?.taxFree ?? null,
      vatAmount: report.tax?.vat ?? null,
      currency: report.currency ?? Currency.KRW,
      // First seen now: it starts as requested, and the report itself is its first transition.
      state: PaymentState.REQUESTED,
      buyerPhone: report.buyer?.phone ?? null,
      buyerId: report.buyer?.buyerId ?? null,
      payUrl: report.payUrl ?? null,
      memo: report.memo ?? null,
      var1: report.var1 ?? null,
      var2: report.var2 ?? null,
      source: EventSource.PROVIDER_NOTICE,
      requestedAt: report.requestedAt ?? new Date(),
    });
    try {
      await this.ledger.open(payment, { source: EventSource.PROVIDER_NOTICE, amount: payment.amount, data: { firstSeenIn: report.changeKey } });
      return payment;
    } catch (err) {
      // The same notice, delivered twice at once, opened it first: use that one.
      if ((err as { code?: string }).code !== 'ER_DUP_ENTRY') throw err;
      return repo.findOneByOrFail({ provider: report.provider, providerPaymentId: report.providerPaymentId });
    }
  }
}

/** The change a report makes to the payment as it stands (under its lock). */
function transitionFor(current: PaymentRow, report: PaymentReport): Transition | { skip: string } {
  const base = { to: report.state, source: EventSource.PROVIDER_NOTICE, payState: report.payState, dedupeKey: report.changeKey, data: report.raw };
  const details: Partial<PaymentRow> = {
    method: report.method ?? current.method,
    receiptUrl: report.receiptUrl ?? current.receiptUrl,
    cardName: report.card?.cardName ?? current.cardName,
    cardMaskedNumber: report.card?.maskedNumber ?? current.cardMaskedNumber,
    cardApprovalNumber: report.card?.approvalNumber ?? current.cardApprovalNumber,
    cardInstallmentMonths: report.card?.installmentMonths ?? current.cardInstallmentMonths,
    vbankName: report.virtualAccount?.bank ?? current.vbankName,
    vbankAccountNumber: report.virtualAccount?.accountNumber ?? current.vbankAccountNumber,
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
      return { ...base, occurredAt: report.cancelledAt, changes: { cancelledAt: report.cancelledAt ?? new Date() } };
    case PaymentState.FAILED:
      return { ...base, data: { ...report.raw, failureMessage: report.failureMessage } };
    case PaymentState.REQUESTED:
    case PaymentState.UNKNOWN:
      return { ...base, changes: details };
  }
}
