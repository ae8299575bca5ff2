/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in Asia/Seoul, formatted YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601; the API writes it in UTC (e.g. 2026-01-31T00:00:00.000Z). */
  DateTime: { input: string; output: string; }
};

/** An API key. Its secret is shown once, when it is created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The key's id (key_…). */
  id: Scalars['ID']['output'];
  /** A name to tell keys apart. */
  name: Scalars['String']['output'];
  /** When the key was revoked; a revoked key authenticates nothing. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do. */
  role: ApiKeyRole;
  /** The seller a SELLER key acts for. */
  seller?: Maybe<Seller>;
};

/** The result of an API key mutation. */
export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  /** The key. */
  apiKey?: Maybe<ApiKey>;
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** What an API key may do. */
export type ApiKeyRole =
  /** Manages sellers and sees everything. */
  | 'PLATFORM'
  /** Sees and acts for one seller only. */
  | 'SELLER';

/** When a recurring payment charges. */
export type BillingCycle = {
  __typename?: 'BillingCycle';
  /** 1-31 for MONTH; 90 means the last day of the month. */
  dayOfMonth?: Maybe<Scalars['Int']['output']>;
  /** 1 (Monday) to 7 (Sunday) for WEEK. */
  dayOfWeek?: Maybe<Scalars['Int']['output']>;
  /** Monthly, weekly or daily. */
  unit: CycleUnit;
};

/** When a recurring payment charges. Dates are in Asia/Seoul. */
export type BillingCycleInput = {
  /** MONTH only: 1-31, or 90 for the last day. A day a month lacks falls on its last day (the 31st charges on 28/29 February, 30 April). */
  dayOfMonth?: InputMaybe<Scalars['Int']['input']>;
  /** WEEK only: 1 (Monday) to 7 (Sunday). */
  dayOfWeek?: InputMaybe<Scalars['Int']['input']>;
  /** Monthly, weekly or daily. */
  unit: CycleUnit;
};

/** A card or phone stored at a provider, chargeable without the buyer present. */
export type BillingKey = Node & {
  __typename?: 'BillingKey';
  /** Whose card or phone it is. */
  buyer: Buyer;
  /** The card issuer's name. */
  cardName?: Maybe<Scalars['String']['output']>;
  /** When the key was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** When the key was deleted. */
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A key issued for one fixed charge (a Welcome phone key): the only amount it may be charged; null when any amount may be. */
  fixedAmount?: Maybe<Scalars['Int']['output']>;
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** When the provider issued a fixed-charge key (Asia/Seoul): Welcome charges it within 5 days either side of that day of each later month. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** The card number masked: as the provider masked it, or (Welcome returns none) the typed one with at most its first 6 and last 4 digits shown. */
  maskedCardNumber?: Maybe<Scalars['String']['output']>;
  /** A card or a phone bill. */
  method: BillingKeyMethod;
  /** Charges made with this key, newest first. */
  payments: PaymentConnection;
  /** The provider that holds the key. */
  provider: Provider;
  /** The seller the key belongs to. */
  seller: Seller;
  /** Whether the key can still be charged. */
  state: BillingKeyState;
};


/** A card or phone stored at a provider, chargeable without the buyer present. */
export type BillingKeyPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of billing keys, newest first. */
export type BillingKeyConnection = {
  __typename?: 'BillingKeyConnection';
  /** The billing keys of this page. */
  edges: Array<BillingKeyEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One billing key in a list, with its cursor. */
export type BillingKeyEdge = {
  __typename?: 'BillingKeyEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The billing key. */
  node: BillingKey;
};

/** What a billing key charges: a card or a phone bill. */
export type BillingKeyMethod =
  /** A card (PayApp billRegist, Welcome card billing key). */
  | 'CARD'
  /** A mobile phone bill (Welcome phone billing key); each charge must equal the monthly amount agreed. */
  | 'PHONE';

/** The result of a billing-key mutation. */
export type BillingKeyPayload = {
  __typename?: 'BillingKeyPayload';
  /** The billing key, as it stands after the mutation. */
  billingKey?: Maybe<BillingKey>;
  /** Why the mutation was refused or not confirmed; empty on success. */
  userErrors: Array<UserError>;
};

/** Whether a billing key can still be charged. */
export type BillingKeyState =
  /** It can be charged. */
  | 'ACTIVE'
  /** Deleted at the provider (PayApp billDelete); charges are refused. */
  | 'DELETED';

/** Who bought: whatever the merchant or the provider told us. */
export type Buyer = {
  __typename?: 'Buyer';
  /** The merchant's own id for the buyer. */
  buyerId?: Maybe<Scalars['String']['output']>;
  /** The buyer's e-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** The buyer's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The buyer's phone number (digits). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** Who pays. */
export type BuyerInput = {
  /** The merchant's own id for the buyer. */
  buyerId?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's mobile number, as typed (010-2345-6789, +82 10 2345 6789); kept as its digits. PayApp sends the pay request to it by SMS. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** PayApp cashStCancel. */
export type CancelCashReceiptInput = {
  /** The ISSUED receipt (or an UNKNOWN one with a providerReceiptId) to cancel. */
  cashReceiptId: Scalars['ID']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** PayApp paycancel (full, partial, or request-only) or Payup cancel2. */
export type CancelPaymentInput = {
  /** How much to give back, in the currency's smallest unit: less than remainingAmount gives back a part (PayApp partcancel, cancelprice); omitted, all that remains. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** Optimistic check: when given, the cancel is refused with REMAINING_AMOUNT_CHANGED unless the payment's remainingAmount is exactly this. */
  expectedRemainingAmount?: InputMaybe<Scalars['Int']['input']>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** PayApp cancelmode=ready: cancel only while still REQUESTED. */
  onlyIfNotPaid?: InputMaybe<Scalars['Boolean']['input']>;
  /** The payment. */
  paymentId: Scalars['ID']['input'];
  /** Why (PayApp cancelmemo). */
  reason: Scalars['String']['input'];
  /** The tax-free part given back. */
  taxFreeAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The taxable part given back. */
  taxableAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The VAT part given back. */
  vatAmount?: InputMaybe<Scalars['Int']['input']>;
};

/** What PayApp answered to a cancellation request. */
export type CancellationRequest = {
  __typename?: 'CancellationRequest';
  /** Whether a part of the amount is asked for. */
  partial: Scalars['Boolean']['output'];
  /** What the seller must pay back before the cancel (PayApp paybackprice). */
  paybackAmount?: Maybe<Scalars['Int']['output']>;
  /** Where to pay it back (PayApp paybackbank). */
  paybackBank?: Maybe<Scalars['String']['output']>;
  /** The amount asked to cancel (PayApp partprice). */
  requestedAmount?: Maybe<Scalars['Int']['output']>;
};

/** The result of requestCancellation. */
export type CancellationRequestPayload = {
  __typename?: 'CancellationRequestPayload';
  /** What PayApp answered. */
  cancellationRequest?: Maybe<CancellationRequest>;
  /** The payment. */
  payment?: Maybe<Payment>;
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** What the provider told us of the card used; never the card number itself. */
export type CardDetails = {
  __typename?: 'CardDetails';
  /** The approval number. */
  approvalNumber?: Maybe<Scalars['String']['output']>;
  /** The card issuer's name. */
  cardName?: Maybe<Scalars['String']['output']>;
  /** Installment months; 0 is a lump sum. */
  installmentMonths?: Maybe<Scalars['Int']['output']>;
  /** The card number as the provider masked it. */
  maskedNumber?: Maybe<Scalars['String']['output']>;
};

/** Card data typed by the buyer. It goes to the provider and nowhere else. */
export type CardInput = {
  /** Birth date (YYMMDD) or business number; not needed for Welcome no-auth keys. */
  birthDateOrBusinessNumber?: InputMaybe<Scalars['String']['input']>;
  /** Expiry month, MM. */
  expiryMonth: Scalars['String']['input'];
  /** Expiry year, YY or YYYY. */
  expiryYear: Scalars['String']['input'];
  /** The card number, digits only. */
  number: Scalars['String']['input'];
  /** First two digits of the card password; not needed for Welcome no-auth keys. */
  passwordFirstTwo?: InputMaybe<Scalars['String']['input']>;
};

/** A cash receipt (Korean tax receipt) issued through PayApp. */
export type CashReceipt = Node & {
  __typename?: 'CashReceipt';
  /** The tax authority's approval number. */
  approvalNumber?: Maybe<Scalars['String']['output']>;
  /** The buyer's name. */
  buyerName: Scalars['String']['output'];
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the receipt was recorded here, just before PayApp was asked to issue it. */
  createdAt: Scalars['DateTime']['output'];
  /** Every state change, oldest first: who asked, what PayApp answered, what an operator settled. */
  events: Array<CashReceiptEvent>;
  /** What was sold. */
  goodName: Scalars['String']['output'];
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** The phone or business number it is issued to, all but the last four digits hidden; the full number is kept nowhere. */
  maskedIdentity?: Maybe<Scalars['String']['output']>;
  /** The payment it is for, if any. */
  payment?: Maybe<Payment>;
  /** The provider that issued it. */
  provider: Provider;
  /** PayApp cashstno. */
  providerReceiptId?: Maybe<Scalars['String']['output']>;
  /** Income deduction or expense proof. */
  purpose: CashReceiptPurpose;
  /** The receipt page. */
  receiptUrl?: Maybe<Scalars['String']['output']>;
  /** The seller that issued it. */
  seller: Seller;
  /** The service fee in won (PayApp amt_svc). */
  serviceFee: Scalars['Int']['output'];
  /** Where the receipt stands (see CashReceiptState). */
  state: CashReceiptState;
  /** The supply amount in won (PayApp amt_sup). */
  supplyAmount: Scalars['Int']['output'];
  /** Taxable or tax free. */
  taxType: TaxType;
  /** The receipt's total in won: supplyAmount + serviceFee + vatAmount (PayApp amt_tot). */
  totalAmount: Scalars['Int']['output'];
  /** When the sale happened. */
  tradedAt: Scalars['DateTime']['output'];
  /** The VAT in won (PayApp amt_tax). */
  vatAmount: Scalars['Int']['output'];
};

/** A page of cash receipts, newest first. */
export type CashReceiptConnection = {
  __typename?: 'CashReceiptConnection';
  /** The cash receipts of this page. */
  edges: Array<CashReceiptEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One cash receipt in a list, with its cursor. */
export type CashReceiptEdge = {
  __typename?: 'CashReceiptEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The cash receipt. */
  node: CashReceipt;
};

/** One state change of a cash receipt, oldest first in CashReceipt.events. */
export type CashReceiptEvent = {
  __typename?: 'CashReceiptEvent';
  /** The state before; null when the receipt was recorded. */
  from?: Maybe<CashReceiptState>;
  /** The event's id (cre_…). */
  id: Scalars['ID']['output'];
  /** What an operator wrote when settling an UNKNOWN receipt. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** What caused it: the API, or an operator. */
  source: EventSource;
  /** The state after. */
  to: CashReceiptState;
};

/** The result of a cash receipt mutation. */
export type CashReceiptPayload = {
  __typename?: 'CashReceiptPayload';
  /** The receipt as it now stands; also when a call was refused or went unanswered. */
  cashReceipt?: Maybe<CashReceipt>;
  /** Why the mutation was refused or not confirmed; empty on success. */
  userErrors: Array<UserError>;
};

/** Why a cash receipt is issued. */
export type CashReceiptPurpose =
  /** As proof of a business expense (tr_code 1). */
  | 'EXPENSE_PROOF'
  /** For the buyer's income deduction (tr_code 0). */
  | 'INCOME_DEDUCTION';

/** The life of a cash receipt. ISSUING and CANCELLING last while the provider is asked; UNKNOWN waits for an operator or a cancel. */
export type CashReceiptState =
  /** Cancelled at the provider; cancelledAt says when. */
  | 'CANCELLED'
  /** A cancel (cashStCancel) is awaiting the provider's answer. */
  | 'CANCELLING'
  /** The provider refused the issue, or could not be reached: no receipt exists. Issue a new one. */
  | 'FAILED'
  /** The provider issued it (cashstno, approval number). */
  | 'ISSUED'
  /** Sent to the provider (cashStRegist); its answer is awaited. Becomes UNKNOWN if the process stops before it comes. */
  | 'ISSUING'
  /** The provider did not answer: an issue may or may not exist, a cancel may or may not have happened. Settled by resolveUnknownCashReceipt (an operator, from PayApp's records) or, when the receipt has a providerReceiptId, by cancelling it again. */
  | 'UNKNOWN';

/** PayApp billPay, Welcome /billing/billpay (card) or /billing/hppbillpay (phone). */
export type ChargeBillingKeyInput = {
  /** The amount in won. */
  amount: Scalars['Int']['input'];
  /** The billing key to charge. */
  billingKeyId: Scalars['ID']['input'];
  /** Who pays; the key's own buyer fills in whatever is left out. */
  buyer?: InputMaybe<BuyerInput>;
  /** What is sold (no URLs: PayApp refuses them). */
  goodName: Scalars['String']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Installment months, 0 a lump sum: PayApp from 50,000 won; Welcome 0 or 2 and up (cardQuota). Not for phone keys. */
  installmentMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Interest-free installments (Welcome quotaInterest); PayApp has no such option. */
  interestFree?: InputMaybe<Scalars['Boolean']['input']>;
  /** The merchant's own order number (Welcome oid, at most 40 characters); the payment id is sent when omitted. */
  orderId?: InputMaybe<Scalars['String']['input']>;
  /** The tax-free amount (PayApp amount_taxfree, Welcome taxfree). */
  taxFreeAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The taxable supply amount (PayApp amount_taxable). */
  taxableAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The merchant's own value, returned in PayApp's notices. */
  var1?: InputMaybe<Scalars['String']['input']>;
  /** A second merchant value, returned in PayApp's notices. */
  var2?: InputMaybe<Scalars['String']['input']>;
  /** The VAT (PayApp amount_vat, Welcome tax, at most 10% of the amount). */
  vatAmount?: InputMaybe<Scalars['Int']['input']>;
};

/** Create an API key. */
export type CreateApiKeyInput = {
  /** Makes a repeat of this call return the first result (without the secret). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A name to tell keys apart. */
  name: Scalars['String']['input'];
  /** PLATFORM (everything) or SELLER (one seller). */
  role: ApiKeyRole;
  /** The seller of a SELLER key; implied when a SELLER key creates a key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of createApiKey. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key. */
  apiKey?: Maybe<ApiKey>;
  /** The secret, shown once; only its hash is stored. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Onboard a seller that already has provider accounts. */
export type CreateSellerInput = {
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The seller's display name. */
  name: Scalars['String']['input'];
  /** The seller's PayApp account. */
  payApp?: InputMaybe<PayAppCredentialsInput>;
  /** The seller's Payup account. */
  payup?: InputMaybe<PayupCredentialsInput>;
  /** The seller's Welcome account. */
  welcome?: InputMaybe<WelcomeCredentialsInput>;
};

/** PayApp rebillRegist; or, with billingKeyId, a schedule that this service charges itself. */
export type CreateSubscriptionInput = {
  /** The amount of each charge, in won. */
  amount: Scalars['Int']['input'];
  /** Charge this billing key on the cycle (this service charges it, from the first cycle date on or after today); omitted, PayApp runs the schedule once the buyer approves at payUrl. */
  billingKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** Who pays; PayApp sends the request to the phone. Charges of a billing key name this buyer. */
  buyer: BuyerInput;
  /** When it charges. */
  cycle: BillingCycleInput;
  /** The last day a charge may happen (Asia/Seoul); the day after, the recurring payment is EXPIRED. */
  expiresOn: Scalars['Date']['input'];
  /** What is sold (no URLs: PayApp refuses them). */
  goodName: Scalars['String']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A memo shown to the buyer (no URLs). */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** PayApp only: CARD and/or PHONE (PHONE with a MONTH cycle only); all when omitted. */
  methods?: InputMaybe<Array<PaymentMethod>>;
  /** PayApp only: where the buyer goes after approving. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  /** PayApp only: send the request by SMS. */
  sendSms?: InputMaybe<Scalars['Boolean']['input']>;
  /** The merchant's own value, returned in every notice and kept on each charge. */
  var1?: InputMaybe<Scalars['String']['input']>;
  /** A second merchant value, returned in every notice and kept on each charge. */
  var2?: InputMaybe<Scalars['String']['input']>;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** The events to send to it. */
  eventTypes: Array<WebhookEventType>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Required with a PLATFORM key for a seller's endpoint; omitted with a PLATFORM key, a platform endpoint. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  /** An https URL on a public address (http and local addresses only where WEBHOOK_ALLOW_PRIVATE_URLS is true). */
  url: Scalars['String']['input'];
};

/** The result of createWebhookEndpoint. */
export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  /** The signing secret (whsec_ + base64), shown once. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The new endpoint. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** The currency of an amount; amounts are in its smallest unit (won, cents). */
export type Currency =
  /** Korean won; amounts are whole won (PayApp reqmode krw). */
  | 'KRW'
  /** US dollars for overseas cards; amounts are in cents (PayApp reqmode usd). */
  | 'USD';

/** The unit of a recurring payment cycle. */
export type CycleUnit =
  /** Every day (PayApp rebillCycleType Day). */
  | 'DAY'
  /** Monthly on BillingCycle.dayOfMonth (PayApp rebillCycleType Month, rebillCycleMonth). */
  | 'MONTH'
  /** Weekly on BillingCycle.dayOfWeek (PayApp rebillCycleType Week, rebillCycleWeek). */
  | 'WEEK';

/** Which billing key to delete. */
export type DeleteBillingKeyInput = {
  /** The billing key. */
  billingKeyId: Scalars['ID']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** The webhook endpoint to delete; its deliveries stop. */
export type DeleteWebhookEndpointInput = {
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The endpoint. */
  webhookEndpointId: Scalars['ID']['input'];
};

/** What caused a state transition. */
export type EventSource =
  /** A mutation of this API, and the provider's answer to it. */
  | 'API'
  /** A person settling the payment by hand (e.g. an UNKNOWN outcome checked with the provider). */
  | 'OPERATOR'
  /** A notice the provider sent (PayApp feedbackurl, failurl or common feedback URL). */
  | 'PROVIDER_NOTICE'
  /** This service charging a due recurring payment. */
  | 'SCHEDULER';

/** PayApp cashStRegist. */
export type IssueCashReceiptInput = {
  /** The buyer's e-mail address (buyr_mail); sent to PayApp, not kept. */
  buyerEmail?: InputMaybe<Scalars['String']['input']>;
  /** The buyer's name. */
  buyerName: Scalars['String']['input'];
  /** The buyer's mobile number (buyr_tel1), as typed; sent to PayApp, not kept. */
  buyerPhone?: InputMaybe<Scalars['String']['input']>;
  /** What was sold. */
  goodName: Scalars['String']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Phone number or business number (id_info), with or without dashes; 0100001234 for a receipt the seller issues unasked (자진발급). Sent to PayApp and kept masked only. */
  identity: Scalars['String']['input'];
  /** A paid payment of the same seller that the receipt is for; its PayApp mul_no is sent with it. */
  paymentId?: InputMaybe<Scalars['ID']['input']>;
  /** Income deduction (tr_code 0) or expense proof (tr_code 1). */
  purpose: CashReceiptPurpose;
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  /** The service fee (0 or more). */
  serviceFee: Scalars['Int']['input'];
  /** The supply amount (0 or more). */
  supplyAmount: Scalars['Int']['input'];
  /** Taxable (TG01) or tax free (TG02, no VAT). */
  taxType: TaxType;
  /** The total: supplyAmount + serviceFee + vatAmount. */
  totalAmount: Scalars['Int']['input'];
  /** When the sale happened; PayApp issues a receipt at most 6 days (Korean calendar) after it, never before it. */
  tradedAt: Scalars['DateTime']['input'];
  /** The VAT (0 or more; 0 for TAX_FREE). */
  vatAmount: Scalars['Int']['input'];
};

/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancel an issued cash receipt (PayApp cashStCancel). */
  cancelCashReceipt: CashReceiptPayload;
  /** Cancel a payment in full or in part (PayApp paycancel, Payup cancel2). */
  cancelPayment: PaymentPayload;
  /** End a recurring payment for good (PayApp rebillCancel): a cancelled one never starts again. */
  cancelSubscription: SubscriptionPayload;
  /** Charge a billing key (PayApp billPay, Welcome /billing/billpay or /billing/hppbillpay): a payment with method BILLING, PAID, FAILED or UNKNOWN. */
  chargeBillingKey: PaymentPayload;
  /** Create an API key. A PLATFORM key creates any key; a SELLER key creates SELLER keys for its own seller. The secret is returned once; a repeat with the same idempotency key returns the key without it. */
  createApiKey: CreateApiKeyPayload;
  /** Onboard a seller that already has provider accounts (PLATFORM keys only). */
  createSeller: SellerPayload;
  /** A recurring payment: PayApp rebillRegist (PENDING_APPROVAL until the buyer approves at payUrl), or with billingKeyId a schedule this service charges (ACTIVE at once). */
  createSubscription: SubscriptionPayload;
  /** Register a URL that receives events as signed POSTs. The signing secret is shown once. */
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** Delete a billing key at its provider and here; it is never charged again, and the recurring payments charging it stop (PAUSED). */
  deleteBillingKey: BillingKeyPayload;
  /** Delete a webhook endpoint: it receives nothing more. */
  deleteWebhookEndpoint: WebhookEndpointPayload;
  /** Issue a cash receipt through PayApp (cashStRegist). An unanswered call leaves it UNKNOWN, never issued twice. */
  issueCashReceipt: CashReceiptPayload;
  /** Pause an ACTIVE recurring payment (PayApp rebillStop, once approved): no charge until it is resumed. */
  pauseSubscription: SubscriptionPayload;
  /** Charge typed card data through Payup (keyin2). The card data goes to Payup and nowhere else. */
  payWithCard: PaymentPayload;
  /** Record a phone billing key Welcome issued on its own web pages, with the amount and day it was issued for. */
  recordPhoneBillingKey: BillingKeyPayload;
  /** Send one delivery again now (a new attempt with the same webhook-id). */
  redeliverWebhook: WebhookDeliveryPayload;
  /** Register a card for later charges (PayApp billRegist, Welcome /billing/billkey/card or /noauth/billkey/card). The card data goes to the provider and nowhere else; the provider's key is sealed and never returned. */
  registerBillingKey: BillingKeyPayload;
  /** PLATFORM keys only: sign a seller up at PayApp through the platform's reseller account (sellerRegist, PAYAPP_RESELLER_ID) and create the Seller here with the linkkey and linkval PayApp answers. The password goes to PayApp and is stored nowhere. */
  registerPayAppSeller: SellerPayload;
  /** Add a staff sub-account to the seller's PayApp account (subidregist). The password goes to PayApp and is stored nowhere. */
  registerSubAccount: SubAccountPayload;
  /** Ask PayApp for a cancellation after D+5 or after settlement (paycancelreq). */
  requestCancellation: CancellationRequestPayload;
  /** Ask a buyer to pay through PayApp (payrequest): SMS and/or a pay URL. The payment starts REQUESTED. */
  requestPayment: PaymentPayload;
  /** Platform keys only: record what PayApp's own records show about a cash receipt left UNKNOWN. */
  resolveUnknownCashReceipt: CashReceiptPayload;
  /** Platform keys only: record what the provider's own records show about a payment left UNKNOWN. */
  resolveUnknownPayment: PaymentPayload;
  /** Resume a PAUSED recurring payment (PayApp rebillStart); a billing key's schedule charges again from the next cycle date on or after today. */
  resumeSubscription: SubscriptionPayload;
  /** Revoke an API key for good. A SELLER key may revoke its own seller's keys. */
  revokeApiKey: ApiKeyPayload;
  /** Change a webhook endpoint's URL, events, or turn it on or off. */
  updateWebhookEndpoint: WebhookEndpointPayload;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCancelCashReceiptArgs = {
  input: CancelCashReceiptInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCancelPaymentArgs = {
  input: CancelPaymentInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCancelSubscriptionArgs = {
  input: SubscriptionActionInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationChargeBillingKeyArgs = {
  input: ChargeBillingKeyInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCreateSellerArgs = {
  input: CreateSellerInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCreateSubscriptionArgs = {
  input: CreateSubscriptionInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationDeleteBillingKeyArgs = {
  input: DeleteBillingKeyInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationDeleteWebhookEndpointArgs = {
  input: DeleteWebhookEndpointInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationIssueCashReceiptArgs = {
  input: IssueCashReceiptInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationPauseSubscriptionArgs = {
  input: SubscriptionActionInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationPayWithCardArgs = {
  input: PayWithCardInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRecordPhoneBillingKeyArgs = {
  input: RecordPhoneBillingKeyInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRedeliverWebhookArgs = {
  input: RedeliverWebhookInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRegisterBillingKeyArgs = {
  input: RegisterBillingKeyInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRegisterPayAppSellerArgs = {
  input: RegisterPayAppSellerInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRegisterSubAccountArgs = {
  input: RegisterSubAccountInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRequestCancellationArgs = {
  input: RequestCancellationInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRequestPaymentArgs = {
  input: RequestPaymentInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationResolveUnknownCashReceiptArgs = {
  input: ResolveUnknownCashReceiptInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationResolveUnknownPaymentArgs = {
  input: ResolveUnknownPaymentInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationResumeSubscriptionArgs = {
  input: SubscriptionActionInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

/** How much of a Naver Pay payment a cash receipt may cover (PayApp checkNpayCashReceiptReq). */
export type NaverPayCashAmount = {
  __typename?: 'NaverPayCashAmount';
  /** Its supply amount (supplyCashAmount). */
  supplyAmount: Scalars['Int']['output'];
  /** The cash part of the payment (totalCashAmount). */
  totalAmount: Scalars['Int']['output'];
  /** Its VAT (vatCashAmount); 0 with a supply amount means tax-free. */
  vatAmount: Scalars['Int']['output'];
};

/** An object with a globally unique, prefixed id (pay_…, pev_…, bk_…, sub_…, sev_…, cr_…, sel_…). */
export type Node = {
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
};

/** Where a page of a list sits (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow the last one of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** More items precede the first one of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A PayApp seller-app link: REMOTE (an SMS pay request) or a face-to-face type. */
export type PayAppAppLinkInput = {
  /** Offer every face-to-face type in the app (isAllPayReqType); face-to-face types only. */
  allPayTypes?: InputMaybe<Scalars['Boolean']['input']>;
  /** What is sold. */
  goodName: Scalars['String']['input'];
  /** The amount in won. */
  goodPrice: Scalars['Int']['input'];
  /** Card instalment months (cardinst): from 50,000 won, for OCR, MANUAL, NFC and SAMSUNG only. */
  installmentMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The buyer's mobile number, as typed: required for REMOTE, and for face-to-face types from 100,000 won. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** REMOTE, OCR, MANUAL, NFC, SAMSUNG, QR, KAKAO_PAY, NAVER_PAY, SMILE_PAY, APPLE_PAY, PAYCO, WECHAT_PAY */
  requestType: Scalars['String']['input'];
  /** Where the PayApp app returns to: the calling app's own URI (e.g. myshop://payapp/done). */
  returnUri: Scalars['String']['input'];
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  /** Taxable (true) or tax-free (false) (hasTax). */
  taxable?: InputMaybe<Scalars['Boolean']['input']>;
  /** A value of the caller's, echoed in the app's answer and PayApp's notice. */
  var1?: InputMaybe<Scalars['String']['input']>;
  /** A second value of the caller's, echoed likewise. */
  var2?: InputMaybe<Scalars['String']['input']>;
};

/** A seller's PayApp account: userid and the linkkey / linkval from the PayApp admin. */
export type PayAppCredentialsInput = {
  /** PayApp linkkey (secret; stored encrypted, never readable). */
  linkKey: Scalars['String']['input'];
  /** PayApp linkval (secret; stored encrypted, never readable). */
  linkValue: Scalars['String']['input'];
  /** PayApp seller id (userid). */
  userId: Scalars['String']['input'];
};

/** What a new PayApp account is. */
export type PayAppSellerType =
  /** A reseller under the platform's agency account; joins paid (joinType 0). */
  | 'RESELLER'
  /** A seller under the platform's reseller account. */
  | 'SELLER';

/** Who a new PayApp seller is. */
export type PayAppUserType =
  /** A business (usertype 2): businessNumber, companyName, businessType, businessItem and ceoName are required. */
  | 'BUSINESS'
  /** A person (usertype 1): personName is required. */
  | 'INDIVIDUAL';

/** Payup keyin2: approve a card payment from typed card data. */
export type PayWithCardInput = {
  /** The amount in won. */
  amount: Scalars['Int']['input'];
  /** Who pays; Payup needs a name. */
  buyer: BuyerInput;
  /** The card; sent to Payup and forgotten. */
  card: CardInput;
  /** What is sold. */
  goodName: Scalars['String']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Installment months; 0 is a lump sum. */
  installmentMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The merchant's own order number (Payup orderNumber). */
  orderId: Scalars['String']['input'];
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  /** Send Payup's KakaoTalk receipt to the buyer's phone. */
  sendKakaoNotice?: InputMaybe<Scalars['Boolean']['input']>;
  /** The tax-free part of amount in won (Payup freeAmount). */
  taxFreeAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The taxable part of amount in won (Payup taxAmount). */
  taxableAmount?: InputMaybe<Scalars['Int']['input']>;
};

/** One payment at one provider, from request to the last cancel. */
export type Payment = Node & {
  __typename?: 'Payment';
  /** The amount asked, in the currency's smallest unit. */
  amount: Scalars['Int']['output'];
  /** The billing key charged, for a billing payment. */
  billingKey?: Maybe<BillingKey>;
  /** Who pays. */
  buyer: Buyer;
  /** How much of the amount has been cancelled so far (every cancel added up), in the currency's smallest unit. */
  cancelledAmount: Scalars['Int']['output'];
  /** When the latest cancel happened. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The card used, once the provider reported it. */
  card?: Maybe<CardDetails>;
  /** Cash receipts issued for this payment, newest first. */
  cashReceipts: Array<CashReceipt>;
  /** When this service recorded the payment. */
  createdAt: Scalars['DateTime']['output'];
  /** The currency of every amount of this payment. */
  currency: Currency;
  /** The payment's state transitions, newest first. */
  events: PaymentEventConnection;
  /** What is sold. */
  goodName: Scalars['String']['output'];
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** The merchant's memo. */
  memo?: Maybe<Scalars['String']['output']>;
  /** How the buyer paid, once known. */
  method?: Maybe<PaymentMethod>;
  /** The merchant's own order number. */
  orderId?: Maybe<Scalars['String']['output']>;
  /** When the payment was approved. */
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The provider's raw state code of the latest transition (PayApp pay_state). */
  payState?: Maybe<Scalars['Int']['output']>;
  /** Where the buyer pays (PayApp payurl). */
  payUrl?: Maybe<Scalars['String']['output']>;
  /** The provider that moves the money. */
  provider: Provider;
  /** PayApp mul_no, Welcome tid or Payup transactionId. */
  providerPaymentId?: Maybe<Scalars['String']['output']>;
  /** A QR code image of payUrl (PayApp qrurl). */
  qrUrl?: Maybe<Scalars['String']['output']>;
  /** The provider's receipt page (PayApp csturl). */
  receiptUrl?: Maybe<Scalars['String']['output']>;
  /** What can still be cancelled: amount - cancelledAmount. */
  remainingAmount: Scalars['Int']['output'];
  /** When the buyer was asked to pay. */
  requestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The seller the payment is for. */
  seller: Seller;
  /** Where the payment stands now. */
  state: PaymentState;
  /** The recurring payment this charge belongs to. */
  subscription?: Maybe<Subscription>;
  /** The tax-free part of the amount (PayApp amount_taxfree), in the currency's smallest unit. */
  taxFreeAmount?: Maybe<Scalars['Int']['output']>;
  /** The taxable supply part of the amount (PayApp amount_taxable), in the currency's smallest unit. */
  taxableAmount?: Maybe<Scalars['Int']['output']>;
  /** When the payment last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The merchant's own value, returned in every notice. */
  var1?: Maybe<Scalars['String']['output']>;
  /** A second merchant value, returned in every notice. */
  var2?: Maybe<Scalars['String']['output']>;
  /** The VAT part of the amount (PayApp amount_vat), in the currency's smallest unit. */
  vatAmount?: Maybe<Scalars['Int']['output']>;
  /** The virtual account issued for the deposit, if any. */
  virtualAccount?: Maybe<VirtualAccount>;
};


/** One payment at one provider, from request to the last cancel. */
export type PaymentEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of payments, newest first, with the size of the whole list. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  /** The payments of this page. */
  edges: Array<PaymentEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many payments match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One payment in a list, with its cursor. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: Payment;
};

/** One state transition of a payment. This is what live subscriptions deliver. */
export type PaymentEvent = Node & {
  __typename?: 'PaymentEvent';
  /** The amount this transition moved, in the payment's currency's smallest unit: the amount paid, or the part a (partial) cancel gave back (PayApp price of the notice). */
  amount?: Maybe<Scalars['Int']['output']>;
  /** The state before; null for the payment's first event. */
  from?: Maybe<PaymentState>;
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** What an operator wrote when settling an UNKNOWN outcome (source OPERATOR). */
  note?: Maybe<Scalars['String']['output']>;
  /** When the transition happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The provider's raw state code (PayApp pay_state). */
  payState?: Maybe<Scalars['Int']['output']>;
  /** The payment that changed. */
  payment: Payment;
  /** What caused the transition. */
  source: EventSource;
  /** The state after. */
  to: PaymentState;
};

/** A page of payment events, newest first. */
export type PaymentEventConnection = {
  __typename?: 'PaymentEventConnection';
  /** The payment events of this page. */
  edges: Array<PaymentEventEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One payment event in a list, with its cursor. */
export type PaymentEventEdge = {
  __typename?: 'PaymentEventEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The payment event. */
  node: PaymentEvent;
};

/** Narrows a list of payments; every given condition must hold. */
export type PaymentFilter = {
  /** Created at or after this instant. */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before this instant. */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Any of these methods. */
  methods?: InputMaybe<Array<PaymentMethod>>;
  /** Exactly this merchant order number. */
  orderId?: InputMaybe<Scalars['String']['input']>;
  /** Exactly this provider payment id. */
  providerPaymentId?: InputMaybe<Scalars['String']['input']>;
  /** Any of these providers. */
  providers?: InputMaybe<Array<Provider>>;
  /** Any of these states. */
  states?: InputMaybe<Array<PaymentState>>;
};

/** How the buyer paid (PayApp pay_type, or the provider of a direct charge). In RequestPaymentInput.methods, what the buyer may choose (PayApp openpaytype). */
export type PaymentMethod =
  /** Apple Pay (PayApp pay_type 23, openpaytype applepay). */
  | 'APPLEPAY'
  /** A real-time account transfer (PayApp pay_type 6, openpaytype rbank). */
  | 'BANK_TRANSFER'
  /** A charge on a stored PayApp billing key (PayApp pay_type 17). Cannot be requested as a method. */
  | 'BILLING'
  /** A credit or debit card (PayApp pay_type 1, openpaytype card); Payup and Welcome card charges too. */
  | 'CARD'
  /** A gift certificate (pay_type 9 in PayApp's older manual). Cannot be requested as a method. */
  | 'GIFT_CERTIFICATE'
  /** Paid face to face at the seller's terminal (PayApp pay_type 4). Cannot be requested as a method. */
  | 'IN_PERSON'
  /** Kakao Pay (PayApp pay_type 15, openpaytype kakaopay). */
  | 'KAKAOPAY'
  /** Naver Pay (PayApp pay_type 16, openpaytype naverpay). */
  | 'NAVERPAY'
  /** A card issued abroad, paid in USD (PayApp pay_type 3). Cannot be requested as a method. */
  | 'OVERSEAS_CARD'
  /** PAYCO (openpaytype payco). PayApp reports a PAYCO payment as CARD (pay_type 1). */
  | 'PAYCO'
  /** Charged to the mobile phone bill (PayApp pay_type 2, openpaytype phone); Welcome phone billing keys too. */
  | 'PHONE'
  /** Smile Pay (PayApp pay_type 21, openpaytype smilepay). */
  | 'SMILEPAY'
  /** A deposit into a virtual account issued for this payment (PayApp pay_type 7, openpaytype vbank): WAITING_FOR_DEPOSIT until the money arrives. */
  | 'VIRTUAL_ACCOUNT'
  /** WeChat Pay (openpaytype wechat). PayApp gives it no pay_type, so a paid payment never reports it. */
  | 'WECHATPAY';

/** The result of a payment mutation. */
export type PaymentPayload = {
  __typename?: 'PaymentPayload';
  /** The payment, as it stands after the mutation. */
  payment?: Maybe<Payment>;
  /** Why the mutation was refused or not confirmed; empty on success. */
  userErrors: Array<UserError>;
};

/** The life of a payment. PayApp pay_state codes are given beside each value. */
export type PaymentState =
  /** The approval was cancelled in full (pay_state 9, 64). */
  | 'APPROVAL_CANCELLED'
  /** A recurring charge failed (pay_state 99), or the provider declined a direct charge. */
  | 'FAILED'
  /** Paid (pay_state 4). */
  | 'PAID'
  /** Part of the amount was cancelled (pay_state 70, 71). */
  | 'PARTIALLY_CANCELLED'
  /** Asked of the buyer, not paid yet (pay_state 1). */
  | 'REQUESTED'
  /** The request was cancelled before payment (pay_state 8, 32; older 16). */
  | 'REQUEST_CANCELLED'
  /** The provider did not answer in time; settled later by a notice or an operator. */
  | 'UNKNOWN'
  /** A virtual account was issued; waiting for the deposit (pay_state 10). */
  | 'WAITING_FOR_DEPOSIT';

/** A seller's Payup account. */
export type PayupCredentialsInput = {
  /** Payup API certification key (secret; stored encrypted, never readable). */
  apiCertKey: Scalars['String']['input'];
  /** Payup merchant id. */
  merchantId: Scalars['String']['input'];
};

/** A payment provider this API speaks to. */
export type Provider =
  /** PayApp (payapp.kr): pay requests by SMS or pay URL, cancels, recurring payments (rebill), cash receipts; reports changes by notice. */
  | 'PAYAPP'
  /** Payup: card payments from typed card data (key-in). */
  | 'PAYUP'
  /** WelcomePayments PayAPI: card and phone billing keys and their charges. */
  | 'WELCOME';

/** A provider account of a seller. Secrets are never readable. */
export type ProviderAccount = {
  __typename?: 'ProviderAccount';
  /** PayApp userid, Welcome mid or Payup merchantId. */
  accountId: Scalars['String']['output'];
  /** Which provider the account is at. */
  provider: Provider;
};

/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type Query = {
  __typename?: 'Query';
  /** A billing key by id; null when it does not exist or is not the viewer's. */
  billingKey?: Maybe<BillingKey>;
  /** A cash receipt by id; null when it does not exist or is not the viewer's. */
  cashReceipt?: Maybe<CashReceipt>;
  /** PayApp checkNpayCashReceiptReq: how much of a Naver Pay payment a cash receipt may cover. A payment that was not paid with Naver Pay is BAD_USER_INPUT; one that does not exist or is another seller's is NOT_FOUND; a provider refusal carries its code and providerCode. */
  naverPayCashAmount: NaverPayCashAmount;
  /** Any object by its id; null when it does not exist or is not the viewer's. */
  node?: Maybe<Node>;
  /** A PayApp seller-app link (https://payapp.kr/sdk-app?...) for a mobile app to open: every parameter of the manual, percent-encoded; PayApp reports the payment to this API. Combinations the manual forbids are BAD_USER_INPUT naming the field. */
  payAppAppLink: Scalars['String']['output'];
  /** PayApp useridCheck (platform keys only): true when PayApp would sign a seller up under this id. Unset PAYAPP_RESELLER_ID: PROVIDER_NOT_CONFIGURED. */
  payAppSellerIdAvailable: Scalars['Boolean']['output'];
  /** A payment by id; null when it does not exist or is not the viewer's. */
  payment?: Maybe<Payment>;
  /** The viewer's payments (every seller's for a PLATFORM key), newest first. */
  payments: PaymentConnection;
  /** A seller by id; null when it does not exist or is not the viewer's. */
  seller?: Maybe<Seller>;
  /** Every seller (a SELLER key sees only its own), newest first. */
  sellers: SellerConnection;
  /** A recurring payment by id; null when it does not exist or is not the viewer's. */
  subscription?: Maybe<Subscription>;
  /** Who is calling. */
  viewer: Viewer;
  /** A webhook endpoint by id; null when it does not exist, was deleted or is not the viewer's. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** The viewer's webhook endpoints (a PLATFORM key sees every one). */
  webhookEndpoints: WebhookEndpointConnection;
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryBillingKeyArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryCashReceiptArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryNaverPayCashAmountArgs = {
  paymentId: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryPayAppAppLinkArgs = {
  input: PayAppAppLinkInput;
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryPayAppSellerIdAvailableArgs = {
  userId: Scalars['String']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QuerySellerArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QuerySellersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QuerySubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null). */
export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A phone billing key Welcome issued on its own web pages (its payment window), recorded here so that it can be charged. */
export type RecordPhoneBillingKeyInput = {
  /** The amount the key was issued for: the only amount Welcome charges it. */
  amount: Scalars['Int']['input'];
  /** The key the provider issued (Welcome billkey). Sealed at rest, never returned. */
  billingKey: Scalars['String']['input'];
  /** Whose phone it is; Welcome needs a name. */
  buyer: BuyerInput;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The day the key was issued (Asia/Seoul): Welcome charges it within 5 days either side of that day of each later month. */
  issuedOn: Scalars['Date']['input'];
  /** The provider that issued the key (WELCOME). */
  provider: Provider;
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
};

/** The delivery to send again now. */
export type RedeliverWebhookInput = {
  /** The delivery. */
  deliveryId: Scalars['ID']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** PayApp billRegist, Welcome /billing/billkey/card (authenticate: true) or /noauth/billkey/card. */
export type RegisterBillingKeyInput = {
  /** Welcome: check the card against the birth date and password digits (/billing/billkey/card); false issues without them (/noauth/billkey/card). PayApp always checks them. */
  authenticate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whose card it is; kept with the key and used by its charges. PayApp needs a name and a phone, Welcome a name. */
  buyer: BuyerInput;
  /** The card; sent to the provider and forgotten. */
  card: CardInput;
  /** What the key is for (Welcome goodsName). */
  goodName?: InputMaybe<Scalars['String']['input']>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** CARD. Welcome issues PHONE keys on its own web pages, never through its API: record one with recordPhoneBillingKey. */
  method?: InputMaybe<BillingKeyMethod>;
  /** A note kept by the provider (Welcome etc). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The provider that keeps the card: PAYAPP or WELCOME. */
  provider: Provider;
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
};

/** PayApp sellerRegist through the platform's reseller account; creates the Seller here too. */
export type RegisterPayAppSellerInput = {
  /** Address, first line. */
  address1?: InputMaybe<Scalars['String']['input']>;
  /** Address, second line. */
  address2?: InputMaybe<Scalars['String']['input']>;
  /** The business item (업종); required for BUSINESS. */
  businessItem?: InputMaybe<Scalars['String']['input']>;
  /** PayApp bizkind, one of: Blog사업자, 쇼핑몰사업자, 방문판매, 음식점(배달), A/S긴급출동, 운수업, 컨텐츠, 도소매, 유통, 서비스, 숙박업, 임대업, 농수산업, 기타. */
  businessKind: Scalars['String']['input'];
  /** The business registration number (10 digits, dashes allowed); required for BUSINESS. */
  businessNumber?: InputMaybe<Scalars['String']['input']>;
  /** The business type (업태); required for BUSINESS. */
  businessType?: InputMaybe<Scalars['String']['input']>;
  /** The CEO's name; required for BUSINESS. */
  ceoName?: InputMaybe<Scalars['String']['input']>;
  /** The company name; required for BUSINESS. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** The seller's e-mail address. */
  email: Scalars['String']['input'];
  /** Home page URL. */
  homepage?: InputMaybe<Scalars['String']['input']>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** PayApp join_type: 0 paid, 4 discounted (resellers join paid). */
  joinType?: InputMaybe<Scalars['Int']['input']>;
  /** The seller's PayApp password: at least 8 characters, letters and digits only, with both. Sent to PayApp and stored nowhere. */
  password: Scalars['String']['input'];
  /** The person's name (username); required for INDIVIDUAL. */
  personName?: InputMaybe<Scalars['String']['input']>;
  /** The seller's mobile number, as typed; kept as its digits. */
  phone: Scalars['String']['input'];
  /** The seller's name; also the name of the Seller created here. */
  sellerName: Scalars['String']['input'];
  /** A seller (default) or a reseller. */
  sellerType?: InputMaybe<PayAppSellerType>;
  /** The settlement account holder. */
  settlementAccountHolder?: InputMaybe<Scalars['String']['input']>;
  /** The settlement account number (dashes allowed). */
  settlementAccountNumber?: InputMaybe<Scalars['String']['input']>;
  /** The bank settlements are paid to. */
  settlementBank?: InputMaybe<Scalars['String']['input']>;
  /** The PayApp id the seller will sign in with (userid); it becomes the seller's PayApp account id. */
  userId: Scalars['String']['input'];
  /** A person or a business; decides which fields below are required. */
  userType: PayAppUserType;
  /** Postal code. */
  zipCode?: InputMaybe<Scalars['String']['input']>;
};

/** PayApp subidregist: a staff login under the seller's PayApp account. */
export type RegisterSubAccountInput = {
  /** Organisation, top level (subetc1). */
  category1?: InputMaybe<Scalars['String']['input']>;
  /** Organisation, middle level (subetc2). */
  category2?: InputMaybe<Scalars['String']['input']>;
  /** Organisation, bottom level (subetc3). */
  category3?: InputMaybe<Scalars['String']['input']>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The staff member's name (subname). */
  name: Scalars['String']['input'];
  /** The sub-account's password (subpwd). Sent to PayApp and stored nowhere. */
  password: Scalars['String']['input'];
  /** Bit flags: 1 may use the sub-account, 2 main manager, 4 may cancel payments (0 to 7). 1 when omitted. */
  permissions?: InputMaybe<Scalars['Int']['input']>;
  /** Job title (subjtype). */
  position?: InputMaybe<Scalars['String']['input']>;
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  /** The sub-account's login id (subuserid). */
  subUserId: Scalars['String']['input'];
};

/** PayApp paycancelreq: ask for a cancellation after D+5 or after settlement. */
export type RequestCancellationInput = {
  /** How much to give back, in the currency's smallest unit: less than remainingAmount gives back a part (PayApp partcancel, cancelprice); omitted, all that remains. */
  amount?: InputMaybe<Scalars['Int']['input']>;
  /** The depositor's name for the refund transfer (PayApp dpname). */
  depositorName?: InputMaybe<Scalars['String']['input']>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The payment. */
  paymentId: Scalars['ID']['input'];
  /** Why (PayApp cancelmemo). */
  reason: Scalars['String']['input'];
  /** The tax-free part given back. */
  taxFreeAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The taxable part given back. */
  taxableAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The VAT part given back. */
  vatAmount?: InputMaybe<Scalars['Int']['input']>;
};

/** PayApp payrequest. */
export type RequestPaymentInput = {
  /** The amount, in the currency's smallest unit. */
  amount: Scalars['Int']['input'];
  /** The merchant app's URL scheme to return to. */
  appUrl?: InputMaybe<Scalars['String']['input']>;
  /** Who pays; a phone number is needed for the SMS. */
  buyer: BuyerInput;
  /** PayApp vccode; required for USD. */
  countryCallingCode?: InputMaybe<Scalars['String']['input']>;
  /** KRW by default; USD needs countryCallingCode and allows cards only. */
  currency?: InputMaybe<Currency>;
  /** What is sold (no URLs: PayApp refuses them). */
  goodName: Scalars['String']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A memo shown to the buyer (no URLs). */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** The methods the buyer may choose from (PayApp openpaytype); all when omitted. */
  methods?: InputMaybe<Array<PaymentMethod>>;
  /** The merchant's own order number. */
  orderId?: InputMaybe<Scalars['String']['input']>;
  /** Ask the buyer for an address. */
  requestAddress?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where the buyer returns after paying. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  /** Required with a PLATFORM key; implied by a SELLER key. */
  sellerId?: InputMaybe<Scalars['ID']['input']>;
  /** Send the pay request by SMS. */
  sendSms?: InputMaybe<Scalars['Boolean']['input']>;
  /** Skip PayApp's receipt page after payment. */
  skipReceiptPage?: InputMaybe<Scalars['Boolean']['input']>;
  /** The tax-free part of amount (PayApp amount_taxfree). */
  taxFreeAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The taxable supply part of amount (PayApp amount_taxable); with the other two parts it must add up to amount. */
  taxableAmount?: InputMaybe<Scalars['Int']['input']>;
  /** The merchant's own value, returned in every notice. */
  var1?: InputMaybe<Scalars['String']['input']>;
  /** A second merchant value, returned in every notice. */
  var2?: InputMaybe<Scalars['String']['input']>;
  /** The VAT part of amount (PayApp amount_vat). */
  vatAmount?: InputMaybe<Scalars['Int']['input']>;
};

/** An operator records what PayApp's own records show about an UNKNOWN cash receipt (PLATFORM keys only). */
export type ResolveUnknownCashReceiptInput = {
  /** The approval number PayApp shows. */
  approvalNumber?: InputMaybe<Scalars['String']['input']>;
  /** The UNKNOWN cash receipt. */
  cashReceiptId: Scalars['ID']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What was checked, where and by whom. */
  note: Scalars['String']['input'];
  /** PayApp's receipt number (cashstno), required for ISSUED and CANCELLED when the receipt has none yet. */
  providerReceiptId?: InputMaybe<Scalars['String']['input']>;
  /** What PayApp shows: ISSUED, CANCELLED, or FAILED when it has no such receipt. */
  state: CashReceiptState;
};

/**
 * An operator (PLATFORM key) records what the provider's own records (its admin site, a phone call)
 * show about a payment whose outcome is UNKNOWN. Refused with INVALID_STATE unless the payment is
 * UNKNOWN. The change is one PaymentEvent with source OPERATOR that keeps the note.
 */
export type ResolveUnknownPaymentInput = {
  /** The total the provider has cancelled of this payment, when a cancel's outcome was unknown. */
  cancelledAmount?: InputMaybe<Scalars['Int']['input']>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What was checked, where and by whom. */
  note: Scalars['String']['input'];
  /** The UNKNOWN payment. */
  paymentId: Scalars['ID']['input'];
  /** The provider's payment id, when the call that timed out never returned one. */
  providerPaymentId?: InputMaybe<Scalars['String']['input']>;
  /** The state the provider reports; not UNKNOWN. */
  state: PaymentState;
};

/** Revoke an API key for good. */
export type RevokeApiKeyInput = {
  /** The key to revoke. */
  apiKeyId: Scalars['ID']['input'];
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

/** A merchant of the platform, with its provider accounts. */
export type Seller = Node & {
  __typename?: 'Seller';
  /** The seller's billing keys, newest first. */
  billingKeys: BillingKeyConnection;
  /** The seller's cash receipts, newest first. */
  cashReceipts: CashReceiptConnection;
  /** When the seller was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** The seller's display name. */
  name: Scalars['String']['output'];
  /** The seller's payments, newest first. */
  payments: PaymentConnection;
  /** The seller's provider accounts; secrets are never readable. */
  providerAccounts: Array<ProviderAccount>;
  /** Staff sub-accounts registered through this service. */
  subAccounts: Array<SubAccount>;
  /** The seller's recurring payments, newest first. */
  subscriptions: SubscriptionConnection;
};


/** A merchant of the platform, with its provider accounts. */
export type SellerBillingKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A merchant of the platform, with its provider accounts. */
export type SellerCashReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A merchant of the platform, with its provider accounts. */
export type SellerPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A merchant of the platform, with its provider accounts. */
export type SellerSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sellers, newest first. */
export type SellerConnection = {
  __typename?: 'SellerConnection';
  /** The sellers of this page. */
  edges: Array<SellerEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One seller in a list, with its cursor. */
export type SellerEdge = {
  __typename?: 'SellerEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The seller. */
  node: Seller;
};

/** The result of a seller mutation. */
export type SellerPayload = {
  __typename?: 'SellerPayload';
  /** The seller, when the mutation succeeded. */
  seller?: Maybe<Seller>;
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A staff login under a PayApp seller account (subidregist). */
export type SubAccount = {
  __typename?: 'SubAccount';
  /** The staff member's name. */
  name: Scalars['String']['output'];
  /** PayApp permission bit flags (1, 2, 4). */
  permissions: Scalars['Int']['output'];
  /** The sub-account's login id at PayApp. */
  subUserId: Scalars['String']['output'];
};

/** The result of registerSubAccount. */
export type SubAccountPayload = {
  __typename?: 'SubAccountPayload';
  /** The sub-account, when PayApp registered it. */
  subAccount?: Maybe<SubAccount>;
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** A recurring payment: PayApp rebill, or a billing key charged on a schedule by this service. */
export type Subscription = Node & {
  __typename?: 'Subscription';
  /** The amount of each charge in won (PayApp goodprice). */
  amount: Scalars['Int']['output'];
  /** The billing key charged, when this service charges it. */
  billingKey?: Maybe<BillingKey>;
  /** When the recurring payment was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it charges. */
  cycle: BillingCycle;
  /** What happened to it, newest first: state changes, charges, failures. */
  events: SubscriptionEventConnection;
  /** The last day a charge may happen (Asia/Seoul). */
  expiresOn: Scalars['Date']['output'];
  /** What is sold. */
  goodName: Scalars['String']['output'];
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** Why the latest charge failed (or got no answer); null once a later charge is paid. */
  lastFailureMessage?: Maybe<Scalars['String']['output']>;
  /** The day (Asia/Seoul) of the next charge or retry this service makes, for a billing key's schedule; null when it makes none (PayApp runs the schedule, paused, or no date is left before expiresOn). */
  nextChargeOn?: Maybe<Scalars['Date']['output']>;
  /** Where the buyer approves the first charge (PayApp payurl). */
  payUrl?: Maybe<Scalars['String']['output']>;
  /** The charges made, newest first. */
  payments: PaymentConnection;
  /** The provider that charges. */
  provider: Provider;
  /** PayApp rebill_no. */
  providerSubscriptionId?: Maybe<Scalars['String']['output']>;
  /** The seller that is paid. */
  seller: Seller;
  /** Where the recurring payment stands. */
  state: SubscriptionState;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A recurring payment: PayApp rebill, or a billing key charged on a schedule by this service. */
export type SubscriptionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A recurring payment: PayApp rebill, or a billing key charged on a schedule by this service. */
export type SubscriptionPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** PayApp rebillStop / rebillStart / rebillCancel; for a billing key's schedule, this service's own. */
export type SubscriptionActionInput = {
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The recurring payment. */
  subscriptionId: Scalars['ID']['input'];
};

/** A page of subscriptions, newest first. */
export type SubscriptionConnection = {
  __typename?: 'SubscriptionConnection';
  /** The subscriptions of this page. */
  edges: Array<SubscriptionEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One subscription in a list, with its cursor. */
export type SubscriptionEdge = {
  __typename?: 'SubscriptionEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: Subscription;
};

/** One change of a recurring payment: of its state, or a charge made on it. */
export type SubscriptionEvent = Node & {
  __typename?: 'SubscriptionEvent';
  /** The cycle date a charge event is about. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The state before; null for its first event. */
  from?: Maybe<SubscriptionState>;
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: SubscriptionEventKind;
  /** Why a charge failed or was not answered, or why the recurring payment stopped. */
  message?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The charge this event is about, if any. */
  payment?: Maybe<Payment>;
  /** What caused it: the API, a provider notice, the scheduler. */
  source: EventSource;
  /** The recurring payment that changed. */
  subscription: Subscription;
  /** The state after (the same as before for a charge). */
  to: SubscriptionState;
};

/** A page of recurring payment events, newest first. */
export type SubscriptionEventConnection = {
  __typename?: 'SubscriptionEventConnection';
  /** The recurring payment events of this page. */
  edges: Array<SubscriptionEventEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One recurring payment event in a list, with its cursor. */
export type SubscriptionEventEdge = {
  __typename?: 'SubscriptionEventEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The recurring payment event. */
  node: SubscriptionEvent;
};

/** What happened to a recurring payment. */
export type SubscriptionEventKind =
  /** The buyer approved a PayApp rebill: its first payment was notified. */
  | 'APPROVED'
  /** Cancelled for good (cancelSubscription). */
  | 'CANCELLED'
  /** A charge was paid. */
  | 'CHARGED'
  /** A charge was refused (PayApp pay_state 99, or a provider's refusal); data says whether and when it is retried. */
  | 'CHARGE_FAILED'
  /** A charge got no answer: its payment is UNKNOWN, never retried blindly; the schedule goes on. */
  | 'CHARGE_UNKNOWN'
  /** It was created. */
  | 'CREATED'
  /** Its expiresOn passed. */
  | 'EXPIRED'
  /** Paused (pauseSubscription). */
  | 'PAUSED'
  /** Resumed (resumeSubscription). */
  | 'RESUMED'
  /** This service paused it: its billing key can never be charged again (deleted, a lost, stolen or expired card). */
  | 'STOPPED';

/** The result of a recurring-payment mutation. */
export type SubscriptionPayload = {
  __typename?: 'SubscriptionPayload';
  /** The recurring payment, as it stands after the mutation. */
  subscription?: Maybe<Subscription>;
  /** Why the mutation was refused or not confirmed; empty on success. */
  userErrors: Array<UserError>;
};

/** Live events over WebSocket on the same /graphql path (graphql-ws, subprotocol graphql-transport-ws); the key goes in `connection_init` as `{"authorization": "Bearer sk_…"}`. */
export type SubscriptionRoot = {
  __typename?: 'SubscriptionRoot';
  /**
   * Every state transition of the viewer's payments, or of one payment, as it is committed.
   * With `after` (a PaymentEvent cursor or id), the events committed after it are delivered first,
   * in order, then the live ones: a client that reconnects misses nothing and sees nothing twice.
   */
  paymentStateChanged: PaymentEvent;
  /** State changes of the viewer's recurring payments, each as the change left the recurring payment. */
  subscriptionStateChanged: Subscription;
};


/** Live events over WebSocket on the same /graphql path (graphql-ws, subprotocol graphql-transport-ws); the key goes in `connection_init` as `{"authorization": "Bearer sk_…"}`. */
export type SubscriptionRootPaymentStateChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  paymentId?: InputMaybe<Scalars['ID']['input']>;
  states?: InputMaybe<Array<PaymentState>>;
};


/** Live events over WebSocket on the same /graphql path (graphql-ws, subprotocol graphql-transport-ws); the key goes in `connection_init` as `{"authorization": "Bearer sk_…"}`. */
export type SubscriptionRootSubscriptionStateChangedArgs = {
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
};

/** The life of a recurring payment. */
export type SubscriptionState =
  /** Charging on its cycle; nextChargeOn says when. */
  | 'ACTIVE'
  /** Ended for good (PayApp rebillCancel); never charges again. */
  | 'CANCELLED'
  /** Past expiresOn; never charges again. */
  | 'EXPIRED'
  /** Stopped for now (PayApp rebillStop); days passed while paused are not charged. */
  | 'PAUSED'
  /** Registered; the buyer has not approved the first charge at payUrl yet. */
  | 'PENDING_APPROVAL';

/** Whether a sale is taxable. */
export type TaxType =
  /** Taxable (TG01). */
  | 'TAXABLE'
  /** Tax free (TG02). */
  | 'TAX_FREE';

/** Changes to a webhook endpoint; omitted fields stay as they are. */
export type UpdateWebhookEndpointInput = {
  /** Turn sending on or off. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The events to send to it from now on. */
  eventTypes?: InputMaybe<Array<WebhookEventType>>;
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A new URL (checked like a new endpoint's). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The endpoint. */
  webhookEndpointId: Scalars['ID']['input'];
};

/** Why a mutation was refused: a business rule or the provider said no. */
export type UserError = {
  __typename?: 'UserError';
  /** What went wrong, for a program. */
  code: UserErrorCode;
  /** Path to the input field at fault, if any. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What went wrong, for a person. */
  message: Scalars['String']['output'];
  /** The provider's own code (PayApp errno, Welcome ResultCode, Payup responseCode). */
  providerCode?: Maybe<Scalars['String']['output']>;
};

/** Why a mutation was refused. UserError.field points at the input field at fault; providerCode carries the provider's own code. */
export type UserErrorCode =
  /** The amount is more than what remains to cancel (remainingAmount). */
  | 'AMOUNT_EXCEEDS_REMAINING'
  /** A request with this idempotency key is still running: repeat it once that one has finished to get its result. */
  | 'IDEMPOTENCY_KEY_IN_USE'
  /** This idempotency key was used with a different input: use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The object is not in a state that allows this, e.g. cancelling a payment that was never paid; read it again for its state. */
  | 'INVALID_STATE'
  /** A webhook endpoint URL that is not an allowed https (or, in development, local http) address. */
  | 'INVALID_WEBHOOK_URL'
  /** An id in the input names nothing the key may see (another seller's objects count as absent). */
  | 'NOT_FOUND'
  /** The seller has no account at this provider, or the provider refused the account's credentials or permissions: fix the seller's setup, not the request. */
  | 'PROVIDER_NOT_CONFIGURED'
  /** The provider refused the request; providerCode and message say why (e.g. a declined card, PayApp errno 70020). */
  | 'PROVIDER_REJECTED'
  /** The provider could not be reached, answered with an error, or did not answer in time. If the payment is returned UNKNOWN the outcome is not known yet and a notice will settle it; otherwise nothing changed and the call may be repeated. */
  | 'PROVIDER_UNAVAILABLE'
  /** expectedRemainingAmount no longer matches remainingAmount: someone else cancelled meanwhile; read the payment again. */
  | 'REMAINING_AMOUNT_CHANGED'
  /** The payment's provider cannot do this, e.g. a partial cancel at Payup or a cancellation request outside PayApp. */
  | 'UNSUPPORTED_BY_PROVIDER';

/** Who is calling: the role of the API key and, for a SELLER key, its seller. */
export type Viewer = {
  __typename?: 'Viewer';
  /** What the key may do. */
  role: ApiKeyRole;
  /** The seller a SELLER key acts for. */
  seller?: Maybe<Seller>;
};

/** The virtual account a buyer deposits into. */
export type VirtualAccount = {
  __typename?: 'VirtualAccount';
  /** The account number. */
  accountNumber?: Maybe<Scalars['String']['output']>;
  /** The bank. */
  bank?: Maybe<Scalars['String']['output']>;
};

/** One event sent to one endpoint, with the history of its attempts. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was recorded for this endpoint. */
  createdAt: Scalars['DateTime']['output'];
  /** When an attempt was answered with 2xx. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint it is sent to. */
  endpoint: WebhookEndpoint;
  /** What the delivery tells. */
  eventType: WebhookEventType;
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed (a status, a time-out, a refused address). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** HTTP status of the last attempt; null when it got no answer. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due, while PENDING. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery stands. */
  state: WebhookDeliveryState;
  /** The PaymentEvent (or other object) the delivery is about. */
  subjectId: Scalars['ID']['output'];
  /** The webhook-id header: the same on every attempt, so that receivers can drop repeats. */
  webhookId: Scalars['String']['output'];
};

/** A page of webhook deliverys, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The webhook deliverys of this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One webhook delivery in a list, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The webhook delivery. */
  node: WebhookDelivery;
};

/** The result of redeliverWebhook. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The delivery after the new attempt. */
  delivery?: Maybe<WebhookDelivery>;
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a delivery stands. */
export type WebhookDeliveryState =
  /** Every scheduled attempt failed; redeliverWebhook can still send it. */
  | 'FAILED'
  /** Not yet answered with 2xx; another attempt is scheduled. */
  | 'PENDING'
  /** An attempt was answered with 2xx. */
  | 'SUCCEEDED';

/**
 * A URL of the platform's or a seller's own server that receives events as signed POSTs, following
 * the Standard Webhooks specification (headers webhook-id, webhook-timestamp, webhook-signature).
 */
export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Newest first. */
  deliveries: WebhookDeliveryConnection;
  /** Whether events are sent to it; the service disables an endpoint that answers 410 Gone. */
  enabled: Scalars['Boolean']['output'];
  /** The events it receives. */
  eventTypes: Array<WebhookEventType>;
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** The seller whose events it receives; null for a platform endpoint, which receives every seller's. */
  seller?: Maybe<Seller>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};


/**
 * A URL of the platform's or a seller's own server that receives events as signed POSTs, following
 * the Standard Webhooks specification (headers webhook-id, webhook-timestamp, webhook-signature).
 */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<WebhookDeliveryState>;
};

/** A page of webhook endpoints, newest first. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The webhook endpoints of this page. */
  edges: Array<WebhookEndpointEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
};

/** One webhook endpoint in a list, with its cursor. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Pass as `after` or `before` to page from this item. */
  cursor: Scalars['String']['output'];
  /** The webhook endpoint. */
  node: WebhookEndpoint;
};

/** The result of a webhook endpoint mutation. */
export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  /** Why the mutation was refused; empty on success. */
  userErrors: Array<UserError>;
  /** The endpoint after the change. */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
};

/** What an endpoint can be told about; the body's `type` is given beside each. */
export type WebhookEventType =
  /** billing_key.state_changed */
  | 'BILLING_KEY_STATE_CHANGED'
  /** cash_receipt.state_changed */
  | 'CASH_RECEIPT_STATE_CHANGED'
  /** payment.state_changed: every PaymentEvent. */
  | 'PAYMENT_STATE_CHANGED'
  /** subscription.state_changed */
  | 'SUBSCRIPTION_STATE_CHANGED';

/** A seller's WelcomePayments account. */
export type WelcomeCredentialsInput = {
  /** Welcome merchant id (mid). */
  mid: Scalars['String']['input'];
  /** Welcome merchant key (secret; stored encrypted, never readable). */
  mkey: Scalars['String']['input'];
};

export type RecentPaymentsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type RecentPaymentsQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role: ApiKeyRole }, payments: { __typename?: 'PaymentConnection', totalCount: number, edges: Array<{ __typename?: 'PaymentEdge', node: { __typename?: 'Payment', id: string, state: PaymentState, amount: number, remainingAmount: number, goodName: string } }> } };

export type RequestPaymentMutationVariables = Exact<{
  input: RequestPaymentInput;
}>;


export type RequestPaymentMutation = { __typename?: 'Mutation', requestPayment: { __typename?: 'PaymentPayload', payment?: { __typename?: 'Payment', id: string, state: PaymentState, amount: number, providerPaymentId?: string | null, payUrl?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type PaymentStateChangedSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  paymentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PaymentStateChangedSubscription = { __typename?: 'SubscriptionRoot', paymentStateChanged: { __typename?: 'PaymentEvent', id: string, from?: PaymentState | null, to: PaymentState, amount?: number | null, source: EventSource, occurredAt: string, payment: { __typename?: 'Payment', id: string, state: PaymentState, remainingAmount: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const RecentPaymentsDocument = new TypedDocumentString(`
    query RecentPayments($first: Int!) {
  viewer {
    role
  }
  payments(first: $first) {
    totalCount
    edges {
      node {
        id
        state
        amount
        remainingAmount
        goodName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentPaymentsQuery, RecentPaymentsQueryVariables>;
export const RequestPaymentDocument = new TypedDocumentString(`
    mutation RequestPayment($input: RequestPaymentInput!) {
  requestPayment(input: $input) {
    payment {
      id
      state
      amount
      providerPaymentId
      payUrl
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RequestPaymentMutation, RequestPaymentMutationVariables>;
export const PaymentStateChangedDocument = new TypedDocumentString(`
    subscription PaymentStateChanged($after: String, $paymentId: ID) {
  paymentStateChanged(after: $after, paymentId: $paymentId) {
    id
    from
    to
    amount
    source
    occurredAt
    payment {
      id
      state
      remainingAmount
    }
  }
}
    `) as unknown as TypedDocumentString<PaymentStateChangedSubscription, PaymentStateChangedSubscriptionVariables>;