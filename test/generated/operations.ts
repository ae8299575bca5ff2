import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** What an API key may do. */
export type ApiKeyRole =
  /** Manages sellers and sees everything. */
  | 'PLATFORM'
  /** Sees and acts for one seller only. */
  | 'SELLER';

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

/** A seller's WelcomePayments account. */
export type WelcomeCredentialsInput = {
  /** Welcome merchant id (mid). */
  mid: Scalars['String']['input'];
  /** Welcome merchant key (secret; stored encrypted, never readable). */
  mkey: Scalars['String']['input'];
};

export type CreateSellerMutationVariables = Exact<{
  input: CreateSellerInput;
}>;


export type CreateSellerMutation = { __typename?: 'Mutation', createSeller: { __typename?: 'SellerPayload', seller?: { __typename?: 'Seller', id: string, name: string, providerAccounts: Array<{ __typename?: 'ProviderAccount', provider: Provider, accountId: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null, message: string }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret?: string | null, apiKey?: { __typename?: 'ApiKey', id: string, role: ApiKeyRole, revokedAt?: string | null, seller?: { __typename?: 'Seller', id: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', code: UserErrorCode, field?: Array<string> | null }> } };


export const CreateSellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSeller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSeller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providerAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSellerMutation, CreateSellerMutationVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;