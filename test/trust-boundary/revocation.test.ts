import { CreateApiKeyDocument, CreateSellerDocument } from '../generated/operations';
import { startTestApp, TestApp } from '../support/app';
import { RawGraphQLSocket } from '../support/raw-ws';
import { within } from '../support/within';

const CREATE_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code } } }';
const REVOKE = 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }';

describe('a revoked key loses its WebSocket connections', () => {
  let app: TestApp;
  let sellerId: string;
  const sockets: RawGraphQLSocket[] = [];

  /** A live SELLER key and a connection acknowledged for it. */
  async function connectedKey(name: string) {
    const created = await app.gql(app.platformSecret, CreateApiKeyDocument, { input: { role: 'SELLER', sellerId, name } });
    const { apiKey, secret } = created.data!.createApiKey;
    const socket = await RawGraphQLSocket.open(app.url, secret!);
    sockets.push(socket);
    return { apiKeyId: apiKey!.id, secret: secret!, socket };
  }

  const keysNamed = async (name: string) => Number((await app.db.query('SELECT COUNT(*) AS n FROM api_keys WHERE name = ?', [name]))[0].n);

  beforeAll(async () => {
    app = await startTestApp(__filename);
    sellerId = (await app.gql(app.platformSecret, CreateSellerDocument, { input: { name: 'Revoked seller' } })).data!.createSeller.seller!.id;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await app.close();
  });

  it('runs nothing sent after the revocation commits, and closes the socket with 4403', async () => {
    const { apiKeyId, secret, socket } = await connectedKey('doomed');
    socket.subscribe('events', 'subscription { paymentStateChanged { id } }');
    socket.subscribe('before', '{ viewer { role } }');
    expect((await socket.result('before')).payload).toMatchObject({ data: { viewer: { role: 'SELLER' } } });

    const revoked = await app.gql<{ revokeApiKey: { userErrors: unknown[] } }>(app.platformSecret, REVOKE, { input: { apiKeyId } });
    expect(revoked.data!.revokeApiKey.userErrors).toEqual([]);
    socket.subscribe('escape', CREATE_KEY, { input: { role: 'SELLER', name: 'escape-hatch' } });

    const closed = await within(5000, 'the revoked key\'s socket closed', socket.closed);
    expect(closed).toEqual({ code: 4403, reason: 'API key revoked' });
    expect(socket.messages.filter((m) => m.id === 'escape' && m.type === 'next')).toEqual([]);
    expect(await keysNamed('escape-hatch')).toBe(0);
    expect((await app.gql(secret, '{ viewer { role } }')).status).toBe(401);
  });

  /** What another instance's revokeApiKey commits; this instance hears nothing of it. */
  const revokeElsewhere = (apiKeyId: string) => app.db.query('UPDATE api_keys SET revoked_at = NOW(3) WHERE id = ?', [apiKeyId]);

  it('closes within 5 s an idle socket whose key another instance revoked, with no message reaching this one', async () => {
    const { apiKeyId, socket } = await connectedKey('revoked elsewhere, idle');
    socket.subscribe('events', 'subscription { paymentStateChanged { id } }');
    const revokedAt = Date.now();
    await revokeElsewhere(apiKeyId);
    const closed = await within(5000, 'the revoked key\'s socket closed', socket.closed);
    expect(Date.now() - revokedAt).toBeLessThan(5000);
    expect(closed).toEqual({ code: 4403, reason: 'API key revoked' });
  });

  it('refuses an operation sent after another instance revoked the key, before any message could tell', async () => {
    const { apiKeyId, socket } = await connectedKey('revoked elsewhere, busy');
    await revokeElsewhere(apiKeyId);
    socket.subscribe('escape', CREATE_KEY, { input: { role: 'SELLER', name: 'escape-hatch-2' } });
    expect((await within(5000, 'the revoked key\'s socket closed', socket.closed)).code).toBe(4403);
    // Refused as it started, unless the periodic check closed the socket before it arrived: it never ran.
    const answer = socket.messages.find((m) => m.id === 'escape');
    if (answer) expect(answer).toMatchObject({ type: 'error', payload: [{ message: 'This API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await keysNamed('escape-hatch-2')).toBe(0);
  });

  it('keeps the connections of other keys open', async () => {
    const { socket: kept } = await connectedKey('kept');
    const { apiKeyId } = await connectedKey('revoked next to it');
    await app.gql(app.platformSecret, REVOKE, { input: { apiKeyId } });
    kept.subscribe('still', '{ viewer { role } }');
    expect((await kept.result('still')).payload).toMatchObject({ data: { viewer: { role: 'SELLER' } } });
  });

  it('refuses HTTP requests with a key the moment this instance revokes it, though the key was just in use', async () => {
    const { apiKeyId, secret } = await connectedKey('busy over HTTP');
    expect((await app.gql(secret, '{ viewer { role } }')).status).toBe(200);
    await app.gql(app.platformSecret, REVOKE, { input: { apiKeyId } });
    expect((await app.gql(secret, '{ viewer { role } }')).status).toBe(401);
  });

  it('refuses HTTP requests within 5 s of a revocation on another instance whose message never arrived', async () => {
    const { apiKeyId, secret } = await connectedKey('busy elsewhere');
    expect((await app.gql(secret, '{ viewer { role } }')).status).toBe(200);
    const revokedAt = Date.now();
    await revokeElsewhere(apiKeyId);
    for (;;) {
      if ((await app.gql(secret, '{ viewer { role } }')).status === 401) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Date.now() - revokedAt).toBeLessThan(5_500);
  });
});
