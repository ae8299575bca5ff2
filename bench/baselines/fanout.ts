import '../lib/child-stats';
import { createServer } from 'node:http';
import { GraphQLID, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { announceReady } from '../lib/child-stats';

/**
 * Baseline (c): a raw graphql-ws server whose subscription yields one small object to every
 * subscriber; `POST /publish` announces one (answered at once, as a notice's answer should be).
 */
interface Change {
  id: string;
  from: string;
  to: string;
  payment: { id: string; state: string; amount: number };
}

const listeners = new Set<(change: Change) => void>();
type Delivery = { paymentStateChanged: Change };

/**
 * One subscriber's stream: changes queue until it reads them. A hand-made iterator rather than an
 * async generator, because a generator waiting for the next change cannot be ended: a client
 * that leaves would stay a listener until the next publish.
 */
function changes(): AsyncIterableIterator<Delivery> {
  const queue: Change[] = [];
  let waiting: ((result: IteratorResult<Delivery>) => void) | undefined;
  const listener = (change: Change) => {
    if (!waiting) return void queue.push(change);
    const deliver = waiting;
    waiting = undefined;
    deliver({ value: { paymentStateChanged: change }, done: false });
  };
  listeners.add(listener);
  const end = (): Promise<IteratorResult<Delivery>> => {
    listeners.delete(listener);
    waiting?.({ value: undefined, done: true });
    waiting = undefined;
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next: () => {
      const change = queue.shift();
      return change ? Promise.resolve({ value: { paymentStateChanged: change }, done: false }) : new Promise((resolve) => (waiting = resolve));
    },
    return: end,
    throw: (err: unknown) => end().then(() => Promise.reject(err)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

const Payment = new GraphQLObjectType({ name: 'Payment', fields: { id: { type: new GraphQLNonNull(GraphQLID) }, state: { type: new GraphQLNonNull(GraphQLString) }, amount: { type: new GraphQLNonNull(GraphQLInt) } } });
const PaymentEvent = new GraphQLObjectType({
  name: 'PaymentEvent',
  fields: { id: { type: new GraphQLNonNull(GraphQLID) }, from: { type: GraphQLString }, to: { type: new GraphQLNonNull(GraphQLString) }, payment: { type: new GraphQLNonNull(Payment) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
  subscription: new GraphQLObjectType({ name: 'Subscription', fields: { paymentStateChanged: { type: new GraphQLNonNull(PaymentEvent), subscribe: changes } } }),
});

let published = 0;
const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/publish') return void res.writeHead(404).end();
  req.resume();
  req.on('end', () => {
    published++;
    const change = { id: `pev_${published}`, from: 'REQUESTED', to: 'PAID', payment: { id: `pay_${published}`, state: 'PAID', amount: 1000 } };
    res.writeHead(200, { 'content-type': 'text/plain' }).end('SUCCESS');
    for (const listener of listeners) listener(change);
  });
});
useServer({ schema }, new WebSocketServer({ server: http, path: '/graphql' }));
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  if (address && typeof address === 'object') announceReady(`http://127.0.0.1:${address.port}`);
});
