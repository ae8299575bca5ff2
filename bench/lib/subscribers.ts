import { performance } from 'node:perf_hooks';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Round {
  /** Time from the trigger's send to each subscriber's receipt, ms. */
  latencies: number[];
  /** Subscribers that had not received it when the round timed out. */
  missing: number;
  /** How long the trigger's HTTP answer took, ms. */
  answerMs: number;
}

/**
 * N graphql-ws clients, each on its own WebSocket with one subscription, as N browsers would
 * be. A round sends one trigger (a notice, or the baseline's publish) and times its arrival at
 * every subscriber.
 */
export class SubscriberFleet {
  private clients: Client[] = [];
  private round: { started: number; latencies: number[]; remaining: number; done: () => void } | undefined;
  /** Messages that arrived outside a round, and subscription errors: both should stay 0. */
  stray = 0;
  errors: string[] = [];

  private constructor(
    private readonly url: string,
    private readonly connectionParams: Record<string, unknown>,
  ) {}

  static async open(url: string, connectionParams: Record<string, unknown>, count: number, query: string): Promise<SubscriberFleet> {
    const fleet = new SubscriberFleet(url, connectionParams);
    for (let i = 0; i < count; i += 100) await Promise.all(Array.from({ length: Math.min(100, count - i) }, () => fleet.connect()));
    for (const client of fleet.clients) {
      client.subscribe({ query }, { next: () => fleet.received(), error: (err) => void fleet.errors.push(JSON.stringify(err).slice(0, 200)), complete: () => {} });
    }
    return fleet;
  }

  get size(): number {
    return this.clients.length;
  }

  /** Sends `trigger` and waits until every subscriber has received one message, or `timeoutMs`. */
  async measure(trigger: () => Promise<void>, timeoutMs = 15_000): Promise<Round> {
    const latencies: number[] = [];
    let done: () => void = () => {};
    const all = new Promise<void>((resolve) => (done = resolve));
    const started = performance.now();
    this.round = { started, latencies, remaining: this.clients.length, done };
    await trigger();
    const answerMs = performance.now() - started;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
    const missing = this.round.remaining;
    this.round = undefined;
    return { latencies, missing, answerMs };
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.dispose()));
    this.clients = [];
  }

  private received(): void {
    const round = this.round;
    if (!round) return void this.stray++;
    round.latencies.push(performance.now() - round.started);
    if (--round.remaining === 0) round.done();
  }

  private connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const client = createClient({
        url: this.url,
        webSocketImpl: WebSocket,
        connectionParams: this.connectionParams,
        lazy: false,
        retryAttempts: 0,
        keepAlive: 0,
        on: { connected: () => resolve(), closed: (event) => reject(new Error(`subscriber closed while connecting: ${JSON.stringify(event)}`)), error: reject },
        onNonLazyError: reject,
      });
      this.clients.push(client);
    });
  }
}
