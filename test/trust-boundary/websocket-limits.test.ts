import { startTestApp, TestApp } from '../support/app';
import { RawGraphQLSocket } from '../support/raw-ws';
import { seedPayment } from '../support/seed';
import { createSandboxSeller, TestSeller } from '../support/sellers';

const EVENTS = 'subscription($after: String) { paymentStateChanged(after: $after) { id to } }';
const REQUEST = 'mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id } userErrors { code } } }';
const MiB = 1024 * 1024;

describe('WebSocket limits', () => {
  let app: TestApp;
  let seller: TestSeller;
  const sockets: RawGraphQLSocket[] = [];
  const open = async (secret = seller.key) => {
    const socket = await RawGraphQLSocket.open(app.url, secret);
    sockets.push(socket);
    return socket;
  };
  const requestPayment = async (goodName: string) => {
    const res = await app.gql<{ requestPayment: { payment: { id: string } } }>(seller.key, REQUEST, { input: { goodName, amount: 1000, buyer: { phone: '01012345678' } } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.requestPayment.payment.id;
  };

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { WS_MAX_SUBSCRIPTIONS: '3', WS_MAX_CONNECTIONS_PER_KEY: '3', WS_MAX_BUFFERED_BYTES: String(256 * 1024), RATE_LIMIT_PER_MINUTE: '100000' } });
    seller = await createSandboxSeller(app, 'Streamer');
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.close()));
  afterAll(() => app.close());

  it('refuses a 5 MiB message (closing that connection with 1009) and keeps serving everyone', async () => {
    const big = await open();
    big.send({ type: 'subscribe', id: 'big', payload: { query: '{ viewer { role } }', variables: { padding: 'x'.repeat(5 * MiB) } } });
    expect((await big.closed).code).toBe(1009);

    const next = await open();
    next.send({ type: 'subscribe', id: 'almost', payload: { query: '{ viewer { role } }', variables: { padding: 'x'.repeat(MiB - 1024) } } });
    expect((await next.result('almost')).payload).toMatchObject({ data: { viewer: { role: 'SELLER' } } });
    expect((await app.gql(seller.key, '{ viewer { role } }')).data).toEqual({ viewer: { role: 'SELLER' } });
  });

  it('holds at most WS_MAX_SUBSCRIPTIONS subscriptions on one connection, refusing the next one alone', async () => {
    const socket = await open();
    for (const id of ['s1', 's2', 's3']) socket.subscribe(id, EVENTS);
    socket.subscribe('s4', EVENTS);
    expect(await socket.result('s4')).toEqual({ id: 's4', type: 'error', payload: [{ message: 'This connection already holds 3 subscriptions, the most it may; complete one first', extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }] });

    socket.subscribe('query', '{ viewer { role } }');
    expect((await socket.result('query')).type).toBe('next');
    socket.send({ type: 'complete', id: 's1' });
    socket.subscribe('s5', EVENTS);
    const paymentId = await requestPayment('After the cap');
    for (const id of ['s2', 's3', 's5']) expect(await socket.result(id)).toMatchObject({ type: 'next', payload: { data: { paymentStateChanged: { to: 'REQUESTED' } } } });
    expect(socket.messages.filter((m) => m.id === 's1' || (m.id === 's4' && m.type === 'next'))).toEqual([]);
    expect(paymentId).toMatch(/^pay_/);
  });

  it('holds at most WS_MAX_CONNECTIONS_PER_KEY connections per key', async () => {
    const first = await open();
    await open();
    await open();
    const fourth = await RawGraphQLSocket.open(app.url);
    sockets.push(fourth);
    fourth.send({ type: 'connection_init', payload: { authorization: `Bearer ${seller.key}` } });
    expect(await fourth.closed).toEqual({ code: 1008, reason: 'This API key already holds 3 connections' });
    // Another key is not affected, and a freed place can be taken again.
    await open(app.platformSecret);
    first.close();
    await first.closed;
    await open();
  });

  it('closes a subscriber that does not read (1013) instead of buffering for it; it resumes with `after`', async () => {
    // Large events (about 600 kB each): every one carries the seller's latest 100 payments twenty times over.
    for (let i = 0; i < 100; i++) await seedPayment(app.db, seller.id, { goodName: `${'Bulky goods '.repeat(16)} #${i}` });
    const pages = Array.from({ length: 20 }, (_, i) => `p${i}: seller { payments(first: 100) { edges { node { id goodName amount state } } } }`).join(' ');
    const slow = await open();
    slow.subscribe('live', `subscription { paymentStateChanged { id payment { ${pages} } } }`);
    slow.subscribe('ping', '{ viewer { role } }');
    await slow.result('ping');
    slow.socket.pause(); // the client stops reading; TCP fills up, then the service's buffer

    // 20 × 600 kB is well past what the kernel buffers of both ends hold (about 4.5 MB here).
    const produced: string[] = [];
    for (let i = 0; i < 20; i++) produced.push(await requestPayment(`Event ${i}`));
    slow.socket.resume();

    expect(await slow.closed).toEqual({ code: 1013, reason: 'Too slow to keep up: reconnect and resume with `after`' });
    const delivered = slow.messages.filter((m) => m.id === 'live' && m.type === 'next').map((m) => (m.payload as { data: { paymentStateChanged: { id: string } } }).data.paymentStateChanged.id);
    expect(delivered.length).toBeLessThan(produced.length);

    // Reconnecting with the last event it saw, it gets every later one, in order.
    const [{ seq }] = await app.db.query('SELECT MAX(seq) AS seq FROM payment_events');
    const resumed = await open();
    resumed.subscribe('again', EVENTS, delivered.length ? { after: delivered[delivered.length - 1] } : {});
    const expected: { id: string }[] = await app.db.query(
      `SELECT id FROM payment_events WHERE seller_id = ? AND seq <= ? ${delivered.length ? 'AND seq > (SELECT seq FROM payment_events WHERE id = ?)' : ''} ORDER BY seq`,
      [seller.id, seq, ...delivered.slice(-1)],
    );
    await resumed.next((m) => m.id === 'again' && (m.payload as { data: { paymentStateChanged: { id: string } } }).data.paymentStateChanged.id === expected[expected.length - 1].id);
    const replayed = resumed.messages.filter((m) => m.id === 'again').map((m) => (m.payload as { data: { paymentStateChanged: { id: string } } }).data.paymentStateChanged.id);
    expect(replayed).toEqual(expected.map((e) => e.id));
  });
});
