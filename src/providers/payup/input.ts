import { InputRules, ProviderInputError } from '../input-rules';
import type { ApproveKeyInInput } from './types';

/** Input that breaks a rule of the Payup manual; nothing was sent. */
export class PayupInputError extends ProviderInputError {}

/** Field lengths from the manual's request table (§2.1). */
const MAX = { orderNumber: 20, itemName: 128, userName: 50, userEmail: 128, amountDigits: 12, quota: 24, transactionId: 20 } as const;

const rules = new InputRules(PayupInputError);

/** The checked key-in request, in wire spelling, without timestamp and signature. */
export interface CheckedKeyIn {
  orderNumber: string;
  cardNo: string;
  expireMonth: string;
  expireYear: string;
  birthday: string;
  cardPw: string;
  amount: number;
  quota: number;
  itemName: string;
  userName: string;
  mobileNumber?: string;
  kakaoSend?: 'Y' | 'N';
  userEmail?: string;
  tax?: { taxAmount: number; freeAmount: number };
}

export function checkKeyIn(input: ApproveKeyInInput): CheckedKeyIn {
  const orderNumber = rules.text('orderNumber', input.orderNumber, MAX.orderNumber);
  // The signature is computed with spaces removed (§2.1.1), so a spaced order number could not be signed faithfully.
  if (/\s/.test(orderNumber)) rules.fail('orderNumber', 'must not contain spaces');
  const expiry = rules.expiry(input.card);
  const amount = rules.amount('amount', input.amount, MAX.amountDigits);
  const mobileNumber = input.mobileNumber === undefined ? undefined : rules.digits('mobileNumber', input.mobileNumber, 10, 11);
  if (input.sendKakaoNotice && !mobileNumber) rules.fail('mobileNumber', 'is required to send a Kakao notice');
  return {
    orderNumber,
    cardNo: rules.digits('card.number', input.card.number, 11, 20),
    expireMonth: expiry.month,
    expireYear: expiry.year,
    birthday: rules.birthDateOrBusinessNumber('card.birthDateOrBusinessNumber', input.card.birthDateOrBusinessNumber),
    cardPw: rules.digits('card.passwordFirstTwo', input.card.passwordFirstTwo, 2),
    amount,
    quota: rules.integer('installmentMonths', input.installmentMonths ?? 0, 0, MAX.quota),
    itemName: rules.text('itemName', input.itemName, MAX.itemName),
    userName: rules.text('userName', input.userName, MAX.userName),
    mobileNumber,
    kakaoSend: input.sendKakaoNotice === undefined ? undefined : input.sendKakaoNotice ? 'Y' : 'N',
    userEmail: rules.optionalText('email', input.email, MAX.userEmail),
    tax: checkCompoundTax(input, amount),
  };
}

/** Compound tax: either part may be left out and is then the rest of the amount; the two must add up. */
function checkCompoundTax({ taxableAmount, taxFreeAmount }: ApproveKeyInInput, amount: number): CheckedKeyIn['tax'] {
  if (taxableAmount === undefined && taxFreeAmount === undefined) return undefined;
  const taxAmount = rules.portion('taxableAmount', taxableAmount ?? amount - (taxFreeAmount ?? 0), amount);
  const freeAmount = rules.portion('taxFreeAmount', taxFreeAmount ?? amount - taxAmount, amount);
  if (taxAmount + freeAmount !== amount) rules.fail('taxFreeAmount', 'taxableAmount and taxFreeAmount must add up to amount');
  return { taxAmount, freeAmount };
}

export function checkTransactionId(transactionId: string): string {
  return rules.text('transactionId', transactionId, MAX.transactionId);
}
