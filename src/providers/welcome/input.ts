import { InputRules, ProviderInputError } from '../input-rules';
import type { ChargeCardBillingKeyInput, ChargePhoneBillingKeyInput, WelcomeBuyer, WelcomeCard } from './types';

/** Input that breaks a rule of the Welcome manual; nothing was sent. */
export class WelcomeInputError extends ProviderInputError {}

/** Field lengths from payapi03. */
const MAX = { buyerName: 30, buyerTel: 40, buyerEmail: 40, goodsName: 80, etc: 100, oid: 40, billkey: 40, priceDigits: 10 } as const;

const rules = new InputRules(WelcomeInputError);

export interface CheckedCard {
  number: string;
  month: string;
  year: string;
}

export function checkCard(card: WelcomeCard): CheckedCard {
  // The manual's field is 16 long; 14 and 15 digits cover Diners and Amex.
  return { number: rules.digits('card.number', card.number, 14, 16), ...rules.expiry(card) };
}

export function checkCardOwner(card: WelcomeCard): { registNo: string; passwd: string } {
  return {
    registNo: rules.birthDateOrBusinessNumber('card.birthDateOrBusinessNumber', card.birthDateOrBusinessNumber),
    passwd: rules.digits('card.passwordFirstTwo', card.passwordFirstTwo ?? '', 2),
  };
}

export function checkBuyer(buyer: WelcomeBuyer): { buyerName: string; buyerTel?: string; buyerEmail?: string } {
  return {
    buyerName: rules.text('buyer.name', buyer.name, MAX.buyerName),
    buyerTel: rules.optionalText('buyer.phone', buyer.phone, MAX.buyerTel),
    buyerEmail: rules.optionalText('buyer.email', buyer.email, MAX.buyerEmail),
  };
}

export const checkGoodsName = (goodsName: string | undefined): string | undefined => rules.optionalText('goodsName', goodsName, MAX.goodsName);
export const checkNote = (note: string | undefined): string | undefined => rules.optionalText('note', note, MAX.etc);
export const checkOrderId = (orderId: string): string => rules.text('orderId', orderId, MAX.oid);
export const checkBillingKey = (billingKey: string): string => rules.text('billingKey', billingKey, MAX.billkey);
export const checkAmount = (amount: number): number => rules.amount('amount', amount, MAX.priceDigits);

/** The fields both charges (card and phone) send, checked and in wire spelling. */
export function checkCharge(input: ChargePhoneBillingKeyInput): { oid: string; price: string; goodsName?: string; buyerName: string; buyerTel?: string; buyerEmail?: string; billkey: string } {
  return {
    oid: checkOrderId(input.orderId),
    goodsName: checkGoodsName(input.goodsName),
    price: String(checkAmount(input.amount)),
    ...checkBuyer(input.buyer),
    billkey: checkBillingKey(input.billingKey),
  };
}

/** The card charge's optional fields, in wire spelling: VAT and tax-free parts, installments. */
export function checkCardChargeOptions(input: ChargeCardBillingKeyInput, amount: number) {
  const optionalPortion = (field: string, value: number | undefined) => (value === undefined ? undefined : String(rules.portion(field, value, amount)));
  return {
    tax: optionalPortion('vatAmount', input.vatAmount),
    taxfree: optionalPortion('taxFreeAmount', input.taxFreeAmount),
    cardQuota: checkCardQuota(input.installmentMonths),
    quotaInterest: input.interestFree === undefined ? undefined : input.interestFree ? '1' : '0',
  };
}

/** `cardQuota`: two digits, "00" for a single payment, "02" and up for months (there is no "01"). */
function checkCardQuota(installmentMonths: number | undefined): string | undefined {
  if (installmentMonths === undefined) return undefined;
  const months = rules.integer('installmentMonths', installmentMonths, 0, 99);
  if (months === 1) rules.fail('installmentMonths', 'must be 0 (a single payment) or 2 or more');
  return String(months).padStart(2, '0');
}
