import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createLogger } from '../src/logger';
import { Sandbox, startSandbox } from '../src/sandbox';
import { newId } from '../src/ids';
import { freePort } from './support/app';
import { freshDatabase } from './support/db';
import { ServiceProcess } from './support/process';
import { RawGraphQLSocket } from './support/raw-ws';
import { within } from './support/within';
import { collect, sleep, wsClient } from './support/ws';

/**
 * Two instances of the service (two processes) against one MariaDB and one Redis, as behind a
 * load balancer: live events, resumption, idempotency, notices and webhooks hold across them.
 */
const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id providerPaymentId } userErrors { code } } }`;
const PAY = `mutation($input: PayWithCardInput!) { payWithCard(input: $input) { payment { id state } userErrors { code } } }`;
const EVENTS = `subscription($after: String) { paymentStateChanged(after: $after) { id to payment { id } } }`;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('two instances, one database, one Redis', () => {
  let sandbox: Sandbox;
  let db: DataSource;
  const instances: ServiceProcess[] = [];
  const platform = `sk_test_${randomBytes(16).toString('hex')}`;
  let sellerId: string;
  let receiver: Server;
  const received: { id: string; body: string }[] = [];
  const payApp = { userId: 'multi_payapp', linkKey: 'lk_multi_0123456789', linkValue: 'lv_multi_0123456789' };
  const payup = { merchantId: 'multimid', apiCertKey: 'fedcba9876543210fedcba9876543210' };

  const request = (instance: ServiceProcess, idempotencyKey?: string) =>
    instance.gql(platform, REQUEST, { input: { sellerId, goodName: 'Lesson', amount: 10000, buyer: { phone: '01023456789' }, idempotencyKey } });

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ id: String(req.headers['webhook-id']), body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    sandbox = await startSandbox({ logger: createLogger('silent') });
    sandbox.payapp.simulator.setNoticeRetryDelay(20);
    const fresh = await freshDatabase(__filename);
    db = fresh.db;
    const key = randomBytes(32).toString('hex');
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      instances.push(
        new ServiceProcess(`http://127.0.0.1:${port}`, {
          PORT: String(port),
          HOST: '127.0.0.1',
          // Behind one load balancer, PayApp reaches whichever instance: here, the first.
          PUBLIC_BASE_URL: i === 0 ? `http://127.0.0.1:${port}` : instances[0].url,
          DATABASE_URL: fresh.url,
          REDIS_URL,
          ENCRYPTION_KEY: key,
          BOOTSTRAP_API_KEY: platform,
          PROVIDER_TIMEOUT_MS: '3000',
          WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
          LOG_LEVEL: 'warn',
          ...sandbox.providerUrls,
        }),
      );
      // One at a time: both would run the migrations.
      await instances[i].start();
    }
    sandbox.payapp.simulator.addSeller(payApp);
    await fetch(`${sandbox.payup.url}/_sandbox/payup/merchants`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payup) });
    const created = await instances[0].gql(platform, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, { input: { name: 'Everywhere', payApp, payup } });
    sellerId = created.data.createSeller.seller.id;
  });

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await sandbox.close();
    await db.destroy();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('delivers on instance 2, in order and once, the events committed on instance 1 — also one no Redis message announced', async () => {
    const client = wsClient(instances[1].url, platform);
    try {
      const live = collect(client, EVENTS, {}, (d) => d.paymentStateChanged as { id: string; to: string; payment: { id: string } });
      await sleep(300);
      const made: string[] = [];
      for (let i = 0; i < 5; i++) made.push((await request(instances[0])).data.requestPayment.payment.id);
      // An event committed by an instance that died before publishing it: only the table knows.
      const [orphan] = await db.query("SELECT id, seller_id, amount FROM payments WHERE id = ?", [made[0]]);
      await db.transaction(async (m) => {
        await m.query("UPDATE event_sequence SET value = LAST_INSERT_ID(value + 1) WHERE name = 'payment_events'");
        const [{ seq }] = await m.query('SELECT LAST_INSERT_ID() AS seq');
        await m.query("INSERT INTO payment_events (id, seq, payment_id, seller_id, from_state, to_state, amount, source, occurred_at) VALUES (?, ?, ?, ?, 'REQUESTED', 'REQUEST_CANCELLED', ?, 'API', NOW(3))", [newId('paymentEvent'), seq, orphan.id, orphan.seller_id, orphan.amount]);
      });
      const events = await live.waitFor(6, 5000);
      expect(events.slice(0, 5).map((e) => [e.to, e.payment.id])).toEqual(made.map((id) => ['REQUESTED', id]));
      expect(events[5]).toMatchObject({ to: 'REQUEST_CANCELLED', payment: { id: made[0] } });
      await sleep(1500);
      expect(live.items).toHaveLength(6);

      // Resumed on the other instance after the second event: exactly the four after it.
      const other = wsClient(instances[0].url, platform);
      try {
        const resumed = collect(other, EVENTS, { after: events[1].id }, (d) => (d.paymentStateChanged as { id: string }).id);
        expect(await resumed.waitFor(4, 5000)).toEqual(events.slice(2).map((e) => e.id));
      } finally {
        await other.dispose();
      }
    } finally {
      await client.dispose();
    }
  });

  it('keeps delivering after an instance is killed right after its commits', async () => {
    const client = wsClient(instances[1].url, platform);
    try {
      const live = collect(client, EVENTS, {}, (d) => (d.paymentStateChanged as { payment: { id: string } }).payment.id);
      await sleep(300);
      const made = [(await request(instances[0])).data.requestPayment.payment.id, (await request(instances[0])).data.requestPayment.payment.id];
      await instances[0].kill();
      expect(await live.waitFor(2, 5000)).toEqual(made);
      await instances[0].start();
    } finally {
      await client.dispose();
    }
  });

  it('closes on instance 2 the socket of a key revoked on instance 1, within 5 seconds', async () => {
    const created = await instances[0].gql(platform, `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`, { input: { role: 'SELLER', sellerId, name: 'short-lived' } });
    const { apiKey, secret } = created.data.createApiKey;
    const socket = await RawGraphQLSocket.open(instances[1].url, secret);
    try {
      socket.subscribe('events', 'subscription { paymentStateChanged { id } }');
      const revokedAt = Date.now();
      await instances[0].gql(platform, `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }`, { input: { apiKeyId: apiKey.id } });
      expect(await within(5000, 'the socket on the other instance closed', socket.closed)).toEqual({ code: 4403, reason: 'API key revoked' });
      expect(Date.now() - revokedAt).toBeLessThan(5000);
    } finally {
      socket.close();
    }
  });

  it('honours one idempotency key across instances: one charge, one answer', async () => {
    const calls = sandbox.payup.providerCalls();
    const input = { idempotencyKey: 'everywhere-1', sellerId, orderId: 'multi-1', goodName: 'Pass', amount: 20000, card: { number: '4518771234561111', expiryMonth: '12', expiryYear: '2030', birthDateOrBusinessNumber: '850315', passwordFirstTwo: '47' }, buyer: { name: 'Kim' } };
    const answers = await Promise.all([0, 1, 0, 1].map((i) => instances[i].gql(platform, PAY, { input })));
    const paid = answers.filter((a) => a.data.payWithCard.payment?.state === 'PAID');
    expect(new Set(paid.map((a) => a.data.payWithCard.payment.id)).size).toBe(1);
    expect(answers.every((a) => a.data.payWithCard.payment?.state === 'PAID' || a.data.payWithCard.userErrors[0]?.code === 'IDEMPOTENCY_KEY_IN_USE')).toBe(true);
    expect(sandbox.payup.providerCalls()).toBe(calls + 1);
  });

  it('records a notice once though PayApp delivers it to both instances at once', async () => {
    const { payment } = (await request(instances[0])).data.requestPayment;
    const form = new URLSearchParams({ userid: payApp.userId, linkkey: payApp.linkKey, linkval: payApp.linkValue, mul_no: payment.providerPaymentId, pay_state: '4', price: '10000', pay_type: '1', goodname: 'Lesson' }).toString();
    const answers = await Promise.all(
      [0, 1, 0, 1, 0, 1].map((i) => fetch(`${instances[i].url}/webhooks/payapp?payment=${payment.id}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form }).then((r) => r.text())),
    );
    expect(answers).toEqual(Array(6).fill('SUCCESS'));
    const [{ paid }] = await db.query("SELECT COUNT(*) AS paid FROM payment_events WHERE payment_id = ? AND to_state = 'PAID'", [payment.id]);
    expect(Number(paid)).toBe(1);
  });

  it('makes each webhook delivery once though both instances run the delivery worker', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const created = await instances[0].gql(platform, `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }`, { input: { url, eventTypes: ['PAYMENT_STATE_CHANGED'] } });
    expect(created.data.createWebhookEndpoint.userErrors).toEqual([]);
    for (let i = 0; i < 10; i++) await request(instances[i % 2]);
    const deadline = Date.now() + 10_000;
    while (received.length < 10 && Date.now() < deadline) await sleep(100);
    await sleep(1500);
    expect(received).toHaveLength(10);
    expect(new Set(received.map((r) => r.id)).size).toBe(10);
  });
});
