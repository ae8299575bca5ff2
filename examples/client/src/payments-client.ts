import { Client, createClient } from 'graphql-ws';
import type { PaymentStateChangedSubscription, TypedDocumentString } from './gql/graphql';
import { PaymentStateChangedDocument } from './operations';

export type PaymentEvent = PaymentStateChangedSubscription['paymentStateChanged'];

export interface PaymentsClientOptions {
  /** The service's base URL, e.g. http://localhost:4000. */
  url: string;
  /** An API key's secret (sk_…). */
  key: string;
  /** A WebSocket class where the runtime has none (Node 20: `ws`). */
  webSocketImpl?: unknown;
}

/** The service answered with errors (not userErrors, which are data). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

/**
 * A small typed client: queries and mutations over HTTP, payment events over graphql-ws. Every
 * document is a TypedDocumentString from the generated code, so results and variables are typed.
 */
export class PaymentsClient {
  private readonly ws: Client;

  constructor(private readonly options: PaymentsClientOptions) {
    this.ws = createClient({
      url: `${options.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: options.webSocketImpl,
      connectionParams: { authorization: `Bearer ${options.key}` },
      // Reconnecting is watchPaymentEvents' job: it must resume with `after`, which graphql-ws's own retry would not.
      retryAttempts: 0,
    });
  }

  async request<R, V>(document: TypedDocumentString<R, V>, ...[variables]: V extends Record<string, never> ? [] : [V]): Promise<R> {
    const res = await fetch(`${this.options.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.key}` },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await res.json()) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length || !body.data) throw new GraphQLRequestError(body.errors ?? [{ message: `HTTP ${res.status}` }]);
    return body.data;
  }

  /**
   * Every payment state change, resumable: when the connection drops, it reconnects after
   * `retryDelayMs` and subscribes again with `after` = the last event it delivered, so the service
   * replays what was committed meanwhile: nothing is missed and nothing arrives twice. An error
   * that a retry cannot fix (a refused key, a bad cursor) ends the watch through `onFailure`.
   */
  watchPaymentEvents(handlers: {
    onEvent(event: PaymentEvent): void;
    onFailure?(reason: unknown): void;
    /** Resume after this event id (e.g. one stored before a restart). */
    after?: string;
    paymentId?: string;
    retryDelayMs?: number;
  }): { stop(): void; lastEventId(): string | undefined } {
    let after = handlers.after;
    let stopped = false;
    let unsubscribe = () => {};
    const retryable = (reason: unknown) => {
      const code = (reason as { code?: unknown }).code;
      return !Array.isArray(reason) && code !== 4403 && code !== 4400;
    };
    const subscribe = () => {
      unsubscribe = this.ws.subscribe<PaymentStateChangedSubscription>(
        { query: PaymentStateChangedDocument.toString(), variables: { after, paymentId: handlers.paymentId } },
        {
          next: ({ data, errors }) => {
            if (errors?.length) return handlers.onFailure?.(errors);
            if (!data) return;
            after = data.paymentStateChanged.id;
            handlers.onEvent(data.paymentStateChanged);
          },
          error: (reason) => {
            if (stopped) return;
            if (retryable(reason)) setTimeout(() => stopped || subscribe(), handlers.retryDelayMs ?? 1000);
            else handlers.onFailure?.(reason);
          },
          complete: () => {},
        },
      );
    };
    subscribe();
    return {
      stop: () => {
        stopped = true;
        unsubscribe();
      },
      lastEventId: () => after,
    };
  }

  /** Drops the WebSocket at once, as a network failure would (watches reconnect by themselves). */
  dropConnection(): void {
    this.ws.terminate();
  }

  async close(): Promise<void> {
    await this.ws.dispose();
  }
}
