import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while serving one request (or one WebSocket operation) carries. */
export interface RequestScope {
  requestId?: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `fn` in a scope of its own: whatever it logs, through any logger and however deep in the
 * services or provider clients, carries the scope's request id (see the logger's mixin).
 */
export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** The scope of the code running now, if it serves a request. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A caller's `x-request-id` when it is a sane token, so that ids follow a request across services; otherwise a new one. */
export function requestIdFrom(given: unknown): string {
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
