/**
 * Measures the live fan-out (prints figures; asserts nothing about time): one PayApp notice →
 * SUBSCRIBERS graphql-ws subscribers of `paymentStateChanged { id from to payment { id state amount } }`,
 * beside a raw graphql-ws fan-out of the same shape in the same run; SQL statements per notice; and
 * the heap each idle subscriber costs the service, and whether closing gives it back.
 *
 *   SUBSCRIBERS=1000 EVENTS=30 npx jest --testMatch '**\/test/measure/*.measure.ts' test/measure/live-fanout.measure.ts
 *
 * The clients run in a worker thread (a heap of their own), so the service's heap is measured alone.
 */
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { WebSocketServer } from 'ws';
import { Currency, EventSource, PaymentState, Provider } from '../../src/domain/enums';
import { AsyncQueue } from '../../src/events/async-queue';
import { newPaymentRow } from '../../src/modules/payments/new-payment';
import { PaymentRow } from '../../src/modules/payments/payment.entity';
import { startTestApp, TestApp } from '../support/app';
import { QueryCounter } from '../support/db';
import { createSandboxSeller, TestSeller } from '../support/sellers';
import { sleep } from '../support/ws';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const EVENTS = Number(process.env.EVENTS ?? 30);
const DOC = 'subscription { paymentStateChanged { id from to payment { id state amount } } }';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = async () => {
  for (let i = 0; i < 3; i++) {
    gc();
    await sleep(50);
  }
  return process.memoryUsage().heapUsed;
};
const now = () => performance.timeOrigin + performance.now();
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** graphql-ws clients in a worker thread: each subscribes once and reports arrival times per event id. */
const CLIENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const { createClient } = require(workerData.graphqlWs);
const WebSocket = require(workerData.ws);
let clients = [];
const arrivals = new Map();
parentPort.on('message', async (msg) => {
  if (msg.cmd === 'open') {
    for (const secret of msg.secrets) {
      const client = createClient({ url: msg.url, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer ' + secret }, retryAttempts: 0, lazy: false });
      clients.push(client);
      client.subscribe({ query: msg.query }, {
        next: (r) => {
          const at = performance.timeOrigin + performance.now();
          if (!r.data) return parentPort.postMessage({ error: JSON.stringify(r) });
          const id = r.data.paymentStateChanged.id;
          const times = arrivals.get(id) ?? [];
          arrivals.set(id, times);
          times.push(at);
          if (times.length === clients.length) { arrivals.delete(id); parentPort.postMessage({ delivered: id, times }); }
        },
        error: (e) => parentPort.postMessage({ error: String(e && (e.reason || e.message || e)) }),
        complete: () => {},
      });
    }
  } else if (msg.cmd === 'notice') {
    const start = performance.timeOrigin + performance.now();
    const res = await fetch(msg.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: msg.body });
    const body = await res.text();
    parentPort.postMessage({ answered: { start, ms: performance.timeOrigin + performance.now() - start, body } });
  } else if (msg.cmd === 'close') {
    await Promise.all(clients.map((c) => c.dispose()));
    clients = [];
    parentPort.postMessage({ closed: true });
  }
});
`;

class ClientThread {
  private readonly worker = new Worker(CLIENTS, { eval: true, workerData: { graphqlWs: require.resolve('graphql-ws'), ws: require.resolve('ws') } });
  private waiting: ((msg: Record<string, unknown>) => void) | undefined;
  constructor() {
    this.worker.on('message', (msg: Record<string, unknown>) => {
      if (msg.error) console.error('client error', msg.error);
      else this.waiting?.(msg);
    });
  }
  open(url: string, secrets: string[]): void {
    this.worker.postMessage({ cmd: 'open', url: `${url.replace(/^http/, 'ws')}/graphql`, secrets, query: DOC });
  }
  /** The arrival times of the next event every client has received. */
  next(): Promise<number[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('an event did not reach every subscriber within 60 s')), 60_000);
      this.waiting = (msg) => {
        clearTimeout(timer);
        resolve(msg.times as number[]);
      };
    });
  }
  /** POSTs a PayApp notice, as PayApp would: when it started, and how long its answer took. */
  notice(url: string, fields: Record<string, string>): Promise<{ start: number; ms: number; body: string }> {
    const answered = new Promise<Record<string, unknown>>((resolve) => (this.waiting = resolve));
    this.worker.postMessage({ cmd: 'notice', url, body: new URLSearchParams(fields).toString() });
    return answered.then((msg) => msg.answered as { start: number; ms: number; body: string });
  }
  close(): Promise<unknown> {
    const closed = new Promise((resolve) => (this.waiting = resolve));
    this.worker.postMessage({ cmd: 'close' });
    return closed;
  }
  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

/** The stack's own fan-out, nothing of ours: graphql-ws over ws, a schema of the same shape, events pushed to each subscriber's queue. */
async function rawFanOut(): Promise<{ url: string; subscribers(): number; publish(id: string): void; close(): Promise<void> }> {
  const schema = buildSchema(`type Query { hello: String }
    type Payment { id: ID! state: String! amount: Int! }
    type PaymentEvent { id: ID! from: String to: String! payment: Payment! }
    type Subscription { paymentStateChanged: PaymentEvent }`);
  const queues = new Set<AsyncQueue<unknown>>();
  const server = createServer();
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const disposable = useServer(
    {
      schema,
      roots: {
        subscription: {
          paymentStateChanged: () => {
            const queue: AsyncQueue<unknown> = new AsyncQueue(() => queues.delete(queue));
            queues.add(queue);
            return queue;
          },
        },
      },
    },
    wss,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    subscribers: () => queues.size,
    publish: (id) => {
      const payload = { paymentStateChanged: { id, from: 'REQUESTED', to: 'PAID', payment: { id: 'pay_x', state: 'PAID', amount: 1000 } } };
      for (const queue of queues) queue.push(payload);
    },
    async close() {
      await disposable.dispose();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

jest.setTimeout(600_000);

describe(`live fan-out, ${SUBSCRIBERS} subscribers`, () => {
  const counter = new QueryCounter();
  let app: TestApp;
  let seller: TestSeller;
  let clients: ClientThread;
  let payApp: ClientThread;

  beforeAll(async () => {
    app = await startTestApp(__filename, {
      queryLogger: counter,
      workers: false,
      env: { WS_MAX_CONNECTIONS_PER_KEY: String(SUBSCRIBERS), RATE_LIMIT_PER_MINUTE: '1000000' },
    });
    seller = await createSandboxSeller(app, 'Measured');
    clients = new ClientThread();
    payApp = new ClientThread();
  });
  afterAll(async () => {
    await clients.terminate();
    await payApp.terminate();
    await app.close();
  });

  it('prints the figures', async () => {
    const report: string[] = [];

    // The baseline: raw graphql-ws, publish → every subscriber.
    const raw = await rawFanOut();
    clients.open(raw.url, Array(SUBSCRIBERS).fill('none'));
    while (raw.subscribers() < SUBSCRIBERS) await sleep(50);
    const rawLatencies: number[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const arrived = clients.next();
      const start = now();
      raw.publish(`pev_raw_${i}`);
      rawLatencies.push(...(await arrived).map((t) => t - start));
    }
    await clients.close();
    await raw.close();

    // The service: half the subscribers hold the platform key, half the seller's.
    const payments: PaymentRow[] = [];
    for (let i = 0; i < EVENTS + 1; i++) {
      const row = newPaymentRow({ sellerId: seller.id, provider: Provider.PAYAPP, providerPaymentId: String(80_000_000 + i), goodName: 'Lesson', amount: 1000, currency: Currency.KRW, state: PaymentState.REQUESTED });
      await app.services.ledger.open(row, { source: EventSource.API, amount: row.amount });
      payments.push(row);
    }
    // PayApp, in a thread of its own: the answer's time is not the fan-out's CPU time in this one.
    const notice = (p: PaymentRow) =>
      payApp.notice(`${app.url}/webhooks/payapp`, { userid: seller.payApp.userId, linkkey: seller.payApp.linkKey, linkval: seller.payApp.linkValue, mul_no: p.providerPaymentId as string, pay_state: '4', price: '1000', pay_type: '1', goodname: 'Lesson' });
    const service = app.url;
    const secrets = Array.from({ length: SUBSCRIBERS }, (_, i) => (i % 2 ? seller.key : app.platformSecret));
    const allListening = async () => {
      while (app.services.paymentFeed.listenerCount < SUBSCRIBERS) await sleep(50);
    };
    const allGone = async () => {
      while (app.services.paymentFeed.listenerCount > 0) await sleep(50);
      await sleep(1000);
    };
    // A first round warms up what is made once (compiled code, the SQL parser cache, the document cache), so that the next measures what each subscriber holds.
    clients.open(service, secrets);
    await allListening();
    const warm = clients.next();
    await notice(payments[EVENTS]);
    await warm;
    await clients.close();
    await allGone();

    app.logs.lines.length = 0;
    const heapBefore = await heapAfterGc();
    if (process.env.HEAP_SNAPSHOT) require('node:v8').writeHeapSnapshot('/tmp/live-before.heapsnapshot');
    clients.open(service, secrets);
    await allListening();
    await sleep(1000);
    app.logs.lines.length = 0;
    const heapIdle = await heapAfterGc();
    if (process.env.HEAP_SNAPSHOT) require('node:v8').writeHeapSnapshot('/tmp/live-idle.heapsnapshot');

    const latencies: number[] = [];
    const answers: number[] = [];
    const statements: number[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const arrived = clients.next();
      counter.reset();
      counter.counting = true;
      const answer = await notice(payments[i]);
      answers.push(answer.ms);
      if (answer.body !== 'SUCCESS') throw new Error(`notice answered ${answer.body}`);
      latencies.push(...(await arrived).map((t) => t - answer.start));
      counter.counting = false;
      statements.push(counter.statements.filter((sql) => !/api_keys/.test(sql)).length);
    }

    await clients.close();
    await allGone();
    app.logs.lines.length = 0;
    const heapAfter = await heapAfterGc();
    if (process.env.HEAP_SNAPSHOT) require('node:v8').writeHeapSnapshot('/tmp/live-after.heapsnapshot');

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    report.push(
      `raw graphql-ws fan-out, ${SUBSCRIBERS} subscribers × ${EVENTS} events: p50 ${ms(pct(rawLatencies, 50))}, p99 ${ms(pct(rawLatencies, 99))}`,
      `service, notice → delivery, ${SUBSCRIBERS} subscribers × ${EVENTS} notices: p50 ${ms(pct(latencies, 50))}, p99 ${ms(pct(latencies, 99))} (p99 ratio to raw ${(pct(latencies, 99) / pct(rawLatencies, 99)).toFixed(2)}×)`,
      `notice answer (SUCCESS): p50 ${ms(pct(answers, 50))}, p99 ${ms(pct(answers, 99))}`,
      `SQL statements per notice (answer and fan-out): ${[...new Set(statements)].join(', ')}`,
      `heap per idle subscriber: ${kb((heapIdle - heapBefore) / SUBSCRIBERS)} (${kb(heapIdle - heapBefore)} for ${SUBSCRIBERS}); after they left: ${kb(heapAfter - heapBefore)} above the start`,
    );
    console.log(report.join('\n'));
    expect(latencies).toHaveLength(SUBSCRIBERS * EVENTS);
  });
});
