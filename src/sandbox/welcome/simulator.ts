import { IncomingMessage, ServerResponse } from 'node:http';
import { Simulator, SimulatorContext, readBody, sendJson } from '../common';
import { readJsonObject, stringField, timestampProblem } from '../request-checks';
import { WELCOME_SANDBOX_CODES as CODES } from './codes';
import { WelcomeLedger } from './ledger';
import { SimReply, WELCOME_ROUTES, WelcomeRoute, badRequest, failure } from './routes';

/**
 * A stateful fake of the WelcomePayments PayAPI billing calls, speaking its wire format.
 *
 * Control routes (JSON):
 * - POST /_sandbox/welcome/merchants {mid, mkey}: register a merchant.
 * - POST /_sandbox/welcome/phone-billing-keys {mid, price}: issue a phone billing key now (sandbox
 *   clock) for that monthly amount; on Welcome this happens on its web pages, not through PayAPI.
 * - GET /_sandbox/welcome/billing-keys/{billkey}, GET /_sandbox/welcome/transactions/{tid}.
 * Test cards: see ../test-cards.ts. The `decline` fault declines the next authenticated call (C051).
 */
export interface WelcomeSimulator extends Simulator {
  ledger: WelcomeLedger;
}

const CONTROL_PREFIX = '/_sandbox/welcome/';

export function createWelcomeSimulator(ctx: SimulatorContext): WelcomeSimulator {
  const ledger = new WelcomeLedger();

  /** The checks every call shares, in the order a gateway makes them, then the call itself. */
  async function answer(route: WelcomeRoute, req: IncomingMessage): Promise<SimReply> {
    const form = new URLSearchParams(await readBody(req));
    if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return badRequest('Content-Type must be application/x-www-form-urlencoded');
    const missing = route.required.find((name) => !form.get(name));
    if (missing) return badRequest(`${missing} is required`);
    const mid = form.get('mid') as string;
    const mkey = ledger.mkeyOf(mid);
    if (mkey === undefined) return failure(CODES.UNKNOWN_MERCHANT);
    const now = ctx.clock.now();
    const timestampIssue = timestampProblem(form.get('timestamp') as string, now);
    if (timestampIssue === 'MALFORMED') return badRequest('timestamp must be yyyyMMddHHmmss');
    if (timestampIssue === 'STALE') return failure(CODES.STALE_TIMESTAMP);
    if (route.signature(form, mkey) !== form.get('signature')) return failure(CODES.BAD_SIGNATURE);
    // serveSimulator has already taken any transport fault, so what is armed here can only be a decline.
    if (ctx.faults.take() === 'decline') return failure(CODES.CARD_DECLINED);
    return route.handle({ form, mid, mkey, now, ledger });
  }

  function registerMerchant(body: Record<string, unknown>, res: ServerResponse): void {
    const mid = stringField(body, 'mid');
    const mkey = stringField(body, 'mkey');
    if (!mid || !mkey) return sendJson(res, 400, { error: 'mid and mkey are required' });
    ledger.registerMerchant(mid, mkey);
    sendJson(res, 201, { mid });
  }

  function issuePhoneBillingKey(body: Record<string, unknown>, res: ServerResponse): void {
    const mid = stringField(body, 'mid');
    const price = body.price;
    if (!mid || !ledger.mkeyOf(mid) || typeof price !== 'number' || !Number.isSafeInteger(price) || price <= 0) {
      return sendJson(res, 400, { error: 'a registered mid and a positive whole price are required' });
    }
    const key = ledger.issueBillingKey({ mid, method: 'PHONE', monthlyPrice: price, issuedAt: ctx.clock.now() });
    sendJson(res, 201, { billkey: key.billkey, issuedAt: key.issuedAt });
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const [resource, id] = path.slice(CONTROL_PREFIX.length).split('/');
    if (req.method === 'GET' && id) {
      const found = resource === 'billing-keys' ? ledger.billingKey(id) : resource === 'transactions' ? ledger.transaction(id) : undefined;
      return found ? sendJson(res, 200, found) : sendJson(res, 404, { error: `no ${resource} ${id}` });
    }
    if (req.method === 'POST' && !id) {
      const body = (await readJsonObject(req)) ?? {};
      if (resource === 'merchants') return registerMerchant(body, res);
      if (resource === 'phone-billing-keys') return issuePhoneBillingKey(body, res);
    }
    sendJson(res, 404, { error: `no control call ${req.method} ${path}` });
  }

  return {
    ledger,
    async handle(req, res, url) {
      if (url.pathname.startsWith(CONTROL_PREFIX)) return control(req, res, url.pathname);
      const route = WELCOME_ROUTES[url.pathname];
      if (!route || req.method !== 'POST') return sendJson(res, 404, { ResultMsg: `no such API: ${req.method} ${url.pathname}` });
      const reply = await answer(route, req);
      sendJson(res, reply.status, reply.body);
    },
  };
}
