import { ApiKeyRole, CashReceiptState, EventSource, UserErrorCode } from '../../domain/enums';
import { ForbiddenError, InputError, notFound } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import { CashReceiptLedger, ReceiptDecision } from './cash-receipt-ledger';
import { SETTLED_STATES } from './cash-receipt-states';
import type { CashReceiptRow } from './cash-receipt.entity';
import type { CashReceiptOutcome, ResolveUnknownReceiptCommand } from './cash-receipt.commands';

/**
 * An operator settles a cash receipt whose call went unanswered with what PayApp's own records
 * show (its admin site, 현금영수증.kr, a phone call): one event with source OPERATOR and the note.
 * PayApp has no command to look a receipt up, so this is the way out of UNKNOWN for an issue.
 */
export class UnknownCashReceiptService {
  constructor(private readonly ledger: CashReceiptLedger) {}

  async resolve(actor: Actor, c: ResolveUnknownReceiptCommand): Promise<CashReceiptOutcome> {
    if (actor.role !== ApiKeyRole.PLATFORM) throw new ForbiddenError('Only a PLATFORM key may settle an UNKNOWN cash receipt');
    if (!SETTLED_STATES.includes(c.state)) throw new InputError(`state: must be what PayApp shows: ${SETTLED_STATES.join(', ')}`, [['state']]);
    const given = c.providerReceiptId?.trim() || null;
    try {
      const { receipt, refusal } = await this.ledger.change(c.cashReceiptId, (current) => settlement(current, c, given));
      if (!receipt) return { cashReceipt: null, userErrors: [notFound('cashReceiptId', 'cash receipt')] };
      return { cashReceipt: receipt, userErrors: refusal ? [refusal] : [] };
    } catch (err) {
      if ((err as { code?: string }).code !== 'ER_DUP_ENTRY') throw err;
      return { cashReceipt: null, userErrors: [{ field: ['providerReceiptId'], code: UserErrorCode.INVALID_STATE, message: 'Another cash receipt of this seller has that receipt number' }] };
    }
  }
}

function settlement(current: CashReceiptRow, c: ResolveUnknownReceiptCommand, given: string | null): ReceiptDecision {
  if (current.state !== CashReceiptState.UNKNOWN) {
    return { field: ['cashReceiptId'], code: UserErrorCode.INVALID_STATE, message: `Only an UNKNOWN cash receipt can be settled; this one is ${current.state}` };
  }
  if (current.providerReceiptId && given && given !== current.providerReceiptId) {
    throw new InputError(`providerReceiptId: the receipt already has PayApp's number ${current.providerReceiptId}`, [['providerReceiptId']]);
  }
  const providerReceiptId = given ?? current.providerReceiptId;
  if (c.state !== CashReceiptState.FAILED && !providerReceiptId) {
    throw new InputError('providerReceiptId: PayApp\'s receipt number (cashstno) is required for a receipt PayApp issued', [['providerReceiptId']]);
  }
  return {
    to: c.state,
    source: EventSource.OPERATOR,
    note: c.note,
    failure: null,
    changes: {
      providerReceiptId,
      approvalNumber: c.approvalNumber?.trim() || current.approvalNumber,
      ...(c.state === CashReceiptState.CANCELLED && { cancelledAt: new Date() }),
    },
  };
}
