import { cardVerdict } from '../test-cards';
import { PAY_STATE, applyPaidCancel } from './commands/payments';
import { kstDayOf, nextChargeDay } from './schedule';
import { SimCard, SimPayment, SimRebill, maskCardNumber, newPayment, randomDigits } from './state';
import type { SimWorld } from './world';

/**
 * What happens at PayApp outside the API, driven by tests through the sandbox controls: the buyer
 * pays at payurl, a deposit reaches a virtual account, the buyer approves a recurring payment,
 * a recurring charge falls due, PayApp completes a cancellation request.
 */

/** A control call that cannot be carried out: unknown id (404) or the wrong state (409). */
export class SandboxActionError extends Error {
  constructor(
    readonly status: 400 | 402 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The methods a buyer can pay with (openpaytype names) and the pay_type PayApp reports for each.
 * PAYCO reports as card (1); WeChat Pay has no pay_type in the manual, so it is not offered here.
 */
export const BUYER_PAY_TYPES = { card: 1, phone: 2, rbank: 6, vbank: 7, kakaopay: 15, naverpay: 16, smilepay: 21, applepay: 23, payco: 1 } as const;
export type BuyerMethod = keyof typeof BUYER_PAY_TYPES;
export type RebillMethod = 'card' | 'phone';

/** A card typed on the pay page; the test-card rules decide (a number ending 0002 is declined). */
export interface TypedCard {
  number: string;
  /** MM */
  expiryMonth: string;
  /** YY */
  expiryYear: string;
}

export interface PayOptions {
  installmentMonths?: number;
  /** Naver Pay from a card or a bank account (only the latter may carry a cash receipt). */
  naverpay?: 'card' | 'bank';
  /** The card the buyer typed, for a card method; without one the card is approved. */
  card?: TypedCard;
}

const OVERSEAS_PAY_TYPE = 3;
const CARD_METHODS: ReadonlySet<string> = new Set(['card', 'payco']);
const REBILL_FAILURE_MESSAGE = '카드 승인 거절 (잔액부족)';

function approvedCard(installmentMonths = 0, number = '4518000000001111'): SimCard {
  return { name: '[신한]', maskedNumber: maskCardNumber(number), authCode: randomDigits(8), quota: String(installmentMonths).padStart(2, '0') };
}

/**
 * The card company's answer to a typed card. A refusal at the pay page changes nothing and is
 * not announced: the buyer may try another card, as at PayApp.
 */
function checkTypedCard(world: SimWorld, card: TypedCard): void {
  const verdict = cardVerdict(card.number, { month: card.expiryMonth, year: card.expiryYear }, world.clock.now());
  if (verdict === 'DECLINED') throw new SandboxActionError(402, '카드 승인 거절: the card company declined the card');
  if (verdict === 'EXPIRED') throw new SandboxActionError(402, '유효기간 경과: the card has expired');
}

function findPayment(world: SimWorld, mulNo: string): SimPayment {
  const payment = world.store.payments.get(mulNo);
  if (!payment) throw new SandboxActionError(404, `no PayApp payment ${mulNo}`);
  return payment;
}

function findRebill(world: SimWorld, rebillNo: string): SimRebill {
  const rebill = world.store.rebills.get(rebillNo);
  if (!rebill) throw new SandboxActionError(404, `no PayApp rebill ${rebillNo}`);
  return rebill;
}

/** The buyer pays a requested payment: 4 at once, or 10 (waiting for deposit) for a virtual account. */
export function buyerPays(world: SimWorld, mulNo: string, method: string, options: PayOptions = {}): SimPayment {
  if (!Object.hasOwn(BUYER_PAY_TYPES, method)) throw new SandboxActionError(400, `unknown method ${method}; one of ${Object.keys(BUYER_PAY_TYPES).join(', ')}`);
  const payment = findPayment(world, mulNo);
  if (payment.payState !== PAY_STATE.requested) throw new SandboxActionError(409, `payment ${mulNo} is not awaiting payment (pay_state ${payment.payState})`);
  if (payment.openPayTypes.length > 0 && !payment.openPayTypes.includes(method)) throw new SandboxActionError(409, `${method} is not offered for payment ${mulNo}`);
  if (options.card && CARD_METHODS.has(method)) checkTypedCard(world, options.card);
  const now = world.clock.now();
  payment.payType = payment.currency === 'usd' ? OVERSEAS_PAY_TYPE : BUYER_PAY_TYPES[method as BuyerMethod];
  if (method === 'vbank') {
    payment.payState = PAY_STATE.waitingForDeposit;
    payment.vbank = { bank: '기업은행', accountNumber: randomDigits(14) };
  } else {
    payment.payState = PAY_STATE.paid;
    payment.paidAt = now;
  }
  if (CARD_METHODS.has(method)) {
    payment.card = approvedCard(options.installmentMonths, options.card?.number);
    payment.receiptUrl = `${payment.origin}/CST/${mulNo}`;
  }
  if (method === 'naverpay') payment.naverpay = options.naverpay ?? 'bank';
  world.announcer.paymentChanged(payment);
  return payment;
}

/** The deposit reaches the virtual account: 10 → 4. */
export function depositArrives(world: SimWorld, mulNo: string): SimPayment {
  const payment = findPayment(world, mulNo);
  if (payment.payState !== PAY_STATE.waitingForDeposit) throw new SandboxActionError(409, `payment ${mulNo} is not waiting for a deposit`);
  payment.payState = PAY_STATE.paid;
  payment.paidAt = world.clock.now();
  world.announcer.paymentChanged(payment);
  return payment;
}

/** PayApp completes a paycancelreq: 64 for a full cancel, 71 for a partial one. */
export function completeCancelRequest(world: SimWorld, mulNo: string): SimPayment {
  const payment = findPayment(world, mulNo);
  const request = payment.cancelRequest;
  if (!request) throw new SandboxActionError(409, `payment ${mulNo} has no cancellation request`);
  if (payment.price - payment.cancelledAmount < request.amount) throw new SandboxActionError(409, `payment ${mulNo} no longer has ${request.amount} to cancel`);
  payment.cancelRequest = undefined;
  applyPaidCancel(world, payment, request, 'request');
  return payment;
}

/**
 * The buyer approves a recurring payment at its payurl: the first charge happens now and is
 * announced; charges then fall due by the cycle. A first charge armed to fail is refused here
 * and, as the manual says, not announced.
 */
export function approveRebill(world: SimWorld, rebillNo: string, method: RebillMethod = 'card'): SimPayment {
  const rebill = findRebill(world, rebillNo);
  if (rebill.status !== 'requested') throw new SandboxActionError(409, `rebill ${rebillNo} is ${rebill.status}, not awaiting approval`);
  if (rebill.openPayTypes.length > 0 && !rebill.openPayTypes.includes(method)) throw new SandboxActionError(409, `${method} is not offered for rebill ${rebillNo}`);
  if (method === 'phone' && rebill.cycle.type !== 'Month') throw new SandboxActionError(409, 'recurring phone payments are monthly only');
  if (rebill.failNextCharge) {
    rebill.failNextCharge = false;
    throw new SandboxActionError(402, `the first charge of rebill ${rebillNo} was declined (not announced)`);
  }
  rebill.method = method;
  rebill.status = 'active';
  rebill.nextChargeDay = nextChargeDay(kstDayOf(world.clock.now()), rebill.cycle);
  return charge(world, rebill);
}

export function failNextRebillCharge(world: SimWorld, rebillNo: string): void {
  findRebill(world, rebillNo).failNextCharge = true;
}

/**
 * Charges every active rebill whose day has come (several times over if the clock jumped several
 * cycles); a paused rebill skips its days; a rebill past its expiry day expires.
 */
export function runDueCharges(world: SimWorld): SimPayment[] {
  const today = kstDayOf(world.clock.now());
  const charged: SimPayment[] = [];
  for (const rebill of world.store.rebills.values()) {
    while (rebill.nextChargeDay !== undefined && rebill.nextChargeDay <= today) {
      if (rebill.nextChargeDay > rebill.expireDay) {
        rebill.status = 'expired';
        rebill.nextChargeDay = undefined;
        break;
      }
      if (rebill.status === 'active') charged.push(charge(world, rebill));
      rebill.nextChargeDay = nextChargeDay(rebill.nextChargeDay, rebill.cycle);
    }
  }
  return charged;
}

/** One charge of a rebill: paid and announced to feedbackurl, or failed (99) and announced to failurl. */
function charge(world: SimWorld, rebill: SimRebill): SimPayment {
  const failed = rebill.failNextCharge;
  rebill.failNextCharge = false;
  const now = world.clock.now();
  const mulNo = world.store.nextMulNo();
  const byCard = rebill.method !== 'phone';
  const payment = newPayment({
    mulNo,
    seller: rebill.seller,
    origin: rebill.origin,
    goodName: rebill.goodName,
    price: rebill.price,
    recvPhone: rebill.recvPhone,
    memo: rebill.memo,
    requestedAt: now,
    route: rebill.route,
    payUrl: rebill.payUrl,
    rebillNo: rebill.rebillNo,
    payType: BUYER_PAY_TYPES[byCard ? 'card' : 'phone'],
    payState: failed ? PAY_STATE.failed : PAY_STATE.paid,
    paidAt: failed ? undefined : now,
    card: byCard && !failed ? approvedCard() : undefined,
    receiptUrl: byCard && !failed ? `${rebill.origin}/CST/${mulNo}` : undefined,
    failureMessage: failed ? REBILL_FAILURE_MESSAGE : undefined,
  });
  world.store.payments.set(mulNo, payment);
  if (failed) world.announcer.chargeFailed(payment, rebill.failUrl);
  else world.announcer.paymentChanged(payment);
  return payment;
}
