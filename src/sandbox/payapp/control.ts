import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '../common';
import { SandboxActionError } from './actions';
import type { PayAppSimulator } from './simulator';

/**
 * The PayApp sandbox's control routes (JSON answers), each a thin door to a simulator helper:
 *
 *   POST /_sandbox/payapp/sellers                 {userId, linkKey, linkValue, commonFeedbackUrl?}
 *   POST /_sandbox/payapp/pay?mul_no=&method=     card|phone|rbank|vbank|kakaopay|naverpay|smilepay|applepay|payco
 *                                                 (&installmentMonths=, &naverpay=card|bank)
 *   POST /_sandbox/payapp/deposit?mul_no=         the virtual-account deposit arrives (10 → 4)
 *   POST /_sandbox/payapp/cancel-request/complete?mul_no=   PayApp carries out a paycancelreq (64 / 71)
 *   POST /_sandbox/payapp/rebill/approve?rebill_no=&method=card|phone   the buyer approves; first charge
 *   POST /_sandbox/payapp/rebill/fail-next?rebill_no=       the rebill's next charge fails (99 to failurl)
 *   POST /_sandbox/payapp/resend?mul_no=          the last notice about mul_no again (a deliberate duplicate)
 *   POST /_sandbox/payapp/notice-settings         {retryDelayMs}
 *   GET  /_sandbox/payapp/notices                 the delivery log
 *   GET  /_sandbox/payapp/payment?mul_no=         one payment as the simulator holds it
 *   GET  /_sandbox/payapp/rebill?rebill_no=       one rebill
 *   POST /_sandbox/clock                          {advanceDays?, advanceMs?} or {to}: moves the shared clock forward
 *                                                 (to an ISO 8601 instant), runs due charges
 */
type Route = (query: URLSearchParams, body: Record<string, unknown>) => unknown;

const DAY_MS = 24 * 60 * 60 * 1000;

function param(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (!value) throw new SandboxActionError(400, `${name} is required`);
  return value;
}

function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new SandboxActionError(400, `${name} (a string) is required`);
  return value;
}

function numberField(body: Record<string, unknown>, name: string): number | undefined {
  const value = body[name];
  if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) throw new SandboxActionError(400, `${name} must be a number >= 0`);
  return value;
}

function optionalNumber(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  return value === null ? undefined : Number(value);
}

function routesOf(sim: PayAppSimulator): Record<string, Route> {
  return {
    'POST /_sandbox/payapp/sellers': (_, body) => {
      const commonFeedbackUrl = body.commonFeedbackUrl === undefined ? undefined : stringField(body, 'commonFeedbackUrl');
      sim.addSeller({ userId: stringField(body, 'userId'), linkKey: stringField(body, 'linkKey'), linkValue: stringField(body, 'linkValue'), commonFeedbackUrl });
      return { ok: true };
    },
    'POST /_sandbox/payapp/pay': (query) =>
      sim.pay(param(query, 'mul_no'), param(query, 'method'), {
        installmentMonths: optionalNumber(query, 'installmentMonths'),
        naverpay: query.get('naverpay') === 'card' ? 'card' : 'bank',
      }),
    'POST /_sandbox/payapp/deposit': (query) => sim.deposit(param(query, 'mul_no')),
    'POST /_sandbox/payapp/cancel-request/complete': (query) => sim.completeCancelRequest(param(query, 'mul_no')),
    'POST /_sandbox/payapp/rebill/approve': (query) => sim.approveRebill(param(query, 'rebill_no'), query.get('method') === 'phone' ? 'phone' : 'card'),
    'POST /_sandbox/payapp/rebill/fail-next': (query) => {
      sim.failNextRebillCharge(param(query, 'rebill_no'));
      return { ok: true };
    },
    'POST /_sandbox/payapp/resend': (query) => {
      const mulNo = param(query, 'mul_no');
      if (!sim.resend(mulNo)) throw new SandboxActionError(404, `no notice about ${mulNo} was sent`);
      return { ok: true };
    },
    'POST /_sandbox/payapp/notice-settings': (_, body) => {
      sim.setNoticeRetryDelay(numberField(body, 'retryDelayMs') ?? 1000);
      return { ok: true };
    },
    'GET /_sandbox/payapp/notices': () => sim.deliveries(),
    'GET /_sandbox/payapp/payment': (query) => sim.payment(param(query, 'mul_no')) ?? notFound('payment'),
    'GET /_sandbox/payapp/rebill': (query) => sim.rebill(param(query, 'rebill_no')) ?? notFound('rebill'),
    'POST /_sandbox/clock': (_, body) => {
      const ms = body.to === undefined ? (numberField(body, 'advanceDays') ?? 0) * DAY_MS + (numberField(body, 'advanceMs') ?? 0) : untilInstant(stringField(body, 'to'), sim.now());
      const charged = sim.advanceClock(ms);
      return { now: sim.now().toISOString(), charged };
    },
  };
}

/** How far the clock must move to reach `to` (ISO 8601 with a zone); never backwards. */
function untilInstant(to: string, now: Date): number {
  const at = Date.parse(to);
  if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(to) || Number.isNaN(at)) throw new SandboxActionError(400, 'to must be an ISO 8601 instant with a zone, e.g. 2027-01-31T10:00:00+09:00');
  if (at < now.getTime()) throw new SandboxActionError(409, `the clock only moves forward; it is ${now.toISOString()}`);
  return at - now.getTime();
}

function notFound(what: string): never {
  throw new SandboxActionError(404, `no such ${what}`);
}

/** Serves a control route; false when `url` is not one of them. */
export function createControlHandler(sim: PayAppSimulator): (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> {
  const routes = routesOf(sim);
  return async (req, res, url) => {
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) return false;
    try {
      const text = await readBody(req);
      const body: unknown = text ? JSON.parse(text) : {};
      if (typeof body !== 'object' || body === null) throw new SandboxActionError(400, 'the body must be a JSON object');
      sendJson(res, 200, route(url.searchParams, body as Record<string, unknown>));
    } catch (err) {
      if (err instanceof SandboxActionError) sendJson(res, err.status, { error: err.message });
      else if (err instanceof SyntaxError) sendJson(res, 400, { error: 'the body is not JSON' });
      else throw err;
    }
    return true;
  };
}
