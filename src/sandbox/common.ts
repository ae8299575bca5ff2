import { IncomingMessage, ServerResponse, createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { Logger } from '../logger';

/**
 * The frame every provider simulator shares: a clock that tests can move, fault switches, and an
 * HTTP server. Control endpoints live under `/_sandbox/` on each simulator's own port.
 */
export class SandboxClock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export type FaultMode = 'hang' | 'http500' | 'decline';

/** Armed faults apply to the next `count` provider calls (not to control calls). */
export class FaultSwitch {
  private armed: { mode: FaultMode; remaining: number } | undefined;
  arm(mode: FaultMode, count = 1): void {
    this.armed = { mode, remaining: count };
  }
  clear(): void {
    this.armed = undefined;
  }
  /** The armed fault if it acts at the transport (hang, http500); `decline` is the simulator's to take. */
  peekTransport(): 'hang' | 'http500' | undefined {
    const mode = this.armed?.mode;
    return mode === 'hang' || mode === 'http500' ? mode : undefined;
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
  close(): Promise<void>;
}

/**
 * Serves a simulator. `/_sandbox/fault` (POST, JSON {mode, count}) arms a fault for the next
 * provider calls; `hang` holds the request open until the server closes.
 */
export async function serveSimulator(sim: Simulator, ctx: SimulatorContext, port = 0, host = '127.0.0.1'): Promise<RunningSimulator> {
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    void (async () => {
      if (url.pathname === '/_sandbox/fault' && req.method === 'POST') {
        const { mode, count } = JSON.parse((await readBody(req)) || '{}') as { mode?: FaultMode | 'none'; count?: number };
        if (!mode || mode === 'none') ctx.faults.clear();
        else ctx.faults.arm(mode, count ?? 1);
        return sendJson(res, 200, { ok: true });
      }
      if (!url.pathname.startsWith('/_sandbox/')) {
        const fault = ctx.faults.peekTransport();
        if (fault === 'hang') {
          ctx.faults.take();
          hanging.add(res);
          res.on('close', () => hanging.delete(res));
          return;
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
  return {
    url: `http://${host}:${address.port}`,
    server,
    async close() {
      for (const res of hanging) res.destroy();
      await sim.close?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
