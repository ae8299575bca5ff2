import { IncomingMessage, ServerResponse } from 'node:http';
import { Simulator, SimulatorContext, sendJson } from '../common';
import { readJsonObject, stringField } from '../request-checks';
import { PAYUP_SANDBOX_CODES as CODES, invalidParameter } from './codes';
import { PayupLedger } from './ledger';
import { PayupReply, RouteContext, cancel, failure, keyIn } from './routes';

/**
 * A stateful fake of Payup's card key-in API (keyin2, cancel2), speaking its wire format. It
 * answers HTTP 200 with a `responseCode` for every outcome, as the manual describes.
 *
 * Control routes (JSON):
 * - POST /_sandbox/payup/merchants {merchantId, apiCertKey, interestFreeInstallments?}
 * - GET /_sandbox/payup/transactions/{transactionId}
 * Test cards: see ../test-cards.ts. Amounts below 100 or above 10,000,000 won are refused (5001,
 * 5002). The `decline` fault declines the next signed call (8051 for keyin2, 1005 for cancel2).
 */
export interface PayupSimulator extends Simulator {
  ledger: PayupLedger;
}

const API_PATH = /^\/v2\/api\/payment\/([^/]+)\/(keyin2|cancel2)$/;
const CONTROL_PREFIX = '/_sandbox/payup/';
const ROUTES = { keyin2: keyIn, cancel2: cancel } as const;

export function createPayupSimulator(ctx: SimulatorContext): PayupSimulator {
  const ledger = new PayupLedger();

  async function answer(req: IncomingMessage, merchantId: string, call: keyof typeof ROUTES): Promise<PayupReply> {
    const body = await readJsonObject(req);
    const merchant = ledger.merchant(merchantId);
    if (!merchant) return failure(CODES.UNKNOWN_MERCHANT);
    if (!body || !req.headers['content-type']?.startsWith('application/json')) return failure(CODES.CHECK_PARAMETERS);
    // §2.0: every request value is a string.
    const notString = Object.keys(body).find((name) => typeof body[name] !== 'string');
    if (notString) return failure(invalidParameter(notString));
    return ROUTES[call]({
      merchantId,
      merchant,
      body: body as Record<string, string>,
      now: ctx.clock.now(),
      ledger,
      // serveSimulator has already taken any transport fault, so what is armed here can only be a decline.
      declineArmed: () => ctx.faults.take() === 'decline',
    } satisfies RouteContext);
  }

  async function control(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const [resource, id] = path.slice(CONTROL_PREFIX.length).split('/');
    if (req.method === 'GET' && resource === 'transactions' && id) {
      const approval = ledger.approval(id);
      return approval ? sendJson(res, 200, approval) : sendJson(res, 404, { error: `no transaction ${id}` });
    }
    if (req.method === 'POST' && resource === 'merchants' && !id) {
      const body = (await readJsonObject(req)) ?? {};
      const merchantId = stringField(body, 'merchantId');
      const apiCertKey = stringField(body, 'apiCertKey');
      if (!merchantId || !apiCertKey) return sendJson(res, 400, { error: 'merchantId and apiCertKey are required' });
      ledger.registerMerchant(merchantId, { apiCertKey, interestFreeInstallments: body.interestFreeInstallments === true });
      return sendJson(res, 201, { merchantId });
    }
    sendJson(res, 404, { error: `no control call ${req.method} ${path}` });
  }

  return {
    ledger,
    async handle(req, res, url) {
      if (url.pathname.startsWith(CONTROL_PREFIX)) return control(req, res, url.pathname);
      const match = API_PATH.exec(url.pathname);
      if (!match || req.method !== 'POST') return sendJson(res, 404, { error: `no such API: ${req.method} ${url.pathname}` });
      sendJson(res, 200, await answer(req, decodeURIComponent(match[1]), match[2] as keyof typeof ROUTES));
    },
  };
}
