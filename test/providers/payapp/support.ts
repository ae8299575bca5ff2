import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { request } from 'undici';
import { Logger, createLogger } from '../../../src/logger';
import { ProviderHttp } from '../../../src/providers/http';
import { PayAppClient } from '../../../src/providers/payapp/client';
import type { ProviderResult } from '../../../src/providers/types';
import type { PayAppCredentials } from '../../../src/providers/payapp/wire';
import { FaultMode, FaultSwitch, RunningSimulator, SandboxClock, SimulatorContext, readBody, serveSimulator } from '../../../src/sandbox/common';
import { PayAppSimulator, createPayAppSimulator } from '../../../src/sandbox/payapp/simulator';

/** A PayApp simulator on a real port, a real ProviderHttp + PayAppClient pointed at it, one seller. */
export interface PayAppHarness {
  ctx: SimulatorContext;
  simulator: PayAppSimulator;
  running: RunningSimulator;
  http: ProviderHttp;
  client: PayAppClient;
  apiUrl: string;
  seller: PayAppCredentials;
  /** A control call (JSON in and out) to the simulator's /_sandbox routes. */
  control<T = Record<string, unknown>>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: T }>;
  arm(mode: FaultMode): Promise<void>;
  close(): Promise<void>;
}

export const SELLER: PayAppCredentials = { userId: 'payapptest', linkKey: 'lk-7Hq2ZvYp', linkValue: 'lv-Wm93xTbQ' };

/** 2030-01-15 12:00 KST: a fixed day so that calendar assertions do not depend on today. */
export const START = new Date('2030-01-15T03:00:00Z');

/**
 * A KST notice date at `hhmm` on `day` (yyyy-mm-dd), within a minute: the sandbox clock keeps
 * running in real time from where a test put it.
 */
export const kstAround = (day: string, hhmm: string): unknown => expect.stringMatching(new RegExp(`^${day} ${hhmm}:\\d\\d$`));

export async function startPayApp(options: { timeoutMs?: number; logger?: Logger } = {}): Promise<PayAppHarness> {
  const logger = options.logger ?? createLogger('silent');
  const clock = new SandboxClock();
  clock.advance(START.getTime() - clock.now().getTime());
  const ctx: SimulatorContext = { clock, faults: new FaultSwitch(), logger };
  const simulator = createPayAppSimulator(ctx, { noticeRetryDelayMs: 20 });
  const running = await serveSimulator(simulator, ctx);
  const http = new ProviderHttp({ provider: 'PAYAPP', timeoutMs: options.timeoutMs ?? 5000, logger });
  const apiUrl = `${running.url}/oapi/apiLoad.html`;
  const control = async <T>(method: 'GET' | 'POST', path: string, body?: unknown) => {
    const res = await request(`${running.url}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.statusCode, json: (await res.body.json()) as T };
  };
  const { status } = await control('POST', '/_sandbox/payapp/sellers', SELLER);
  if (status !== 200) throw new Error(`seller setup answered ${status}`);
  return {
    ctx,
    simulator,
    running,
    http,
    client: new PayAppClient({ http, apiUrl }),
    apiUrl,
    seller: SELLER,
    control,
    async arm(mode) {
      await control('POST', '/_sandbox/fault', { mode });
    },
    async close() {
      await http.close();
      await running.close();
    },
  };
}

/** A merchant's feedback endpoint: records every notice and answers from `script`, then SUCCESS. */
export interface NoticeReceiver {
  url: string;
  received: URLSearchParams[];
  close(): Promise<void>;
}

export async function startNoticeReceiver(script: Array<{ status: number; body: string }> = []): Promise<NoticeReceiver> {
  const received: URLSearchParams[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      received.push(new URLSearchParams(body));
      const answer = script[received.length - 1] ?? { status: 200, body: 'SUCCESS' };
      res.writeHead(answer.status, { 'content-type': 'text/plain' });
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/payapp`,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The value of an ok result; any other result fails the test, showing it. */
export function okValue<T>(result: ProviderResult<T>): T {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}
