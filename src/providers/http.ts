import { Agent, errors as undiciErrors, request } from 'undici';
import type { Logger } from '../logger';
import { ProviderName, ProviderResult, ok, unavailable, unknown } from './types';

/**
 * The one place provider HTTP happens. Each provider gets a keep-alive pool; every call has a
 * total time limit; nothing here retries, because a retried charge or cancel can move money twice.
 */
export interface HttpReply {
  status: number;
  body: string;
}

export interface ProviderHttpOptions {
  provider: ProviderName;
  timeoutMs: number;
  logger: Logger;
  /** Told how each call ended (ok, unavailable, unknown), e.g. for metrics. */
  onOutcome?: (provider: ProviderName, kind: ProviderResult<unknown>['kind']) => void;
}

/** Errors raised before a byte of the request can have reached the provider. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

export class ProviderHttp {
  private readonly agent: Agent;

  constructor(private readonly options: ProviderHttpOptions) {
    this.agent = new Agent({ keepAliveTimeout: 10_000, connections: 32, connectTimeout: Math.min(options.timeoutMs, 10_000) });
  }

  get provider(): ProviderName {
    return this.options.provider;
  }

  /**
   * POSTs `body` and returns the raw reply, or `unavailable` / `unknown` when there is none.
   * `logFields` is the parsed request, logged at debug level through the redacting logger.
   */
  async post(url: string, body: string, contentType: string, logFields: Record<string, unknown>): Promise<ProviderResult<HttpReply>> {
    const result = await this.exchange(url, body, contentType, logFields);
    this.options.onOutcome?.(this.options.provider, result.kind);
    return result;
  }

  private async exchange(url: string, body: string, contentType: string, logFields: Record<string, unknown>): Promise<ProviderResult<HttpReply>> {
    const { provider, timeoutMs, logger } = this.options;
    const started = Date.now();
    logger.debug({ provider, url, request: logFields }, 'provider request');
    try {
      const res = await request(url, {
        method: 'POST',
        body,
        headers: { 'content-type': contentType },
        dispatcher: this.agent,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.body.text();
      logger.debug({ provider, url, status: res.statusCode, ms: Date.now() - started }, 'provider reply');
      if (res.statusCode >= 500) return unavailable(`${provider} answered HTTP ${res.statusCode}`);
      return ok({ status: res.statusCode, body: text });
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      const causeCode = (err as { cause?: { code?: string } }).cause?.code ?? '';
      if (NOT_SENT_CODES.has(code) || NOT_SENT_CODES.has(causeCode) || err instanceof undiciErrors.ConnectTimeoutError) {
        logger.warn({ provider, url, code: code || causeCode }, 'provider unreachable');
        return unavailable(`${provider} could not be reached (${code || causeCode})`);
      }
      // A time-out or a connection cut after the request went out: the provider may have acted.
      logger.error({ provider, url, code: code || causeCode, name: (err as Error).name, ms: Date.now() - started }, 'provider outcome unknown');
      return unknown(`${provider} did not answer within ${timeoutMs} ms; the outcome is unknown`);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
