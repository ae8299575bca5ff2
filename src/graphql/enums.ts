import { registerEnumType } from 'type-graphql';
import * as E from '../domain/enums';

/** Registers the domain enums with their contract names and descriptions. */
registerEnumType(E.Provider, { name: 'Provider', description: 'A payment provider this API speaks to.' });
registerEnumType(E.Currency, { name: 'Currency', description: 'The currency of an amount; amounts are in its smallest unit (won, cents).' });
registerEnumType(E.PaymentState, {
  name: 'PaymentState',
  description: 'The life of a payment. PayApp pay_state codes are given beside each value.',
  valuesConfig: {
    REQUESTED: { description: 'Asked of the buyer, not paid yet (pay_state 1).' },
    PAID: { description: 'Paid (pay_state 4).' },
    REQUEST_CANCELLED: { description: 'The request was cancelled before payment (pay_state 8, 32; older 16).' },
    APPROVAL_CANCELLED: { description: 'The approval was cancelled in full (pay_state 9, 64).' },
    WAITING_FOR_DEPOSIT: { description: 'A virtual account was issued; waiting for the deposit (pay_state 10).' },
    PARTIALLY_CANCELLED: { description: 'Part of the amount was cancelled (pay_state 70, 71).' },
    FAILED: { description: 'A recurring charge failed (pay_state 99), or the provider declined a direct charge.' },
    UNKNOWN: { description: 'The provider did not answer in time; settled later by a notice or an operator.' },
  },
});
registerEnumType(E.PaymentMethod, { name: 'PaymentMethod', description: 'How the buyer paid (PayApp pay_type, or the provider of a direct charge).' });
registerEnumType(E.EventSource, { name: 'EventSource', description: 'What caused a state transition.' });
registerEnumType(E.BillingKeyMethod, { name: 'BillingKeyMethod', description: 'What a billing key charges: a card or a phone bill.' });
registerEnumType(E.BillingKeyState, { name: 'BillingKeyState', description: 'Whether a billing key can still be charged.' });
registerEnumType(E.CycleUnit, { name: 'CycleUnit', description: 'The unit of a recurring payment cycle.' });
registerEnumType(E.SubscriptionState, { name: 'SubscriptionState', description: 'The life of a recurring payment.' });
registerEnumType(E.CashReceiptPurpose, {
  name: 'CashReceiptPurpose',
  description: 'Why a cash receipt is issued.',
  valuesConfig: {
    INCOME_DEDUCTION: { description: 'For the buyer\'s income deduction (tr_code 0).' },
    EXPENSE_PROOF: { description: 'As proof of a business expense (tr_code 1).' },
  },
});
registerEnumType(E.TaxType, {
  name: 'TaxType',
  description: 'Whether a sale is taxable.',
  valuesConfig: { TAXABLE: { description: 'Taxable (TG01).' }, TAX_FREE: { description: 'Tax free (TG02).' } },
});
registerEnumType(E.CashReceiptState, {
  name: 'CashReceiptState',
  description: 'The life of a cash receipt. ISSUING and CANCELLING last while the provider is asked; UNKNOWN waits for an operator or a cancel.',
  valuesConfig: {
    ISSUING: { description: 'Sent to the provider (cashStRegist); its answer is awaited. Becomes UNKNOWN if the process stops before it comes.' },
    ISSUED: { description: 'The provider issued it (cashstno, approval number).' },
    CANCELLING: { description: 'A cancel (cashStCancel) is awaiting the provider\'s answer.' },
    CANCELLED: { description: 'Cancelled at the provider; cancelledAt says when.' },
    FAILED: { description: 'The provider refused the issue, or could not be reached: no receipt exists. Issue a new one.' },
    UNKNOWN: {
      description:
        'The provider did not answer: an issue may or may not exist, a cancel may or may not have happened. Settled by resolveUnknownCashReceipt (an operator, from PayApp\'s records) or, when the receipt has a providerReceiptId, by cancelling it again.',
    },
  },
});
registerEnumType(E.ApiKeyRole, {
  name: 'ApiKeyRole',
  description: 'What an API key may do.',
  valuesConfig: { PLATFORM: { description: 'Manages sellers and sees everything.' }, SELLER: { description: 'Sees and acts for one seller only.' } },
});
registerEnumType(E.UserErrorCode, { name: 'UserErrorCode', description: 'Why a mutation was refused.' });
