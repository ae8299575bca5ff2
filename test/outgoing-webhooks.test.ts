import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { signatureOf } from '../src/modules/outgoing-webhooks/signature';
import { startTestApp, TestApp } from './support/app';
import { noticesDelivered, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

/** A receiver on 127.0.0.1 that answers as told and keeps what it got. */
class Receiver {
  readonly received: { path: string; headers: IncomingMessage['headers']; body: string }[] = [];
  /** Statuses to answer per path, in order; 200 once they run out. */
  readonly answers: Record<string, number[]> = {};
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(this.answers[req.url ?? '/']?.shift() ?? 200).end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  at(path: string) {
    return this.received.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }
}

/** Standard Webhooks verification, written from the spec with node:crypto alone (not the service's code). */
function verify(secret: string, headers: IncomingMessage['headers'], body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest();
  return String(headers['webhook-signature'])
    .split(' ')
    .some((signature) => {
      const [version, value] = signature.split(',');
      const given = Buffer.from(value ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id url enabled eventTypes seller { id } } secret userErrors { code field message } } }`;
const DELIVERIES = `query($id: ID!, $state: WebhookDeliveryState) { webhookEndpoint(id: $id) { enabled deliveries(first: 50, state: $state) { edges { node { id webhookId eventType subjectId state attempts lastStatusCode lastError deliveredAt nextAttemptAt } } } } }`;
const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id providerPaymentId } } }`;

const until = async (condition: () => boolean | Promise<boolean>, what: string, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('signed outgoing webhooks', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: TestSeller;
  const receiver = new Receiver();

  const create = async (key: string, input: Record<string, unknown>) => (await app.gql<any>(key, CREATE, { input })).data.createWebhookEndpoint;
  const deliveries = async (key: string, id: string, state?: string) => (await app.gql<any>(key, DELIVERIES, { id, state })).data.webhookEndpoint;
  const pay = async (key: string) => {
    const res = await app.gql<any>(key, REQUEST, { input: { goodName: 'Lesson', amount: 10000, buyer: { phone: '01023456789' } } });
    const payment = res.data.requestPayment.payment;
    await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=card`);
    await noticesDelivered(app);
    return payment as { id: string };
  };

  beforeAll(async () => {
    await receiver.start();
    app = await startTestApp(__filename, { env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_DELAYS_S: '1,1' } });
    seller = await createSandboxSeller(app, 'Hooked');
    other = await createSandboxSeller(app, 'Elsewhere');
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  it('signs exactly as the Standard Webhooks specification\'s own test vector', () => {
    expect(signatureOf('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('delivers a seller\'s payment events to its endpoint, signed, with the body RUNTIME.md describes; a platform endpoint gets every seller\'s', async () => {
    const mine = await create(seller.key, { url: `${receiver.url}/mine`, eventTypes: ['PAYMENT_STATE_CHANGED'], idempotencyKey: 'hook-1' });
    expect(mine.userErrors).toEqual([]);
    expect(mine.webhookEndpoint).toMatchObject({ url: `${receiver.url}/mine`, enabled: true, eventTypes: ['PAYMENT_STATE_CHANGED'], seller: { id: seller.id } });
    expect(mine.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(mine.secret.slice(6), 'base64')).toHaveLength(32);
    // The secret is shown once: a repeat of the same call returns the endpoint without it.
    const again = await create(seller.key, { url: `${receiver.url}/mine`, eventTypes: ['PAYMENT_STATE_CHANGED'], idempotencyKey: 'hook-1' });
    expect(again).toMatchObject({ webhookEndpoint: { url: `${receiver.url}/mine` }, secret: null });
    const platform = await create(app.platformSecret, { url: `${receiver.url}/platform`, eventTypes: ['PAYMENT_STATE_CHANGED', 'SUBSCRIPTION_STATE_CHANGED'] });
    expect(platform.webhookEndpoint.seller).toBeNull();
    const theirs = await create(other.key, { url: `${receiver.url}/theirs`, eventTypes: ['PAYMENT_STATE_CHANGED'] });

    const payment = await pay(seller.key);
    await until(() => receiver.at('/mine').length >= 2 && receiver.at('/platform').length >= 2, 'two deliveries each');
    const [requested, paid] = receiver.at('/mine').map((r) => ({ ...r, json: JSON.parse(r.body) }));
    expect(requested.json.data).toMatchObject({ from: null, to: 'REQUESTED', source: 'API', payment: { id: payment.id } });
    expect(paid.json).toEqual({
      type: 'payment.state_changed',
      timestamp: expect.stringMatching(/Z$/),
      data: {
        id: expect.stringMatching(/^pev_/),
        from: 'REQUESTED',
        to: 'PAID',
        payState: 4,
        amount: 10000,
        source: 'PROVIDER_NOTICE',
        occurredAt: expect.stringMatching(/Z$/),
        payment: { id: payment.id, sellerId: seller.id, provider: 'PAYAPP', providerPaymentId: expect.stringMatching(/^\d+$/), orderId: null, state: 'PAID', amount: 10000, cancelledAmount: 0, remainingAmount: 10000, currency: 'KRW' },
      },
    });
    expect(paid.headers['content-type']).toBe('application/json');
    expect(Number(paid.headers['webhook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(verify(mine.secret, paid.headers, paid.body)).toBe(true);
    expect(verify(mine.secret, paid.headers, paid.body.replace('10000', '10001'))).toBe(false);
    expect(verify(platform.secret, receiver.at('/platform')[1].headers, receiver.at('/platform')[1].body)).toBe(true);
    expect(receiver.at('/theirs')).toEqual([]);

    const log = await deliveries(seller.key, mine.webhookEndpoint.id, 'SUCCEEDED');
    expect(log.deliveries.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ webhookId: paid.headers['webhook-id'], eventType: 'PAYMENT_STATE_CHANGED', subjectId: paid.json.data.id, state: 'SUCCEEDED', attempts: 1, lastStatusCode: 200, lastError: null }),
      expect.objectContaining({ webhookId: requested.headers['webhook-id'], state: 'SUCCEEDED' }),
    ]);
    // Another seller sees neither the endpoint nor its deliveries, the platform's only the platform.
    expect((await app.gql<any>(other.key, DELIVERIES, { id: mine.webhookEndpoint.id })).data.webhookEndpoint).toBeNull();
    expect((await app.gql<any>(seller.key, DELIVERIES, { id: platform.webhookEndpoint.id })).data.webhookEndpoint).toBeNull();
    expect((await app.gql<any>(seller.key, `query($id: ID!) { node(id: $id) { id } }`, { id: log.deliveries.edges[0].node.id })).data.node).not.toBeNull();
    const platformDelivery = (await deliveries(app.platformSecret, platform.webhookEndpoint.id)).deliveries.edges[0].node.id;
    expect((await app.gql<any>(seller.key, `query($id: ID!) { node(id: $id) { id } }`, { id: platformDelivery })).data.node).toBeNull();
    const listed = await app.gql<any>(other.key, `{ webhookEndpoints { edges { node { id } } } }`);
    expect(listed.data.webhookEndpoints.edges).toEqual([{ node: { id: theirs.webhookEndpoint.id } }]);
    await app.gql(app.platformSecret, `mutation($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { webhookEndpoint { id enabled } } }`, { input: { webhookEndpointId: platform.webhookEndpoint.id } });
  });

  it('retries a failed attempt with the same webhook-id, then FAILED after the schedule; redelivery sends it again', async () => {
    const endpoint = await create(seller.key, { url: `${receiver.url}/flaky`, eventTypes: ['PAYMENT_STATE_CHANGED'] });
    receiver.answers['/flaky'] = [500, 503, 502];
    const payment = await app.gql<any>(seller.key, REQUEST, { input: { goodName: 'Retry', amount: 5000, buyer: { phone: '01023456789' } } });
    expect(payment.data.requestPayment.payment.id).toMatch(/^pay_/);
    await until(async () => (await deliveries(seller.key, endpoint.webhookEndpoint.id, 'FAILED')).deliveries.edges.length === 1, 'the schedule to run out');
    const attempts = receiver.at('/flaky');
    expect(attempts.map((a) => a.headers['webhook-id'])).toEqual(Array(3).fill(attempts[0].headers['webhook-id']));
    expect(new Set(attempts.map((a) => a.headers['webhook-timestamp'])).size).toBeGreaterThan(1);
    expect(attempts.every((a) => verify(endpoint.secret, a.headers, a.body))).toBe(true);
    const [failed] = (await deliveries(seller.key, endpoint.webhookEndpoint.id, 'FAILED')).deliveries.edges.map((e: any) => e.node);
    expect(failed).toMatchObject({ state: 'FAILED', attempts: 3, lastStatusCode: 502, lastError: 'HTTP 502', nextAttemptAt: null });

    const redelivered = await app.gql<any>(seller.key, `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { id state attempts lastStatusCode deliveredAt } userErrors { code } } }`, { input: { deliveryId: failed.id } });
    expect(redelivered.data.redeliverWebhook).toMatchObject({ delivery: { id: failed.id, state: 'SUCCEEDED', attempts: 4, lastStatusCode: 200 }, userErrors: [] });
    expect(receiver.at('/flaky').at(-1)!.headers['webhook-id']).toBe(failed.webhookId);
    const notMine = await app.gql<any>(other.key, `mutation($input: RedeliverWebhookInput!) { redeliverWebhook(input: $input) { delivery { id } userErrors { code } } }`, { input: { deliveryId: failed.id } });
    expect(notMine.data.redeliverWebhook).toEqual({ delivery: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('disables an endpoint that answers 410 Gone', async () => {
    const endpoint = await create(seller.key, { url: `${receiver.url}/gone`, eventTypes: ['PAYMENT_STATE_CHANGED'] });
    receiver.answers['/gone'] = [410];
    await app.gql(seller.key, REQUEST, { input: { goodName: 'Gone', amount: 5000, buyer: { phone: '01023456789' } } });
    await until(async () => (await deliveries(seller.key, endpoint.webhookEndpoint.id)).enabled === false, 'the endpoint to be disabled');
    const [delivery] = (await deliveries(seller.key, endpoint.webhookEndpoint.id)).deliveries.edges.map((e: any) => e.node);
    expect(delivery).toMatchObject({ state: 'FAILED', attempts: 1, lastStatusCode: 410 });
    const updated = await app.gql<any>(seller.key, `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { webhookEndpoint { enabled } userErrors { code } } }`, { input: { webhookEndpointId: endpoint.webhookEndpoint.id, enabled: true } });
    expect(updated.data.updateWebhookEndpoint).toEqual({ webhookEndpoint: { enabled: true }, userErrors: [] });
  });

  it('counts attempts on /metrics', async () => {
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/webhook_delivery_attempts_total\{outcome="succeeded"\} \d+/);
    expect(metrics).toMatch(/webhook_delivery_attempts_total\{outcome="retrying"\} 2\n/);
    expect(metrics).toMatch(/webhook_delivery_attempt_duration_seconds_count \d+/);
    expect(metrics).toMatch(/webhook_oldest_pending_delivery_age_seconds \d/);
  });

  it('sends to an endpoint from the first event after it is made, and nothing once it is turned off (the endpoints each instance keeps in memory follow every change)', async () => {
    const late = await createSandboxSeller(app, 'Late');
    const rowsFor = async (endpointId: string) => Number((await app.db.query('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE endpoint_id = ?', [endpointId]))[0].n);
    await pay(late.key); // this instance now knows the seller has no endpoint
    const endpoint = await create(late.key, { url: `${receiver.url}/late`, eventTypes: ['PAYMENT_STATE_CHANGED'] });
    await pay(late.key);
    expect(await rowsFor(endpoint.webhookEndpoint.id)).toBe(2);
    const off = await app.gql<any>(late.key, `mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { userErrors { code } } }`, { input: { webhookEndpointId: endpoint.webhookEndpoint.id, enabled: false } });
    expect(off.data.updateWebhookEndpoint.userErrors).toEqual([]);
    await pay(late.key);
    expect(await rowsFor(endpoint.webhookEndpoint.id)).toBe(2);
  });
});
