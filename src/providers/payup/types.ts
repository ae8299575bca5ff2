/** What the Payup client takes and gives, in the domain's terms; wire names live in wire.ts. */

export interface PayupCredentials {
  merchantId: string;
  apiCertKey: string;
}

export interface PayupCard {
  number: string;
  expiryMonth: string;
  expiryYear: string;
  /** Birth date (YYMMDD) or 10-digit business number. */
  birthDateOrBusinessNumber: string;
  /** First two digits of the card password. */
  passwordFirstTwo: string;
}

export interface ApproveKeyInInput {
  /** The merchant's order number: up to 20 characters, no spaces. */
  orderNumber: string;
  card: PayupCard;
  amount: number;
  /** `quota`, 0 (the default) to 24. */
  installmentMonths?: number;
  itemName: string;
  userName: string;
  mobileNumber?: string;
  email?: string;
  /** `kakaoSend`: a KakaoTalk notice of the payment to `mobileNumber`. */
  sendKakaoNotice?: boolean;
  /**
   * A compound-tax payment (`taxFlag` Y, merchants set up for it only): the taxed part including its
   * VAT, and the tax-free part. Give one or both; they must add up to `amount`.
   */
  taxableAmount?: number;
  taxFreeAmount?: number;
}

export interface PayupApproval {
  /** `transactionId`. */
  providerPaymentId: string;
  /** `authNumber`, the card company's approval number. */
  approvalNumber?: string;
  approvedAt: Date;
  cardName?: string;
  amount: number;
  installmentMonths: number;
  /** `noinf` Y: the installments are interest-free. */
  interestFree: boolean;
  /** Compound-tax payments only: the taxed part without VAT (Payup's reply `taxAmount`), its VAT, and the tax-free part. */
  supplyAmount?: number;
  vatAmount?: number;
  taxFreeAmount?: number;
}

export interface CancelInput {
  transactionId: string;
}

export interface PayupCancellation {
  cancelledAt: Date;
}
