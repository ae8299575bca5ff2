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

/** When a recurring payment charges. Dates are in Asia/Seoul. */
export type BillingCycleInput = {
  /** MONTH only: 1-31, or 90 for the last day. A day a month lacks falls on its last day (the 31st charges on 28/29 February, 30 April). */
  dayOfMonth?: InputMaybe<Scalars['Int']['input']>;
  /** WEEK only: 1 (Monday) to 7 (Sunday). */
  dayOfWeek?: InputMaybe<Scalars['Int']['input']>;
  /** Monthly, weekly or daily. */
  unit: CycleUnit;
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

/** PayApp rebillStop / rebillStart / rebillCancel; for a billing key's schedule, this service's own. */
export type SubscriptionActionInput = {
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The recurring payment. */
  subscriptionId: Scalars['ID']['input'];
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

/** Where a delivery stands. */
export type WebhookDeliveryState =
  /** Every scheduled attempt failed; redeliverWebhook can still send it. */
  | 'FAILED'
  /** Not yet answered with 2xx; another attempt is scheduled. */
  | 'PENDING'
  /** An attempt was answered with 2xx. */
  | 'SUCCEEDED';

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