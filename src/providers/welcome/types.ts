/** What the Welcome client takes and gives, in the domain's terms; wire names live in wire.ts. */

export interface WelcomeCredentials {
  mid: string;
  mkey: string;
}

export interface WelcomeCard {
  number: string;
  expiryMonth: string;
  expiryYear: string;
  /** Birth date (YYMMDD) or business number; the authenticated issue only. */
  birthDateOrBusinessNumber?: string;
  /** First two digits of the card password; the authenticated issue only. */
  passwordFirstTwo?: string;
}

export interface WelcomeBuyer {
  name: string;
  phone?: string;
  email?: string;
}

export interface IssueBillingKeyInput {
  card: WelcomeCard;
  buyer: WelcomeBuyer;
  goodsName?: string;
  /** `etc`, a free note; the authenticated issue requires one and sends "-" when none is given. */
  note?: string;
}

export interface ChargeCardBillingKeyInput {
  billingKey: string;
  /** `oid`, the merchant's order number. */
  orderId: string;
  amount: number;
  goodsName?: string;
  buyer: WelcomeBuyer;
  /** `tax`: the VAT inside `amount`; only for merchants set up to state it, and at most 10% of it. */
  vatAmount?: number;
  /** `taxfree`: the part of `amount` that is not taxed; same set-up as `vatAmount`. */
  taxFreeAmount?: number;
  /** 0 (the default) is a single payment; otherwise 2 or more months. */
  installmentMonths?: number;
  interestFree?: boolean;
}

/** Welcome accepts a phone charge only for the amount, and near the day of the month, the key was issued with. */
export interface ChargePhoneBillingKeyInput {
  billingKey: string;
  orderId: string;
  amount: number;
  goodsName?: string;
  buyer: WelcomeBuyer;
}

export interface DeleteBillingKeyInput {
  billingKey: string;
}

export type WelcomeCardKind = 'PERSONAL' | 'CORPORATE' | 'OTHER';

export interface WelcomeBillingKey {
  billingKey: string;
  /** `CardResultCode`, the card company (acquirer) code. Welcome returns no card name nor masked number. */
  cardCompanyCode?: string;
  /** `CardKind`; the no-auth issue does not return it. */
  cardKind?: WelcomeCardKind;
  /** `tid` of the issuing transaction. */
  providerTransactionId?: string;
  issuedAt: Date;
}

export interface WelcomeCharge {
  /** `tid`. */
  providerPaymentId: string;
  /** `ApplNum`; phone charges have none. */
  approvalNumber?: string;
  paidAt: Date;
  amount: number;
}
