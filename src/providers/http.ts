import { Agent, errors as undiciErrors, request } from 'undici';
import type { Logger } from '../logger';
import { ProviderName, ProviderResult, ok, unavailable, unknown } from './types';

/**
 * The one place provider HTTP happens. Each provider gets a keep-alive pool; every call has a
 * total time limit; nothing here retries, because a retried charge or cancel can move money twice.
 * Once a request may have left, only an answer the provider's client can read is an outcome:
 * a time-out, a cut connection or an HTTP 5xx is `unknown`, never `unavailable`.
 */
export interface HttpReply {
  status: number;
  body: string;
}

export interface ProviderHttpOptions {
  provider: ProviderName;
  timeoutMs: number;
  logger: Logger;
  /** The provider's wire fields that carry card data or secrets: replaced before anything is logged. */
  sensitiveFields: readonly string[];
  /** Told how each call ended (ok, unavailable, unknown), e.g. for metrics. */
  onOutcome?: (provider: ProviderName, kind: ProviderResult<unknown>['kind']) => void;
}

/** Errors raised before a byte of the request can have reached the provider. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

const REDACTED = '[redacted]';

export class ProviderHttp {
  private readonly agent: Agent;
  private readonly sensitive: ReadonlySet<string>;

  constructor(private readonly options: ProviderHttpOptions) {
    this.agent = new Agent({ keepAliveTimeout: 10_000, connections: 32, connectTimeout: Math.min(options.timeoutMs, 10_000) });
    this.sensitive = new Set(options.sensitiveFields);
  }

  get provider(): ProviderName {
    return this.options.provider;
  }

  /**
   * POSTs `body` and returns the raw reply, or `unavailable` / `unknown` when there is none.
   * `logFields` is the parsed request, logged at debug level with its sensitive fields replaced.
   */
  async post(url: string, body: string, contentType: string, logFields: Record<string, unknown>): Promise<ProviderResult<HttpReply>> {
    const result = await this.exchange(url, body, contentType, logFields);
    this.options.onOutcome?.(this.options.provider, result.kind);
    return result;
  }

  /** `fields` with every sensitive field (at any depth) replaced. */
  redact(fields: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(fields).map(([name, value]) => [
        name,
        this.sensitive.has(name) ? REDACTED : value && typeof value === 'object' && !Array.isArray(value) ? this.redact(value as Record<string, unknown>) : value,
      ]),
    );
  }

  private async exchange(url: string, body: string, contentType: string, logFields: Record<string, unknown>): Promise<ProviderResult<HttpReply>> {
    const { provider, timeoutMs, logger } = this.options;
    const started = Date.now();
    logger.debug({ provider, url, request: this.redact(logFields) }, 'provider request');
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
      if (res.statusCode >= 500) {
        logger.error({ provider, url, status: res.statusCode }, 'provider outcome unknown: HTTP 5xx after the request was sent');
        return unknown(`${provider} answered HTTP ${res.statusCode}; the outcome is unknown`);
      }
      return ok({ status: res.statusCode, body: text });
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      const causeCode = (err as { cause?: { code?: string } }).cause?.code ?? '';
      if (NOT_SENT_CODES.has(code) || NOT_SENT_CODES.has(causeCode) || err instanceof undiciErrors.ConnectTimeoutError) {
        logger.warn({ provider, url, code: code || causeCode }, 'provider unreachable: nothing was sent');
        return unavailable(`${provider} could not be reached (${code || causeCode}); nothing was sent`);
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
