import type { IncomingMessage, ServerResponse } from 'node:http';
import { Html, html } from '../../web/html';
import { page } from '../../web/page';
import { readBody, send } from '../common';
import { BUYER_PAY_TYPES, BuyerMethod, RebillMethod, SandboxActionError, approveRebill, buyerPays, depositArrives } from './actions';
import { PAY_STATE } from './commands/payments';
import { formatKstDay } from './schedule';
import type { SimPayment, SimRebill } from './state';
import type { SimWorld } from './world';

/**
 * The pages behind every payurl the simulator hands out, where a person plays the buyer:
 *
 *   GET  /pay/{mul_no}            the pay page: good, amount, seller, the methods on offer
 *   POST /pay/{mul_no}            pays (form: method, card_number, card_expiry MM/YY) → back to the page
 *   POST /pay/{mul_no}/deposit    the virtual-account deposit arrives → back to the page
 *   GET  /rebill/{rebill_no}      a recurring payment's approval page
 *   POST /rebill/{rebill_no}      approves it (form: method card|phone): the first charge
 *
 * They call the same actions as the control routes, so the service gets the same notices.
 */

const METHOD_LABELS: Readonly<Record<BuyerMethod, string>> = {
  card: '신용카드 · Card',
  phone: '휴대전화 · Phone',
  rbank: '계좌이체 · Bank transfer',
  vbank: '가상계좌 · Virtual account',
  kakaopay: '카카오페이 · Kakao Pay',
  naverpay: '네이버페이 · Naver Pay',
  smilepay: '스마일페이 · Smile Pay',
  applepay: '애플페이 · Apple Pay',
  payco: '페이코 · PAYCO',
};

const PAY_STATE_LABELS: Readonly<Record<number, { state: string; label: string }>> = {
  [PAY_STATE.requested]: { state: 'REQUESTED', label: '결제 요청 · Awaiting payment' },
  [PAY_STATE.paid]: { state: 'PAID', label: '결제 완료 · Paid' },
  [PAY_STATE.requestCancelled]: { state: 'REQUEST_CANCELLED', label: '요청 취소 · Request cancelled' },
  [PAY_STATE.approvalCancelled]: { state: 'APPROVAL_CANCELLED', label: '승인 취소 · Cancelled' },
  [PAY_STATE.waitingForDeposit]: { state: 'WAITING_FOR_DEPOSIT', label: '입금 대기 · Waiting for the deposit' },
  [PAY_STATE.cancelledOnRequest]: { state: 'APPROVAL_CANCELLED', label: '승인 취소 · Cancelled' },
  [PAY_STATE.partiallyCancelled]: { state: 'PARTIALLY_CANCELLED', label: '부분 취소 · Partly cancelled' },
  [PAY_STATE.partiallyCancelledOnRequest]: { state: 'PARTIALLY_CANCELLED', label: '부분 취소 · Partly cancelled' },
  [PAY_STATE.failed]: { state: 'FAILED', label: '결제 실패 · Failed' },
};

const CARD_METHODS: ReadonlySet<string> = new Set(['card', 'payco']);

const money = (amount: number, currency: SimPayment['currency']) => (currency === 'usd' ? `$${amount.toLocaleString('en-US')}` : `${amount.toLocaleString('ko-KR')}원`);

const heading = html`PayApp <small>sandbox pay page · 테스트 결제창</small>`;

function errorBox(error?: string): Html | undefined {
  return error ? html`<p class="error" role="alert">${error}</p>` : undefined;
}

/** The methods the buyer may pick: the request's openpaytype, or every one the sandbox knows. */
function methodsOf(offered: string[]): BuyerMethod[] {
  const all = Object.keys(BUYER_PAY_TYPES) as BuyerMethod[];
  return offered.length ? all.filter((method) => offered.includes(method)) : all;
}

function payForm(payment: SimPayment): Html {
  const methods = methodsOf(payment.openPayTypes);
  const offersCard = methods.some((method) => CARD_METHODS.has(method));
  return html`<form method="post">
    <fieldset><legend>결제수단 · Method</legend>
      ${methods.map((method, i) => html`<label><input type="radio" name="method" value="${method}" ${i === 0 ? new Html('checked') : ''}> ${METHOD_LABELS[method]}</label>`)}
    </fieldset>
    ${offersCard ? html`<fieldset><legend>테스트 카드 · Test card (card, PAYCO)</legend>
      <label>카드번호 · Number <input type="text" name="card_number" value="4111111111111111" inputmode="numeric" autocomplete="off"></label>
      <label>유효기간 · Expiry (MM/YY) <input type="text" name="card_expiry" value="12/39" size="5"></label>
      <p class="note">A number ending in 0002 is declined; an expiry in the past is refused.</p>
    </fieldset>` : ''}
    <button type="submit">${money(payment.price, payment.currency)} 결제하기 · Pay</button>
  </form>`;
}

function depositForm(payment: SimPayment): Html {
  const account = payment.vbank;
  return html`<h3>입금 계좌 · Deposit to</h3><dl>
      <dt>은행 · Bank</dt><dd data-testid="vbank-bank">${account?.bank}</dd>
      <dt>계좌번호 · Account</dt><dd data-testid="vbank-account">${account?.accountNumber}</dd>
      <dt>입금액 · To deposit</dt><dd>${money(payment.price, payment.currency)}</dd>
    </dl>
    <form method="post" action="/pay/${payment.mulNo}/deposit"><p><button type="submit">입금하기 · Deposit</button></p></form>`;
}

/** What both pages show first: who is paid, for what, how much. */
function buyerPage(sale: { seller: string; goodName: string; amountLabel: string; amount: string }, facts: Html, rest: Html): Html {
  return page(
    `${sale.goodName} · PayApp sandbox`,
    heading,
    html`<section class="card narrow">
      <dl>
        <dt>판매자 · Seller</dt><dd data-testid="seller">${sale.seller}</dd>
        <dt>상품 · Good</dt><dd data-testid="good-name">${sale.goodName}</dd>
        <dt>${sale.amountLabel}</dt><dd class="amount" data-testid="amount">${sale.amount}</dd>
        ${facts}
      </dl>
      ${rest}
    </section>`,
  );
}

function payPage(payment: SimPayment, error?: string): Html {
  const { state, label } = PAY_STATE_LABELS[payment.payState] ?? { state: 'UNKNOWN', label: `pay_state ${payment.payState}` };
  const next =
    payment.payState === PAY_STATE.requested ? payForm(payment) : payment.payState === PAY_STATE.waitingForDeposit ? depositForm(payment) : undefined;
  return buyerPage(
    { seller: payment.seller.userId, goodName: payment.goodName, amountLabel: '금액 · Amount', amount: money(payment.price, payment.currency) },
    html`${payment.memo ? html`<dt>메모 · Memo</dt><dd>${payment.memo}</dd>` : ''}
      <dt>상태 · State</dt><dd><span class="state" data-testid="pay-state" data-state="${state}">${label}</span></dd>
      ${payment.card ? html`<dt>카드 · Card</dt><dd>${payment.card.name} ${payment.card.maskedNumber}</dd>` : ''}`,
    html`${errorBox(error)}${next}<p class="note">mul_no ${payment.mulNo}</p>`,
  );
}

function rebillPage(rebill: SimRebill, error?: string): Html {
  const methods = methodsOf(rebill.openPayTypes).filter((method): method is RebillMethod => method === 'card' || method === 'phone');
  const nextCharge = rebill.nextChargeDay === undefined ? undefined : formatKstDay(rebill.nextChargeDay);
  const approve = html`<form method="post">${methods.map((method) => html`<p><button type="submit" name="method" value="${method}">${METHOD_LABELS[method]}로 승인 · Approve</button></p>`)}</form>`;
  return buyerPage(
    { seller: rebill.seller.userId, goodName: rebill.goodName, amountLabel: '정기결제 · Each charge', amount: money(rebill.price, 'krw') },
    html`<dt>상태 · State</dt><dd><span class="state" data-testid="rebill-status">${rebill.status}</span></dd>
      ${nextCharge ? html`<dt>다음 결제 · Next charge</dt><dd>${nextCharge}</dd>` : ''}`,
    html`${errorBox(error)}${rebill.status === 'requested' ? approve : ''}<p class="note">rebill_no ${rebill.rebillNo}</p>`,
  );
}

function sendPage(res: ServerResponse, status: number, body: Html | string): void {
  send(res, status, body.toString(), 'text/html; charset=utf-8');
}

/** Post/redirect/get: a reload of the page does not pay twice. */
function backTo(res: ServerResponse, path: string): void {
  res.writeHead(303, { location: path }).end();
}

function typedCard(form: URLSearchParams): { number: string; expiryMonth: string; expiryYear: string } | undefined {
  const number = form.get('card_number')?.replace(/\D/g, '');
  const [expiryMonth = '', expiryYear = ''] = (form.get('card_expiry') ?? '').split('/').map((part) => part.trim());
  return number ? { number, expiryMonth, expiryYear: expiryYear.slice(-2) } : undefined;
}

/** Serves the pay and approval pages; false when `url` is not one of them. */
export function createPayPages(world: SimWorld): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const notFound = (res: ServerResponse, what: string) => sendPage(res, 404, page('Not found · PayApp sandbox', heading, html`<p class="card narrow">${what} does not exist in this sandbox (it forgets everything when it restarts).</p>`));

  async function payment(req: IncomingMessage, res: ServerResponse, mulNo: string, deposit: boolean): Promise<void> {
    const found = world.store.payments.get(mulNo);
    if (!found) return notFound(res, `Payment ${mulNo}`);
    if (req.method !== 'POST') return sendPage(res, 200, payPage(found));
    const form = new URLSearchParams(await readBody(req));
    try {
      if (deposit) depositArrives(world, mulNo);
      else buyerPays(world, mulNo, form.get('method') ?? '', { card: typedCard(form) });
      backTo(res, `/pay/${mulNo}`);
    } catch (err) {
      if (!(err instanceof SandboxActionError)) throw err;
      sendPage(res, err.status, payPage(found, err.message));
    }
  }

  async function rebill(req: IncomingMessage, res: ServerResponse, rebillNo: string): Promise<void> {
    const found = world.store.rebills.get(rebillNo);
    if (!found) return notFound(res, `Recurring payment ${rebillNo}`);
    if (req.method !== 'POST') return sendPage(res, 200, rebillPage(found));
    const method = new URLSearchParams(await readBody(req)).get('method') === 'phone' ? 'phone' : 'card';
    try {
      approveRebill(world, rebillNo, method);
      backTo(res, `/rebill/${rebillNo}`);
    } catch (err) {
      if (!(err instanceof SandboxActionError)) throw err;
      sendPage(res, err.status, rebillPage(found, err.message));
    }
  }

  return async (req, res, url) => {
    const pay = /^\/pay\/(\d+)(\/deposit)?$/.exec(url.pathname);
    if (pay) {
      await payment(req, res, pay[1], pay[2] !== undefined);
      return true;
    }
    const recurring = /^\/rebill\/(\d+)$/.exec(url.pathname);
    if (recurring) {
      await rebill(req, res, recurring[1]);
      return true;
    }
    return false;
  };
}
