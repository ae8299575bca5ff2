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
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** The card number as the provider masked it. */
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
  /** The buyer's mobile number; PayApp sends the pay request to it by SMS. */
  phone?: InputMaybe<Scalars['String']['input']>;
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
  /** When the receipt was issued here. */
  createdAt: Scalars['DateTime']['output'];
  /** What was sold. */
  goodName: Scalars['String']['output'];
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
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
  /** Issued or cancelled. */
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

/** Why a cash receipt is issued. */
export type CashReceiptPurpose =
  /** As proof of a business expense (tr_code 1). */
  | 'EXPENSE_PROOF'
  /** For the buyer's income deduction (tr_code 0). */
  | 'INCOME_DEDUCTION';

/** Whether a cash receipt stands or was cancelled. */
export type CashReceiptState =
  /** Cancelled (PayApp cashStCancel). */
  | 'CANCELLED'
  /** Issued and reported to the tax authority (PayApp cashStRegist). */
  | 'ISSUED';

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

/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancel a payment in full or in part (PayApp paycancel, Payup cancel2). */
  cancelPayment: PaymentPayload;
  /** Create an API key. A PLATFORM key creates any key; a SELLER key creates SELLER keys for its own seller. The secret is returned once; a repeat with the same idempotency key returns the key without it. */
  createApiKey: CreateApiKeyPayload;
  /** Onboard a seller that already has provider accounts (PLATFORM keys only). */
  createSeller: SellerPayload;
  /** Charge typed card data through Payup (keyin2). The card data goes to Payup and nowhere else. */
  payWithCard: PaymentPayload;
  /** Ask PayApp for a cancellation after D+5 or after settlement (paycancelreq). */
  requestCancellation: CancellationRequestPayload;
  /** Ask a buyer to pay through PayApp (payrequest): SMS and/or a pay URL. The payment starts REQUESTED. */
  requestPayment: PaymentPayload;
  /** Revoke an API key for good. A SELLER key may revoke its own seller's keys. */
  revokeApiKey: ApiKeyPayload;
};


/** What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result. */
export type MutationCancelPaymentArgs = {
  input: CancelPaymentInput;
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
export type MutationPayWithCardArgs = {
  input: PayWithCardInput;
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
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};

/** An object with a globally unique, prefixed id (pay_…, pev_…, bk_…, sub_…, cr_…, sel_…). */
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

/** A seller's PayApp account: userid and the linkkey / linkval from the PayApp admin. */
export type PayAppCredentialsInput = {
  /** PayApp linkkey (secret; stored encrypted, never readable). */
  linkKey: Scalars['String']['input'];
  /** PayApp linkval (secret; stored encrypted, never readable). */
  linkValue: Scalars['String']['input'];
  /** PayApp seller id (userid). */
  userId: Scalars['String']['input'];
};

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
  /** Any object by its id; null when it does not exist or is not the viewer's. */
  node?: Maybe<Node>;
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
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
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
  /** The last day a charge may happen (Asia/Seoul). */
  expiresOn: Scalars['Date']['output'];
  /** What is sold. */
  goodName: Scalars['String']['output'];
  /** The opaque, prefixed, time-sortable id. */
  id: Scalars['ID']['output'];
  /** Why the latest charge failed. */
  lastFailureMessage?: Maybe<Scalars['String']['output']>;
  /** The next charge date, when this service charges it. */
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
export type SubscriptionPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Live events over WebSocket on the same /graphql path (graphql-ws, subprotocol graphql-transport-ws); the key goes in `connection_init` as `{"authorization": "Bearer sk_…"}`. */
export type SubscriptionRoot = {
  __typename?: 'SubscriptionRoot';
  /**
   * Every state transition of the viewer's payments, or of one payment, as it is committed.
   * With `after` (a PaymentEvent cursor or id), the events committed after it are delivered first,
   * in order, then the live ones: a client that reconnects misses nothing and sees nothing twice.
   */
  paymentStateChanged: PaymentEvent;
  /** State changes of the viewer's recurring payments. */
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