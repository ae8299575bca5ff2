import { isPublicAddress, publicOnlyLookup, webhookUrlProblem } from '../src/modules/outgoing-webhooks/url-policy';
import { WebhookEndpointRow } from '../src/modules/outgoing-webhooks/webhook.entity';
import { startTestApp, TestApp } from './support/app';
import { createSandboxSeller, TestSeller } from './support/sellers';

/** With WEBHOOK_ALLOW_PRIVATE_URLS unset (production): no webhook can be aimed inside the network. */
const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } secret userErrors { code field message } } }`;

describe('webhook URLs cannot reach inside the network', () => {
  let app: TestApp;
  let seller: TestSeller;

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'false' } });
    seller = await createSandboxSeller(app, 'Careful');
  });
  afterAll(() => app.close());

  it.each([
    ['http://93.184.216.34/hook', 'The URL must be https'],
    ['https://127.0.0.1/hook', 'The URL must resolve to public addresses only'],
    ['https://localhost:8443/hook', 'The URL must resolve to public addresses only'],
    ['https://10.1.2.3/hook', 'The URL must resolve to public addresses only'],
    ['https://172.20.0.1/hook', 'The URL must resolve to public addresses only'],
    ['https://192.168.0.10/hook', 'The URL must resolve to public addresses only'],
    ['https://169.254.169.254/latest/meta-data/', 'The URL must resolve to public addresses only'],
    ['https://100.100.100.200/', 'The URL must resolve to public addresses only'],
    ['https://[::1]/hook', 'The URL must resolve to public addresses only'],
    ['https://[::ffff:127.0.0.1]/hook', 'The URL must resolve to public addresses only'],
    ['https://[fd00::1]/hook', 'The URL must resolve to public addresses only'],
    ['https://user:secret@93.184.216.34/hook', 'The URL may not carry credentials'],
    ['ftp://93.184.216.34/hook', 'The URL must be https'],
    ['not a url', 'The URL is not an absolute URL'],
  ])('refuses %s with INVALID_WEBHOOK_URL', async (url, message) => {
    const res = await app.gql<any>(seller.key, CREATE, { input: { url, eventTypes: ['PAYMENT_STATE_CHANGED'] } });
    expect(res.data.createWebhookEndpoint).toEqual({ webhookEndpoint: null, secret: null, userErrors: [{ code: 'INVALID_WEBHOOK_URL', field: ['input', 'url'], message }] });
  });

  it('accepts an https URL on a public address', async () => {
    const res = await app.gql<any>(seller.key, CREATE, { input: { url: 'https://93.184.216.34/hooks/payments', eventTypes: ['PAYMENT_STATE_CHANGED'] } });
    expect(res.data.createWebhookEndpoint.userErrors).toEqual([]);
    expect(res.data.createWebhookEndpoint.secret).toMatch(/^whsec_/);
  });

  it('checks the address again when it connects, so a host that turns private later (DNS rebinding) is not reached', async () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(true);
    expect(['127.0.0.1', '10.0.0.1', '169.254.169.254', '::1', 'fe80::1', '::ffff:10.0.0.1', '0.0.0.0'].filter(isPublicAddress)).toEqual([]);
    const refused = await new Promise<{ code?: string }>((resolve) => publicOnlyLookup('localhost', {}, (err) => resolve(err ?? {})));
    expect(refused.code).toBe('EWEBHOOKPRIVATE');
    expect(await webhookUrlProblem('https://localhost/', false)).toBe('must resolve to public addresses only');

    // An endpoint saved while its host looked public, now pointing at this machine: never sent to.
    const now = new Date();
    const endpoint = Object.assign(new WebhookEndpointRow(), { id: 'whe_01M8TZZZZZZZZZZZZZZZZZZZZZ', sellerId: seller.id, url: `https://localhost:${new URL(app.url).port}/graphql`, eventTypes: ['payment.state_changed'], secret: 'v1:x', enabled: true, disabledReason: null, createdAt: now, updatedAt: now, deletedAt: null });
    await app.db.getRepository(WebhookEndpointRow).insert(endpoint);
    await app.gql(seller.key, `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id } } }`, { input: { goodName: 'Lesson', amount: 1000, buyer: { phone: '01023456789' } } });
    const attempted = async () => (await app.db.query('SELECT attempts, state, last_error AS lastError, last_status_code AS status FROM webhook_deliveries WHERE endpoint_id = ?', [endpoint.id]))[0];
    for (let i = 0; i < 100 && !(await attempted())?.attempts; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await attempted()).toEqual({ attempts: 1, state: 'PENDING', lastError: 'the URL must resolve to public addresses only', status: null });
  });
});
