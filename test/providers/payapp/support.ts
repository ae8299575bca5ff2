import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { ProviderHttp } from '../../../src/providers/http';
import { PayAppClient } from '../../../src/providers/payapp/client';
import type { PayAppCredentials } from '../../../src/providers/payapp/wire';
import type { ProviderResult } from '../../../src/providers/types';
import { readBody } from '../../../src/sandbox/common';
import { PayAppSimulator, createPayAppSimulator } from '../../../src/sandbox/payapp/simulator';
import { Harness, startHarness } from '../harness';

/** The shared provider harness with the PayApp simulator, a PayAppClient on it, and one seller. */
export interface PayAppHarness extends Harness<PayAppSimulator> {
  client: PayAppClient;
  /** The ProviderHttp the client uses. */
  clientHttp: ProviderHttp;
  apiUrl: string;
  seller: PayAppCredentials;
}

export const SELLER: PayAppCredentials = { userId: 'payapptest', linkKey: 'lk-7Hq2ZvYp', linkValue: 'lv-Wm93xTbQ' };

/** Tuesday 2030-01-15, 12:00:00 KST, where every PayApp test's clock stands until a test moves it. */
export const START = new Date('2030-01-15T03:00:00Z');

/** Short notice retries keep retry tests fast. */
const NOTICE_RETRY_DELAY_MS = 20;

export async function startPayApp(options: { timeoutMs?: number } = {}): Promise<PayAppHarness> {
  const harness = await startHarness('PAYAPP', (ctx) => createPayAppSimulator(ctx, { noticeRetryDelayMs: NOTICE_RETRY_DELAY_MS }));
  harness.ctx.clock.advance(START.getTime() - harness.ctx.clock.now().getTime());
  const { status } = await harness.control('/_sandbox/payapp/sellers', SELLER);
  if (status !== 200) throw new Error(`seller setup answered ${status}`);
  const clientHttp = options.timeoutMs === undefined ? harness.http : harness.httpWithTimeout(options.timeoutMs);
  const apiUrl = `${harness.url}/oapi/apiLoad.html`;
  return { ...harness, client: new PayAppClient({ http: clientHttp, apiUrl }), clientHttp, apiUrl, seller: SELLER };
}

/** A control call's JSON answer, typed as the test expects it. */
export function json<T>(answer: { status: number; body: unknown }): T {
  return answer.body as T;
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
