import type { IncomingMessage } from 'node:http';
import { encodeFields } from '../../providers/payapp/wire';
import { Simulator, SimulatorContext, readBody, send, sendJson } from '../common';
import {
  PayOptions,
  RebillMethod,
  approveRebill,
  buyerPays,
  completeCancelRequest,
  depositArrives,
  failNextRebillCharge,
  runDueCharges,
} from './actions';
import { Announcer } from './announcer';
import { runCommand } from './commands';
import { createControlHandler } from './control';
import { NoticeDelivery, NoticeSender } from './notifier';
import { createPayPages } from './pay-page';
import { formatKstDay } from './schedule';
import { PayAppStore, RebillStatus, SimPayment } from './state';
import type { CommandWorld, SimWorld } from './world';

/**
 * The PayApp simulator: `POST /oapi/apiLoad.html` answers every cmd as PayApp does, over an
 * in-memory world of sellers, payments, billing keys, rebills and cash receipts; state changes
 * are announced to feedbackurl / failurl / the common feedback URL like PayApp's notices.
 * Tests and the product drive what happens outside the API through the helpers below, which the
 * `/_sandbox/...` control routes (control.ts) also expose over HTTP.
 */
export const PAYAPP_API_PATH = '/oapi/apiLoad.html';

export interface PayAppSimulatorOptions {
  /** Pause between notice attempts; PayApp's own is unknown, the sandbox default is 1 s. */
  noticeRetryDelayMs?: number;
  /** Attempts in all for a notice that retries (checkretry=y, failurl): 10, after the manual. */
  noticeMaxAttempts?: number;
  noticeTimeoutMs?: number;
}

export interface SandboxSeller {
  userId: string;
  linkKey: string;
  linkValue: string;
  commonFeedbackUrl?: string;
}

export interface PaymentView {
  mulNo: string;
  userId: string;
  goodName: string;
  price: number;
  cancelledAmount: number;
  payState: number;
  payType?: number;
  rebillNo?: string;
  var1: string;
  var2: string;
  cancelRequested: boolean;
}

export interface RebillView {
  rebillNo: string;
  userId: string;
  status: RebillStatus;
  method?: RebillMethod;
  /** yyyy-mm-dd (KST) of the next charge, while one is due. */
  nextChargeOn?: string;
}

export interface PayAppSimulator extends Simulator {
  addSeller(seller: SandboxSeller): void;
  /** The buyer pays at payurl (`method` in openpaytype names). */
  pay(mulNo: string, method: string, options?: PayOptions): PaymentView;
  deposit(mulNo: string): PaymentView;
  completeCancelRequest(mulNo: string): PaymentView;
  approveRebill(rebillNo: string, method?: RebillMethod): PaymentView;
  failNextRebillCharge(rebillNo: string): void;
  /** Moves the (shared) sandbox clock and runs the recurring charges that fall due; answers them. */
  advanceClock(ms: number): PaymentView[];
  runDueCharges(): PaymentView[];
  now(): Date;
  payment(mulNo: string): PaymentView | undefined;
  rebill(rebillNo: string): RebillView | undefined;
  /** Every cashstno issued, in order (what PayApp's admin would list). */
  cashReceiptNumbers(): string[];
  /** The mul_no the next pay request will get. */
  reserveNextMulNo(): string;
  /** Sends the last notice about mul_no again; false when none was sent. */
  resend(mulNo: string): boolean;
  deliveries(): readonly NoticeDelivery[];
  /** Resolves once no notice is in flight, retries included. */
  idle(): Promise<void>;
  setNoticeRetryDelay(ms: number): void;
}

function paymentView(payment: SimPayment): PaymentView {
  return {
    mulNo: payment.mulNo,
    userId: payment.seller.userId,
    goodName: payment.goodName,
    price: payment.price,
    cancelledAmount: payment.cancelledAmount,
    payState: payment.payState,
    payType: payment.payType,
    rebillNo: payment.rebillNo,
    var1: payment.route.var1,
    var2: payment.route.var2,
    cancelRequested: payment.cancelRequest !== undefined,
  };
}

/** The simulator's own origin as the caller reached it, for the URLs it hands out. */
function originOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

export function createPayAppSimulator(ctx: SimulatorContext, options: PayAppSimulatorOptions = {}): PayAppSimulator {
  const store = new PayAppStore();
  const sender = new NoticeSender({
    logger: ctx.logger,
    retryDelayMs: options.noticeRetryDelayMs ?? 1000,
    maxAttempts: options.noticeMaxAttempts ?? 10,
    timeoutMs: options.noticeTimeoutMs ?? 5000,
  });
  const world: SimWorld = { store, clock: ctx.clock, announcer: new Announcer(sender) };
  // serveSimulator has already acted on transport faults, so only `decline` can be armed here.
  const takeDecline = (): boolean => ctx.faults.peekTransport() === undefined && ctx.faults.take() === 'decline';

  const simulator: PayAppSimulator = {
    async handle(req, res, url) {
      if (url.pathname === PAYAPP_API_PATH && req.method === 'POST') {
        const body = await readBody(req);
        const commandWorld: CommandWorld = { ...world, origin: originOf(req), takeDecline };
        const answer = runCommand(body, commandWorld);
        ctx.logger.debug({ cmd: new URLSearchParams(body).get('cmd'), state: answer.state, errno: answer.errno }, 'payapp command');
        return send(res, 200, encodeFields(answer), 'text/html; charset=utf-8');
      }
      if (await payPages(req, res, url)) return;
      if (await control(req, res, url)) return;
      sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}` });
    },
    addSeller: (seller) => void store.addSeller(seller),
    pay: (mulNo, method, payOptions) => paymentView(buyerPays(world, mulNo, method, payOptions)),
    deposit: (mulNo) => paymentView(depositArrives(world, mulNo)),
    completeCancelRequest: (mulNo) => paymentView(completeCancelRequest(world, mulNo)),
    approveRebill: (rebillNo, method) => paymentView(approveRebill(world, rebillNo, method)),
    failNextRebillCharge: (rebillNo) => failNextRebillCharge(world, rebillNo),
    advanceClock(ms) {
      ctx.clock.advance(ms);
      return simulator.runDueCharges();
    },
    runDueCharges: () => runDueCharges(world).map(paymentView),
    now: () => ctx.clock.now(),
    payment(mulNo) {
      const payment = store.payments.get(mulNo);
      return payment && paymentView(payment);
    },
    rebill(rebillNo) {
      const rebill = store.rebills.get(rebillNo);
      if (!rebill) return undefined;
      const nextChargeOn = rebill.nextChargeDay === undefined ? undefined : formatKstDay(rebill.nextChargeDay);
      return { rebillNo, userId: rebill.seller.userId, status: rebill.status, method: rebill.method, nextChargeOn };
    },
    resend: (mulNo) => sender.resend(mulNo),
    reserveNextMulNo: () => store.reserveNextMulNo(),
    cashReceiptNumbers: () => [...store.cashReceipts.keys()],
    deliveries: () => sender.deliveries(),
    idle: () => sender.idle(),
    setNoticeRetryDelay(ms) {
      sender.retryDelayMs = ms;
    },
    close: () => sender.close(),
  };
  const control = createControlHandler(simulator);
  const payPages = createPayPages(world);
  return simulator;
}
