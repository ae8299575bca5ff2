import { IncomingMessage, ServerResponse, createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Clock } from '../clock';
import type { Logger } from '../logger';

/**
 * The frame every provider simulator shares: a clock that tests can move, fault switches, and an
 * HTTP server. Control endpoints live under `/_sandbox/` on each simulator's own port.
 */
export class SandboxClock implements Clock {
  private offsetMs = 0;
  private readonly listeners = new Set<() => void>();

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Forward only, as time goes: what a moved clock made happen (charges) cannot un-happen. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('the sandbox clock only moves forward');
    this.offsetMs += ms;
    for (const listener of this.listeners) listener();
  }

  /** Moves the clock to `at`, which may not be earlier than its time now. */
  set(at: Date): void {
    this.advance(at.getTime() - this.now().getTime());
  }

  /** Called after every move (e.g. the service's scheduler, sharing this clock under `npm run dev`). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * - hang: the call is never processed and never answered (a provider that is stuck);
 * - lost-answer: the call is processed (money moves, notices go out) but its answer never arrives;
 * - http500: answered with HTTP 500, unprocessed;
 * - decline: the provider refuses (the simulator's own refusal).
 */
export type FaultMode = 'hang' | 'lost-answer' | 'http500' | 'decline';
type TransportFault = Exclude<FaultMode, 'decline'>;

/** Armed faults apply to the next `count` provider calls (not to control calls). */
export class FaultSwitch {
  private armed: { mode: FaultMode; remaining: number } | undefined;
  arm(mode: FaultMode, count = 1): void {
    this.armed = { mode, remaining: count };
  }
  clear(): void {
    this.armed = undefined;
  }
  /** The armed fault if it acts at the transport; `decline` is the simulator's to take. */
  peekTransport(): TransportFault | undefined {
    const mode = this.armed?.mode;
    return mode === 'decline' ? undefined : mode;
  }
  take(): FaultMode | undefined {
    if (!this.armed) return undefined;
    const { mode } = this.armed;
    if (--this.armed.remaining <= 0) this.armed = undefined;
    return mode;
  }
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function send(res: ServerResponse, status: number, body: string, contentType: string): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export interface SimulatorContext {
  clock: SandboxClock;
  faults: FaultSwitch;
  logger: Logger;
}

/** A provider simulator: the provider's own routes plus its `/_sandbox/*` control routes. */
export interface Simulator {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  close?(): Promise<void>;
}

export interface RunningSimulator {
  url: string;
  server: Server;
  /** Stops listening and drops every connection, keeping its state: calls are refused (connection refused). */
  goOffline(): Promise<void>;
  /** Listens again on the same address. */
  goOnline(): Promise<void>;
  /** Provider calls received so far (control routes not counted). */
  providerCalls(): number;
  close(): Promise<void>;
}

/**
 * Serves a simulator. `/_sandbox/fault` (POST, JSON {mode, count}) arms a fault for the next
 * provider calls; `hang` holds the request open until the server closes.
 */
export async function serveSimulator(sim: Simulator, ctx: SimulatorContext, port = 0, host = '127.0.0.1'): Promise<RunningSimulator> {
  const hanging = new Set<ServerResponse>();
  let calls = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    if (!url.pathname.startsWith('/_sandbox/')) calls++;
    void (async () => {
      if (url.pathname === '/_sandbox/fault' && req.method === 'POST') {
        const { mode, count } = JSON.parse((await readBody(req)) || '{}') as { mode?: FaultMode | 'none'; count?: number };
        if (!mode || mode === 'none') ctx.faults.clear();
        else ctx.faults.arm(mode, count ?? 1);
        return sendJson(res, 200, { ok: true });
      }
      if (!url.pathname.startsWith('/_sandbox/')) {
        const fault = ctx.faults.peekTransport();
        if (fault === 'hang' || fault === 'lost-answer') {
          ctx.faults.take();
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          if (fault === 'hang') return;
          // Processed as usual; whatever the simulator answers is swallowed and the connection left open.
          res.writeHead = (() => res) as never;
          res.end = (() => res) as never;
        }
        if (fault === 'http500') {
          ctx.faults.take();
          return send(res, 500, 'Internal Server Error', 'text/plain');
        }
      }
      await sim.handle(req, res, url);
    })().catch((err: unknown) => {
      ctx.logger.error({ err }, 'sandbox handler failed');
      if (!res.headersSent) send(res, 500, 'sandbox error', 'text/plain');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // EADDRINUSE and the like reach the caller, not the process
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const stopListening = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    url: `http://${host}:${address.port}`,
    server,
    goOffline: stopListening,
    goOnline: () => new Promise<void>((resolve) => server.listen(address.port, host, resolve)),
    providerCalls: () => calls,
    async close() {
      for (const res of hanging) res.destroy();
      await sim.close?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
