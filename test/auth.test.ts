import { PaymentState } from '../src/domain/enums';
import { startTestApp, TestApp } from './support/app';
import { seedPayment } from './support/seed';

const CREATE_SELLER = `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id name providerAccounts { provider accountId } } userErrors { code field message } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id role seller { id } revokedAt } secret userErrors { code field } } }`;

describe('authentication and isolation between sellers', () => {
  let app: TestApp;
  let sellerA: string;
  let sellerB: string;
  let keyA: string;
  let keyB: string;

  beforeAll(async () => {
    app = await startTestApp(__filename);
    const a = await app.gql<{ createSeller: { seller: { id: string } } }>(app.platformSecret, CREATE_SELLER, { input: { name: 'Seller A', payApp: { userId: 'seller_a', linkKey: 'lk-a', linkValue: 'lv-a' } } });
    const b = await app.gql<{ createSeller: { seller: { id: string } } }>(app.platformSecret, CREATE_SELLER, { input: { name: 'Seller B', payup: { merchantId: 'merchant_b', apiCertKey: 'cert-b' } } });
    sellerA = a.data!.createSeller.seller.id;
    sellerB = b.data!.createSeller.seller.id;
    const ka = await app.gql<{ createApiKey: { secret: string } }>(app.platformSecret, CREATE_KEY, { input: { role: 'SELLER', sellerId: sellerA, name: 'A app' } });
    const kb = await app.gql<{ createApiKey: { secret: string } }>(app.platformSecret, CREATE_KEY, { input: { role: 'SELLER', sellerId: sellerB, name: 'B app' } });
    keyA = ka.data!.createApiKey.secret;
    keyB = kb.data!.createApiKey.secret;
  });
  afterAll(() => app.close());

  it('refuses a request without a key, or with an unknown one, as UNAUTHENTICATED', async () => {
    for (const secret of [null, 'sk_not_a_key']) {
      const res = await app.gql(secret, '{ viewer { role } }');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }
  });

  it('tells each key who it is', async () => {
    expect((await app.gql(app.platformSecret, '{ viewer { role seller { id } } }')).data).toEqual({ viewer: { role: 'PLATFORM', seller: null } });
    expect((await app.gql(keyA, '{ viewer { role seller { id name } } }')).data).toEqual({ viewer: { role: 'SELLER', seller: { id: sellerA, name: 'Seller A' } } });
  });

  it('forbids platform-only operations to a SELLER key', async () => {
    const res = await app.gql(keyA, CREATE_SELLER, { input: { name: 'Sneaky' } });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const platformKey = await app.gql(keyA, CREATE_KEY, { input: { role: 'PLATFORM', name: 'escalate' } });
    expect(platformKey.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a SELLER key its own objects and reports the other seller\'s as not found', async () => {
    const paymentA = await seedPayment(app.db, sellerA, { state: PaymentState.PAID });
    const paymentB = await seedPayment(app.db, sellerB);
    const q = `query($a: ID!, $b: ID!, $sa: ID!, $sb: ID!) {
      pa: payment(id: $a) { id state } pb: payment(id: $b) { id }
      na: node(id: $a) { id ... on Payment { amount } } nb: node(id: $b) { id }
      sa: seller(id: $sa) { id } sb: seller(id: $sb) { id }
      payments { totalCount edges { node { id seller { id } } } }
      sellers { edges { node { id } } }
    }`;
    const res = await app.gql<Record<string, unknown>>(keyA, q, { a: paymentA.id, b: paymentB.id, sa: sellerA, sb: sellerB });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      pa: { id: paymentA.id, state: 'PAID' },
      pb: null,
      na: { id: paymentA.id, amount: 1000 },
      nb: null,
      sa: { id: sellerA },
      sb: null,
      payments: { totalCount: 1, edges: [{ node: { id: paymentA.id, seller: { id: sellerA } } }] },
      sellers: { edges: [{ node: { id: sellerA } }] },
    });
    const platform = await app.gql<{ payments: { totalCount: number } }>(app.platformSecret, '{ payments { totalCount } }');
    expect(platform.data!.payments.totalCount).toBe(2);
  });

  it('never returns provider secrets and stores them only encrypted', async () => {
    const res = await app.gql<{ seller: unknown }>(app.platformSecret, `query($id: ID!) { seller(id: $id) { providerAccounts { provider accountId } } }`, { id: sellerA });
    expect(res.data).toEqual({ seller: { providerAccounts: [{ provider: 'PAYAPP', accountId: 'seller_a' }] } });
    const [row] = await app.db.query("SELECT secret FROM seller_accounts WHERE seller_id = ? AND provider = 'PAYAPP'", [sellerA]);
    expect(row.secret).toMatch(/^v1:/);
    expect(row.secret).not.toContain('lk-a');
    expect(JSON.stringify(res)).not.toContain('lk-a');
  });

  it('stores only the hash of an API key, and a revoked key stops working', async () => {
    const created = await app.gql<{ createApiKey: { apiKey: { id: string }; secret: string } }>(keyB, CREATE_KEY, { input: { role: 'SELLER', name: 'temp' } });
    const { apiKey, secret } = created.data!.createApiKey;
    const rows = await app.db.query('SELECT secret_hash AS hash, seller_id AS sellerId FROM api_keys WHERE id = ?', [apiKey.id]);
    expect(rows[0].sellerId).toBe(sellerB);
    expect(rows[0].hash).toHaveLength(64);
    expect(rows[0].hash).not.toContain(secret);
    expect((await app.gql(secret, '{ viewer { role } }')).data).toEqual({ viewer: { role: 'SELLER' } });

    // Seller A cannot revoke seller B's key: it does not exist for A.
    const foreign = await app.gql<{ revokeApiKey: { userErrors: { code: string }[] } }>(keyA, `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } userErrors { code } } }`, { input: { apiKeyId: apiKey.id } });
    expect(foreign.data!.revokeApiKey.userErrors).toEqual([{ code: 'NOT_FOUND' }]);

    const revoked = await app.gql<{ revokeApiKey: { apiKey: { revokedAt: string | null } } }>(keyB, `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }`, { input: { apiKeyId: apiKey.id } });
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const after = await app.gql(secret, '{ viewer { role } }');
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects malformed input with BAD_USER_INPUT naming the fields, and creates nothing', async () => {
    const before = await app.db.query('SELECT COUNT(*) AS n FROM sellers');
    const res = await app.gql(app.platformSecret, CREATE_SELLER, { input: { name: '', payApp: { userId: 'has space', linkKey: 'k', linkValue: 'v' } } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([['input', 'name'], ['input', 'payApp', 'userId']]);
    const after = await app.db.query('SELECT COUNT(*) AS n FROM sellers');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it('refuses a provider account that belongs to another seller', async () => {
    const res = await app.gql<{ createSeller: { seller: null; userErrors: { code: string; field: string[] }[] } }>(app.platformSecret, CREATE_SELLER, { input: { name: 'Copycat', payApp: { userId: 'seller_a', linkKey: 'x', linkValue: 'y' } } });
    expect(res.data!.createSeller).toEqual({ seller: null, userErrors: [{ code: 'INVALID_STATE', field: ['input', 'payApp'], message: expect.stringContaining('PAYAPP') }] });
  });

  it('honours idempotency keys on createSeller: same input, same seller; other input, IDEMPOTENCY_KEY_REUSED', async () => {
    const input = { idempotencyKey: 'onboard-42', name: 'Once Only' };
    const first = await app.gql<{ createSeller: { seller: { id: string } } }>(app.platformSecret, CREATE_SELLER, { input });
    const again = await app.gql<{ createSeller: { seller: { id: string } } }>(app.platformSecret, CREATE_SELLER, { input });
    expect(again.data!.createSeller.seller.id).toBe(first.data!.createSeller.seller.id);
    const [{ n }] = await app.db.query("SELECT COUNT(*) AS n FROM sellers WHERE name = 'Once Only'");
    expect(Number(n)).toBe(1);
    const reused = await app.gql<{ createSeller: { userErrors: { code: string }[] } }>(app.platformSecret, CREATE_SELLER, { input: { ...input, name: 'Someone else' } });
    expect(reused.data!.createSeller.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });
});
