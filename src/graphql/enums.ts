import { registerEnumType } from 'type-graphql';
import * as E from '../domain/enums';

/** Registers the domain enums with their contract names and descriptions. */
registerEnumType(E.Provider, {
  name: 'Provider',
  description: 'A payment provider this API speaks to.',
  valuesConfig: {
    PAYAPP: { description: 'PayApp (payapp.kr): pay requests by SMS or pay URL, cancels, recurring payments (rebill), cash receipts; reports changes by notice.' },
    WELCOME: { description: 'WelcomePayments PayAPI: card and phone billing keys and their charges.' },
    PAYUP: { description: 'Payup: card payments from typed card data (key-in).' },
  },
});
registerEnumType(E.Currency, {
  name: 'Currency',
  description: 'The currency of an amount; amounts are in its smallest unit (won, cents).',
  valuesConfig: {
    KRW: { description: 'Korean won; amounts are whole won (PayApp reqmode krw).' },
    USD: { description: 'US dollars for overseas cards; amounts are in cents (PayApp reqmode usd).' },
  },
});
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
registerEnumType(E.PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How the buyer paid (PayApp pay_type, or the provider of a direct charge). In RequestPaymentInput.methods, what the buyer may choose (PayApp openpaytype).',
  valuesConfig: {
    CARD: { description: 'A credit or debit card (PayApp pay_type 1, openpaytype card); Payup and Welcome card charges too.' },
    PHONE: { description: 'Charged to the mobile phone bill (PayApp pay_type 2, openpaytype phone); Welcome phone billing keys too.' },
    OVERSEAS_CARD: { description: 'A card issued abroad, paid in USD (PayApp pay_type 3). Cannot be requested as a method.' },
    IN_PERSON: { description: 'Paid face to face at the seller\'s terminal (PayApp pay_type 4). Cannot be requested as a method.' },
    BANK_TRANSFER: { description: 'A real-time account transfer (PayApp pay_type 6, openpaytype rbank).' },
    VIRTUAL_ACCOUNT: { description: 'A deposit into a virtual account issued for this payment (PayApp pay_type 7, openpaytype vbank): WAITING_FOR_DEPOSIT until the money arrives.' },
    GIFT_CERTIFICATE: { description: 'A gift certificate (pay_type 9 in PayApp\'s older manual). Cannot be requested as a method.' },
    KAKAOPAY: { description: 'Kakao Pay (PayApp pay_type 15, openpaytype kakaopay).' },
    NAVERPAY: { description: 'Naver Pay (PayApp pay_type 16, openpaytype naverpay).' },
    BILLING: { description: 'A charge on a stored PayApp billing key (PayApp pay_type 17). Cannot be requested as a method.' },
    SMILEPAY: { description: 'Smile Pay (PayApp pay_type 21, openpaytype smilepay).' },
    APPLEPAY: { description: 'Apple Pay (PayApp pay_type 23, openpaytype applepay).' },
    PAYCO: { description: 'PAYCO (openpaytype payco). PayApp reports a PAYCO payment as CARD (pay_type 1).' },
    WECHATPAY: { description: 'WeChat Pay (openpaytype wechat). PayApp gives it no pay_type, so a paid payment never reports it.' },
  },
});
registerEnumType(E.EventSource, {
  name: 'EventSource',
  description: 'What caused a state transition.',
  valuesConfig: {
    API: { description: 'A mutation of this API, and the provider\'s answer to it.' },
    PROVIDER_NOTICE: { description: 'A notice the provider sent (PayApp feedbackurl, failurl or common feedback URL).' },
    SCHEDULER: { description: 'This service charging a due recurring payment.' },
    OPERATOR: { description: 'A person settling the payment by hand (e.g. an UNKNOWN outcome checked with the provider).' },
  },
});
registerEnumType(E.BillingKeyMethod, {
  name: 'BillingKeyMethod',
  description: 'What a billing key charges: a card or a phone bill.',
  valuesConfig: {
    CARD: { description: 'A card (PayApp billRegist, Welcome card billing key).' },
    PHONE: { description: 'A mobile phone bill (Welcome phone billing key); each charge must equal the monthly amount agreed.' },
  },
});
registerEnumType(E.BillingKeyState, {
  name: 'BillingKeyState',
  description: 'Whether a billing key can still be charged.',
  valuesConfig: {
    ACTIVE: { description: 'It can be charged.' },
    DELETED: { description: 'Deleted at the provider (PayApp billDelete); charges are refused.' },
  },
});
registerEnumType(E.CycleUnit, {
  name: 'CycleUnit',
  description: 'The unit of a recurring payment cycle.',
  valuesConfig: {
    MONTH: { description: 'Monthly on BillingCycle.dayOfMonth (PayApp rebillCycleType Month, rebillCycleMonth).' },
    WEEK: { description: 'Weekly on BillingCycle.dayOfWeek (PayApp rebillCycleType Week, rebillCycleWeek).' },
    DAY: { description: 'Every day (PayApp rebillCycleType Day).' },
  },
});
registerEnumType(E.SubscriptionState, {
  name: 'SubscriptionState',
  description: 'The life of a recurring payment.',
  valuesConfig: {
    PENDING_APPROVAL: { description: 'Registered; the buyer has not approved the first charge at payUrl yet.' },
    ACTIVE: { description: 'Charging on its cycle; nextChargeOn says when.' },
    PAUSED: { description: 'Stopped for now (PayApp rebillStop); days passed while paused are not charged.' },
    CANCELLED: { description: 'Ended for good (PayApp rebillCancel); never charges again.' },
    EXPIRED: { description: 'Past expiresOn; never charges again.' },
  },
});
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
registerEnumType(E.UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation was refused. UserError.field points at the input field at fault; providerCode carries the provider\'s own code.',
  valuesConfig: {
    NOT_FOUND: { description: 'An id in the input names nothing the key may see (another seller\'s objects count as absent).' },
    INVALID_STATE: { description: 'The object is not in a state that allows this, e.g. cancelling a payment that was never paid; read it again for its state.' },
    AMOUNT_EXCEEDS_REMAINING: { description: 'The amount is more than what remains to cancel (remainingAmount).' },
    PROVIDER_NOT_CONFIGURED: { description: 'The seller has no account at this provider, or the provider refused the account\'s credentials or permissions: fix the seller\'s setup, not the request.' },
    PROVIDER_REJECTED: { description: 'The provider refused the request; providerCode and message say why (e.g. a declined card, PayApp errno 70020).' },
    PROVIDER_UNAVAILABLE: { description: 'The provider could not be reached, answered with an error, or did not answer in time. If the payment is returned UNKNOWN the outcome is not known yet and a notice will settle it; otherwise nothing changed and the call may be repeated.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'This idempotency key was used with a different input: use a new key for a new request.' },
    IDEMPOTENCY_KEY_IN_USE: { description: 'A request with this idempotency key is still running: repeat it once that one has finished to get its result.' },
    UNSUPPORTED_BY_PROVIDER: { description: 'The payment\'s provider cannot do this, e.g. a partial cancel at Payup or a cancellation request outside PayApp.' },
    REMAINING_AMOUNT_CHANGED: { description: 'expectedRemainingAmount no longer matches remainingAmount: someone else cancelled meanwhile; read the payment again.' },
    INVALID_WEBHOOK_URL: { description: 'A webhook endpoint URL that is not an allowed https (or, in development, local http) address.' },
  },
});
