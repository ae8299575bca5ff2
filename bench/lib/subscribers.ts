import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
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
 * N WebSockets, each with one graphql-transport-ws subscription, as N browsers would hold them.
 * The protocol is spoken by hand and a delivery is recognised by its type, without parsing: with a full client per socket, the load generator's own work on 1,000 arrivals would
 * be a large part of what is measured. A round sends one trigger (a notice, or the baseline's
 * publish) and times its arrival at every subscriber.
 */
export class SubscriberFleet {
  private sockets: WebSocket[] = [];
  private round: { started: number; latencies: number[]; remaining: number; done: () => void } | undefined;
  /** Deliveries outside a round (late or extra), and anything but a delivery (errors, completes): both should stay empty. */
  stray = 0;
  errors: string[] = [];

  static async open(wsUrl: string, connectionParams: Record<string, unknown>, count: number, query: string): Promise<SubscriberFleet> {
    const fleet = new SubscriberFleet();
    for (let i = 0; i < count; i += 100) await Promise.all(Array.from({ length: Math.min(100, count - i) }, () => fleet.connect(wsUrl, connectionParams, query)));
    return fleet;
  }

  /** Sends `trigger` and waits until every subscriber has received one message, or `timeoutMs`. */
  async measure(trigger: () => Promise<void>, timeoutMs = 15_000): Promise<Round> {
    const latencies: number[] = [];
    let done: () => void = () => {};
    const all = new Promise<void>((resolve) => (done = resolve));
    const started = performance.now();
    this.round = { started, latencies, remaining: this.sockets.length, done };
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
    await Promise.all(
      this.sockets.map((socket) => {
        const closed = once(socket, 'close');
        socket.close(1000);
        return closed;
      }),
    );
    this.sockets = [];
  }

  private received(): void {
    const round = this.round;
    if (!round) return void this.stray++;
    round.latencies.push(performance.now() - round.started);
    if (--round.remaining === 0) round.done();
  }

  private async connect(wsUrl: string, connectionParams: Record<string, unknown>, query: string): Promise<void> {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
    this.sockets.push(socket);
    const acked = new Promise<void>((resolve, reject) => {
      socket.on('message', (data: Buffer) => {
        const text = data.toString();
        if (text.includes('"type":"next"')) return this.received();
        if (text.includes('"type":"connection_ack"')) return resolve();
        if (text.includes('"type":"ping"')) return socket.send('{"type":"pong"}');
        this.errors.push(text.slice(0, 200));
      });
      socket.once('close', (code, reason) => reject(new Error(`subscriber closed while connecting: ${code} ${reason}`)));
      socket.once('error', reject);
    });
    await once(socket, 'open');
    socket.send(JSON.stringify({ type: 'connection_init', payload: connectionParams }));
    await acked;
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
  }
}
