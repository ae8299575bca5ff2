import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

/** One HTTP request of a load phase: its path, headers and body; `null` when there is nothing left to send. */
export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  /** Requests answered as expected. */
  ok: number;
  /** Requests answered otherwise (non-2xx, GraphQL errors, an unexpected body); the first is kept. */
  failed: number;
  firstFailure?: string;
  seconds: number;
  /** Latency of every answered request, ms. */
  latencies: number[];
}

export interface LoadOptions {
  origin: string;
  /** Open connections, each with one request in flight (autocannon's -c). */
  connections: number;
  durationMs: number;
  /** The i-th request; null stops the phase early (e.g. no payment left to notify). */
  request: (i: number) => LoadRequest | null;
  /** Whether an answer is a success. */
  accept: (status: number, body: string) => boolean;
}

/** A closed-loop load phase: `connections` loops, each sending its next request when the last is answered. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const pool = new Pool(options.origin, { connections: options.connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const result: LoadResult = { ok: 0, failed: 0, seconds: 0, latencies: [] };
  let next = 0;
  const started = performance.now();
  const until = started + options.durationMs;
  const loop = async () => {
    while (performance.now() < until) {
      const request = options.request(next++);
      if (!request) return;
      const t = performance.now();
      let status = 0;
      let body: string;
      try {
        const res = await pool.request({ method: 'POST', path: request.path, headers: request.headers, body: request.body });
        status = res.statusCode;
        body = await res.body.text();
      } catch (err) {
        body = (err as Error).message;
      }
      result.latencies.push(performance.now() - t);
      if (options.accept(status, body)) result.ok++;
      else if (result.failed++ === 0) result.firstFailure = `${status} ${body.slice(0, 300)}`;
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  result.seconds = (performance.now() - started) / 1000;
  await pool.close();
  return result;
}

/** A GraphQL answer with data and no errors (string checks: parsing every answer would load the generator). */
export const graphqlOk = (status: number, body: string) => status === 200 && body.includes('"data":{') && !body.includes('"errors":[');
