import type { BillingKeyMethod, CashReceiptPurpose, Currency, CycleUnit, PaymentMethod, Provider, TaxType } from '../domain/enums';
import { UserErrorCode } from '../domain/enums';

/**
 * What a provider call came to, in terms the core can act on without knowing the provider.
 * - ok: the provider did it; `value` holds the fields it returned (already in domain terms).
 * - refused: the provider answered and said no, with its own code and message, and the contract's
 *   UserErrorCode that code maps to.
 * - unavailable: the request certainly never left (connection refused, DNS, connect time-out):
 *   nothing happened, so a retry may try again.
 * - unknown: the request was sent and no explicit answer came (time-out, dropped connection, HTTP
 *   5xx, an unreadable body): money may have moved, so the core records UNKNOWN and never guesses.
 */
export type ProviderResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'refused'; providerCode: string; message: string; errorCode: UserErrorCode }
  | { kind: 'unavailable'; message: string }
  | { kind: 'unknown'; message: string };

export type ProviderFailure = Exclude<ProviderResult<unknown>, { kind: 'ok' }>;

export type ProviderName = `${Provider}`;

export const ok = <T>(value: T): ProviderResult<T> => ({ kind: 'ok', value });
/** `errorCode` comes from the provider's code table (one per provider, in its mapping.ts). */
export const refused = (providerCode: string, message: string, errorCode: UserErrorCode = UserErrorCode.PROVIDER_REJECTED): ProviderResult<never> => ({
  kind: 'refused',
  providerCode,
  message,
  errorCode,
});
export const unavailable = (message: string): ProviderResult<never> => ({ kind: 'unavailable', message });
export const unknown = (message: string): ProviderResult<never> => ({ kind: 'unknown', message });

/* ------------------------------------------------------------------------------------------------
 * Capability ports. Each provider folder exports one adapter implementing the capabilities it has;
 * the core asks the registry for "the cancels of PAYUP" and gets them or nothing. Commands and
 * answers are in domain terms; wire names never leave the provider's folder. An adapter rejects
 * input its provider's rules forbid with an InputError whose paths are fields of the command.
 * --------------------------------------------------------------------------------------------- */

/** A seller's account at a provider: its id, and its secrets opened from their sealed form. */
export interface ProviderAccount {
  provider: Provider;
  accountId: string;
  /** Named by the adapter (e.g. linkKey, linkValue); never logged, never returned. */
  secrets: Readonly<Record<string, string>>;
}

/** Card data: sent to the provider and nowhere else. */
export interface CardData {
  number: string;
  expiryMonth: string;
  expiryYear: string;
  birthDateOrBusinessNumber?: string;
  passwordFirstTwo?: string;
}

/** Who pays. Phone numbers arrive normalized to digits (see domain/normalize.ts). */
export interface BuyerData {
  name?: string;
  phone?: string;
  email?: string;
  buyerId?: string;
}

/** How an amount divides: taxable supply + tax-free supply + VAT. */
export interface TaxSplit {
  taxableAmount?: number;
  taxFreeAmount?: number;
  vatAmount?: number;
}

/** Where the provider reports outcomes later, and the merchant's own values it echoes. */
export interface NoticeRoute {
  /** Our notice endpoint, with a query string naming what the notice is about (RUNTIME.md). */
  noticeUrl: string;
  var1?: string;
  var2?: string;
}

export interface PayRequestCommand extends TaxSplit, NoticeRoute {
  goodName: string;
  amount: number;
  currency: Currency;
  countryCallingCode?: string;
  buyer: BuyerData;
  memo?: string;
  requestAddress?: boolean;
  methods?: readonly PaymentMethod[];
  sendSms?: boolean;
  returnUrl?: string;
  skipReceiptPage?: boolean;
  appUrl?: string;
}

export interface PayRequestAnswer {
  providerPaymentId: string;
  payUrl: string;
  qrUrl?: string;
}

/** Asking a buyer to pay (a link or SMS); the provider's notices report the outcome. */
export interface PayRequests {
  request(account: ProviderAccount, command: PayRequestCommand): Promise<ProviderResult<PayRequestAnswer>>;
}

export interface CardChargeCommand extends TaxSplit {
  orderId: string;
  goodName: string;
  amount: number;
  card: CardData;
  installmentMonths?: number;
  buyer: BuyerData;
  sendKakaoNotice?: boolean;
}

/** A charge the provider approved. */
export interface ChargeAnswer {
  providerPaymentId: string;
  approvedAt: Date;
  amount: number;
  approvalNumber?: string;
  cardName?: string;
  maskedCardNumber?: string;
  installmentMonths?: number;
  receiptUrl?: string;
}

/** Charging typed card data at once. */
export interface CardCharges {
  /** The provider's input rules alone, so that the core records nothing for input it would refuse. */
  check(command: CardChargeCommand): void;
  charge(account: ProviderAccount, command: CardChargeCommand): Promise<ProviderResult<ChargeAnswer>>;
}

export interface CancelCommand extends TaxSplit {
  providerPaymentId: string;
  reason: string;
  /** Cancel only while the buyer has not paid yet (PayApp cancelmode=ready). */
  onlyIfNotPaid?: boolean;
  /** Given: a partial cancel of this amount; omitted: all that remains. */
  amount?: number;
}

export interface CancelAnswer {
  cancelledAt?: Date;
}

/** Giving money back (or withdrawing an unpaid request). */
export interface Cancels {
  /** Whether part of a payment can be cancelled; without, only all of it. */
  readonly partial: boolean;
  cancel(account: ProviderAccount, command: CancelCommand): Promise<ProviderResult<CancelAnswer>>;
}

export interface CancellationRequestCommand extends TaxSplit {
  providerPaymentId: string;
  reason: string;
  depositorName?: string;
  /** Given: a partial cancellation of this amount; omitted: all that remains. */
  amount?: number;
}

export interface CancellationRequestAnswer {
  partial: boolean;
  paybackAmount?: number;
  paybackBank?: string;
  requestedAmount?: number;
}

/** Asking the provider to cancel later (after settlement); its notice moves the money. */
export interface CancellationRequests {
  request(account: ProviderAccount, command: CancellationRequestCommand): Promise<ProviderResult<CancellationRequestAnswer>>;
}

export interface RegisterBillingKeyCommand {
  method: BillingKeyMethod;
  card: CardData;
  buyer: BuyerData;
  /** Check the card against birth date and password digits (Welcome: /billing/billkey/card). */
  authenticate: boolean;
  goodName?: string;
  note?: string;
}

export interface BillingKeyAnswer {
  /** The provider's key: a secret of the seller, sealed at rest, never returned. */
  billingKey: string;
  maskedCardNumber?: string;
  cardName?: string;
}

export interface BillingKeyChargeCommand extends TaxSplit, Partial<NoticeRoute> {
  billingKey: string;
  method: BillingKeyMethod;
  orderId: string;
  goodName: string;
  amount: number;
  buyer: BuyerData;
  installmentMonths?: number;
  interestFree?: boolean;
}

export interface BillingKeyRef {
  billingKey: string;
  method: BillingKeyMethod;
}

/**
 * A key the provider issued for one fixed charge (Welcome phone billing): the amount it was issued
 * for, and the day it was issued ('yyyy-mm-dd', Asia/Seoul), which sets its monthly charge date.
 */
export interface FixedChargeTerms {
  amount: number;
  issuedOn: string;
}

/** Why the provider would refuse a charge, in words, and the command's field at fault (if one is). */
export interface TermsRefusal {
  field: 'amount' | null;
  reason: string;
}

/** Stored cards (and phones) charged without the buyer present. */
export interface BillingKeys {
  /** The methods the provider has keys for (registered here, or issued on its own pages and recorded). */
  readonly methods: readonly BillingKeyMethod[];
  register(account: ProviderAccount, command: RegisterBillingKeyCommand): Promise<ProviderResult<BillingKeyAnswer>>;
  /** The provider's input rules on a charge alone, so that the core records nothing for input it would refuse. */
  check(command: BillingKeyChargeCommand): void;
  /** Why the provider would refuse to charge `amount` on day `on` ('yyyy-mm-dd', KST) with a fixed-charge key; undefined when it would not. */
  termsRefusal(terms: FixedChargeTerms, amount: number, on: string): TermsRefusal | undefined;
  charge(account: ProviderAccount, command: BillingKeyChargeCommand): Promise<ProviderResult<ChargeAnswer>>;
  remove(account: ProviderAccount, key: BillingKeyRef): Promise<ProviderResult<void>>;
  /**
   * Whether a refused charge's code means the key can never be charged again (a deleted key, a lost,
   * stolen or expired card), as against a refusal that may pass (an insufficient balance).
   */
  isFinalRefusal(providerCode: string): boolean;
}

export interface RecurringCycle {
  unit: CycleUnit;
  /** 1-31 for MONTH, 90 for the last day of the month. */
  dayOfMonth?: number;
  /** 1 (Monday) to 7 (Sunday) for WEEK. */
  dayOfWeek?: number;
}

export interface RecurringCommand extends NoticeRoute {
  goodName: string;
  amount: number;
  cycle: RecurringCycle;
  /** The last day, yyyy-mm-dd in Asia/Seoul. */
  expiresOn: string;
  buyer: BuyerData;
  memo?: string;
  methods?: readonly PaymentMethod[];
  sendSms?: boolean;
  returnUrl?: string;
  /** Where failed charges after the first are reported. */
  failureUrl: string;
}

export interface RecurringAnswer {
  providerSubscriptionId: string;
  payUrl: string;
}

export interface RecurringRef {
  providerSubscriptionId: string;
}

/** Schedules the provider runs itself (PayApp rebill): the buyer approves the first charge. */
export interface Recurring {
  create(account: ProviderAccount, command: RecurringCommand): Promise<ProviderResult<RecurringAnswer>>;
  pause(account: ProviderAccount, ref: RecurringRef): Promise<ProviderResult<void>>;
  resume(account: ProviderAccount, ref: RecurringRef): Promise<ProviderResult<void>>;
  cancel(account: ProviderAccount, ref: RecurringRef): Promise<ProviderResult<void>>;
}

export interface IssueCashReceiptCommand {
  goodName: string;
  buyerName: string;
  buyerPhone?: string;
  buyerEmail?: string;
  /** A phone or business number (digits). */
  identity: string;
  tradedAt: Date;
  purpose: CashReceiptPurpose;
  taxType: TaxType;
  totalAmount: number;
  supplyAmount: number;
  serviceFee: number;
  vatAmount: number;
  providerPaymentId?: string;
}

export interface CashReceiptAnswer {
  providerReceiptId: string;
  approvalNumber?: string;
  receiptUrl?: string;
}

export interface CashAmount {
  totalAmount: number;
  supplyAmount: number;
  vatAmount: number;
}

export interface CashReceipts {
  /**
   * The provider's rules for an issue alone (amounts, identity, how old the trade may be at `now`),
   * so that the core records nothing for input the provider would refuse.
   */
  check(command: IssueCashReceiptCommand, now: Date): void;
  issue(account: ProviderAccount, command: IssueCashReceiptCommand): Promise<ProviderResult<CashReceiptAnswer>>;
  cancel(account: ProviderAccount, ref: { providerReceiptId: string }): Promise<ProviderResult<void>>;
  /** How much of a Naver Pay payment a cash receipt may cover. */
  naverPayCashAmount(account: ProviderAccount, ref: { providerPaymentId: string }): Promise<ProviderResult<CashAmount>>;
}

export interface RegisterSellerCommand {
  /** The platform's reseller account at the provider. */
  resellerId: string;
  /** The id the seller signs in with (PayApp userid); it becomes the account's id. */
  userId: string;
  /** Goes to the provider and is stored nowhere. */
  password: string;
  sellerName: string;
  phone: string;
  email: string;
  businessKind: string;
  userType: 'INDIVIDUAL' | 'BUSINESS';
  sellerType?: 'SELLER' | 'RESELLER';
  joinType?: number;
  personName?: string;
  businessNumber?: string;
  companyName?: string;
  businessType?: string;
  businessItem?: string;
  ceoName?: string;
  zipCode?: string;
  address1?: string;
  address2?: string;
  homepage?: string;
  settlementBank?: string;
  settlementAccountNumber?: string;
  settlementAccountHolder?: string;
  /** Where the provider reports every payment of the new seller, ours or not (PayApp common_feedbackurl). */
  noticeUrl?: string;
}

export interface RegisterSubAccountCommand {
  subUserId: string;
  /** Goes to the provider and is stored nowhere. */
  password: string;
  name: string;
  /** Bit flags: 1 use the sub-account, 2 main manager, 4 may cancel payments. */
  permissions?: number;
  category1?: string;
  category2?: string;
  category3?: string;
  position?: string;
}

export interface AppLinkCommand {
  requestType: string;
  returnUri: string;
  phoneNumber?: string;
  goodPrice: number;
  goodName: string;
  taxable?: boolean;
  installmentMonths?: number;
  /** Offer every face-to-face type in the app, not just requestType's. */
  allPayTypes?: boolean;
  var1?: string;
  var2?: string;
  noticeUrl?: string;
}

/** Signing sellers up through the platform's reseller account, staff accounts, app links. */
export interface Onboarding {
  registerSeller(command: RegisterSellerCommand): Promise<ProviderResult<Omit<ProviderAccount, 'provider'>>>;
  accountIdAvailable(ref: { resellerId: string; accountId: string }): Promise<ProviderResult<{ available: boolean; message?: string }>>;
  registerSubAccount(account: ProviderAccount, command: RegisterSubAccountCommand): Promise<ProviderResult<void>>;
  /** A link for the merchant's mobile app to hand a payment to the provider's seller app. */
  appLink(command: AppLinkCommand): string;
}

export interface ProviderCapabilities {
  payRequests: PayRequests;
  cardCharges: CardCharges;
  cancels: Cancels;
  cancellationRequests: CancellationRequests;
  billingKeys: BillingKeys;
  recurring: Recurring;
  cashReceipts: CashReceipts;
  onboarding: Onboarding;
}

export type CapabilityName = keyof ProviderCapabilities;

/** What a capability is called in a refusal ("PAYUP has no partial cancels"). */
export const CAPABILITY_LABELS: Record<CapabilityName, string> = {
  payRequests: 'pay requests',
  cardCharges: 'card key-in charges',
  cancels: 'cancels',
  cancellationRequests: 'cancellation requests',
  billingKeys: 'billing keys',
  recurring: 'provider-run recurring payments',
  cashReceipts: 'cash receipts',
  onboarding: 'seller onboarding',
};

/** One provider: the capabilities it has, nothing else. */
export interface ProviderAdapter {
  readonly provider: Provider;
  readonly capabilities: Partial<ProviderCapabilities>;
  close(): Promise<void>;
}
