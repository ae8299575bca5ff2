import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The little client `npm run demo` and the walkthrough's watcher use: GraphQL over HTTP with
 * fetch, paymentStateChanged over graphql-ws, and one-line descriptions of what went wrong.
 */
export interface Api {
  /** http://host:port of the service. */
  url: string;
  key: string;
}

/** Something the service or the network refused; the message is one line. */
export class ApiError extends Error {}

export async function gql<T>(api: Api, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.key}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError(`cannot reach ${api.url} (${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}): is npm run dev running?`);
  }
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  if (!body.data) throw new ApiError(`HTTP ${res.status} without data`);
  return body.data;
}

/** What the watcher and the demo print of each event. */
export interface StateChange {
  id: string;
  from: string | null;
  to: string;
  amount: number | null;
  source: string;
  payment: { id: string; state: string; amount: number; cancelledAmount: number; currency: string };
}

export const STATE_CHANGES = `subscription($after: String) {
  paymentStateChanged(after: $after) { id from to amount source payment { id state amount cancelledAmount currency } }
}`;

export function describeChange(change: StateChange): string {
  const { payment } = change;
  const amount = change.amount === null ? '' : ` ${change.amount.toLocaleString('en-US')} ${payment.currency}`;
  return `${change.from ?? 'new'} → ${change.to}  ${payment.id}${amount}  (${change.source}; cancelled ${payment.cancelledAmount} of ${payment.amount})`;
}

/** A close event or an error from graphql-ws, in one line (never the event object itself). */
export function describeEnd(reason: unknown, wsUrl: string): string {
  const closed = reason as { code?: unknown; reason?: unknown };
  if (typeof closed.code === 'number') {
    if (closed.code === 4403) return 'the service refused the key (4403 Forbidden): check KEY';
    if (closed.code === 1006) return `cannot reach ${wsUrl}: is npm run dev running?`;
    return `the connection closed (${closed.code}${closed.reason ? ` ${String(closed.reason)}` : ''})`;
  }
  if (reason instanceof Error) return reason.message;
  if (Array.isArray(reason)) return reason.map((e: { message?: string }) => e.message ?? String(e)).join('; ');
  return `cannot reach ${wsUrl} (${String((reason as { message?: unknown }).message ?? 'no details')}): is npm run dev running?`;
}

/**
 * Subscribes to paymentStateChanged. `onChange` gets each event; `onEnd` gets one line when the
 * stream ends for any reason (refused key, service gone, an error from the service).
 */
export function watchStateChanges(
  api: Api,
  handlers: { onConnected?(): void; onChange(change: StateChange): void; onEnd(reason: string): void },
  after?: string,
): () => void {
  const wsUrl = `${api.url.replace(/^http/, 'ws')}/graphql`;
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${api.key}` },
    retryAttempts: 0,
    on: { connected: () => handlers.onConnected?.() },
  });
  const stop = client.subscribe<{ paymentStateChanged: StateChange }>(
    { query: STATE_CHANGES, variables: { after } },
    {
      next: ({ data, errors }) => {
        if (errors?.length) handlers.onEnd(describeEnd(errors, wsUrl));
        else if (data) handlers.onChange(data.paymentStateChanged);
      },
      error: (reason) => handlers.onEnd(describeEnd(reason, wsUrl)),
      complete: () => handlers.onEnd('the service ended the subscription'),
    },
  );
  return () => {
    stop();
    void client.dispose();
  };
}
