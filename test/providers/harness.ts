import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { createLogger } from '../../src/logger';
import { ProviderHttp } from '../../src/providers/http';
import { PAYAPP_SENSITIVE_FIELDS } from '../../src/providers/payapp/adapter';
import { PAYUP_SENSITIVE_FIELDS } from '../../src/providers/payup/adapter';
import { ProviderName } from '../../src/providers/types';
import { WELCOME_SENSITIVE_FIELDS } from '../../src/providers/welcome/adapter';
import { FaultMode, FaultSwitch, RunningSimulator, SandboxClock, Simulator, SimulatorContext, serveSimulator } from '../../src/sandbox/common';

const SENSITIVE_FIELDS: Record<ProviderName, readonly string[]> = { PAYAPP: PAYAPP_SENSITIVE_FIELDS, PAYUP: PAYUP_SENSITIVE_FIELDS, WELCOME: WELCOME_SENSITIVE_FIELDS };

/** A sandbox clock that stands still unless advanced, so that every time in a test is known. */
export class FixedClock extends SandboxClock {
  constructor(private at: Date) {
    super();
  }
  override now(): Date {
    return new Date(this.at);
  }
  override advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

/** 2024-01-05 09:30:00 KST. */
export const TEST_START = new Date('2024-01-05T00:30:00Z');

/**
 * A provider simulator served on a free port, with a real ProviderHttp whose debug log is kept in
 * memory so that tests can read what would have been logged.
 */
export interface Harness<S extends Simulator> {
  url: string;
  simulator: S;
  ctx: SimulatorContext;
  http: ProviderHttp;
  /** Everything logged so far (client and simulator), as pino's JSON lines. */
  log(): string;
  /** A ProviderHttp with another time limit, logging to the same place. */
  httpWithTimeout(timeoutMs: number): ProviderHttp;
  /** POSTs JSON to a path of the simulator (control calls), answering status and parsed body. */
  control(path: string, body: unknown): Promise<{ status: number; body: unknown }>;
  get(path: string): Promise<{ status: number; body: unknown }>;
  arm(mode: FaultMode): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness<S extends Simulator>(provider: ProviderName, create: (ctx: SimulatorContext) => S): Promise<Harness<S>> {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  const ctx: SimulatorContext = { clock: new FixedClock(TEST_START), faults: new FaultSwitch(), logger };
  const simulator = create(ctx);
  const running: RunningSimulator = await serveSimulator(simulator, ctx);
  const clients: ProviderHttp[] = [];
  const httpWithTimeout = (timeoutMs: number) => {
    const http = new ProviderHttp({ provider, timeoutMs, logger, sensitiveFields: SENSITIVE_FIELDS[provider] });
    clients.push(http);
    return http;
  };
  const call = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${running.url}${path}`, init);
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    url: running.url,
    simulator,
    ctx,
    http: httpWithTimeout(5_000),
    log: () => lines.join(''),
    httpWithTimeout,
    control: (path, body) => call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    get: (path) => call(path),
    async arm(mode) {
      await call('/_sandbox/fault', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode }) });
    },
    async close() {
      await Promise.all(clients.map((http) => http.close()));
      await running.close();
    },
  };
}

/** A URL on which nothing listens: a port that was free a moment ago. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

