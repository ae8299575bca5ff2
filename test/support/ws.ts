import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * A real graphql-ws client on the service's WebSocket endpoint. Lazy: it connects on the first
 * subscription, so a refused connection reaches that subscription's sink (and the test), not
 * graphql-ws's console fallback.
 */
export function wsClient(httpUrl: string, secret: string): Client {
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${secret}` },
    retryAttempts: 0,
  });
}

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  /** Resolves once `count` items arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<T[]>;
  stop(): void;
}

/** Subscribes and collects every `data` payload in arrival order. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>, pick: (data: Record<string, unknown>) => T): Collected<T> {
  const items: T[] = [];
  const errors: unknown[] = [];
  const listeners = new Set<() => void>();
  const stop = client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) items.push(pick(value.data));
        listeners.forEach((l) => l());
      },
      error: (err) => {
        errors.push(err);
        listeners.forEach((l) => l());
      },
      complete: () => {},
    },
  );
  return {
    items,
    errors,
    stop,
    waitFor(count, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (items.length >= count) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(items.slice());
          } else if (errors.length) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`only ${items.length} of ${count} items after ${ms} ms`));
        }, ms);
        listeners.add(check);
        check();
      });
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
