import WebSocket from 'ws';

export interface ProtocolMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

/**
 * A graphql-transport-ws connection spoken by hand over `ws`, for what a well-behaved client
 * never does: oversized messages, not reading, many subscriptions on one socket.
 */
export class RawGraphQLSocket {
  readonly messages: ProtocolMessage[] = [];
  /** Resolves with the close code and reason, however the connection ends. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly listeners = new Set<() => void>();

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as ProtocolMessage);
      this.listeners.forEach((listener) => listener());
    });
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  /** Opens a connection and, with a secret, sends connection_init and waits for the ack. */
  static async open(httpUrl: string, secret?: string): Promise<RawGraphQLSocket> {
    const socket = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const raw = new RawGraphQLSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    if (secret !== undefined) {
      raw.send({ type: 'connection_init', payload: { authorization: `Bearer ${secret}` } });
      await Promise.race([raw.next((m) => m.type === 'connection_ack'), raw.closed.then((c) => Promise.reject(new Error(`closed ${c.code} ${c.reason}`)))]);
    }
    return raw;
  }

  send(message: ProtocolMessage): void {
    this.socket.send(JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}, extensions?: Record<string, unknown>): void {
    this.send({ type: 'subscribe', id, payload: { query, variables, ...(extensions ? { extensions } : {}) } });
  }

  /** The first message (already received or to come) matching `match`. */
  next(match: (message: ProtocolMessage) => boolean): Promise<ProtocolMessage> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.messages.find(match);
        if (!found) return;
        this.listeners.delete(check);
        resolve(found);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** The result of operation `id`: its first `next` payload, or its `error` payload. */
  async result(id: string): Promise<ProtocolMessage> {
    return this.next((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
  }

  close(): void {
    this.socket.terminate();
  }
}
