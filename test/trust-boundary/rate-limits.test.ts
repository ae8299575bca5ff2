import { ApiKeyRole } from '../../src/domain/enums';
import { createSchema } from '../../src/schema';
import { RunningServer, startServer } from '../../src/server';
import { startTestApp, TestApp } from '../support/app';
import { RawGraphQLSocket } from '../support/raw-ws';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[] };
}

async function post(url: string, secret: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query: '{ viewer { role } }' }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}

describe('rate limits', () => {
  let app: TestApp;
  const servers: RunningServer[] = [];
  const sockets: RawGraphQLSocket[] = [];

  /** Another instance over the same database and services, with its own limits. */
  async function instance(overrides: Partial<TestApp['services']['config']>): Promise<RunningServer> {
    const server = await startServer({ ...app.services, config: { ...app.services.config, port: 0, ...overrides } }, await createSchema());
    servers.push(server);
    return server;
  }
  const newKey = async (name: string) => (await app.services.apiKeys.create({ name, role: ApiKeyRole.PLATFORM, sellerId: null })).secret;
  const operationOverWebSocket = async (url: string, secret: string) => {
    const socket = await RawGraphQLSocket.open(url, secret);
    sockets.push(socket);
    socket.subscribe('op', '{ viewer { role } }');
    return socket.result('op');
  };

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    for (const server of servers) await server.close();
    await app.close();
  });

  it('counts HTTP and WebSocket operations of a key together; past the limit: 429 with Retry-After over HTTP, RATE_LIMITED on the WebSocket operation', async () => {
    const key = await newKey('busy');
    for (let i = 0; i < 3; i++) expect((await post(app.url, key)).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await operationOverWebSocket(app.url, key)).type).toBe('next');

    const refused = await post(app.url, key);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([{ message: expect.stringMatching(/^This API key is over its rate limit; retry in \d+ s$/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.retryAfter) } }]);
    expect(await operationOverWebSocket(app.url, key)).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'RATE_LIMITED' } }] });

    // Another key has a budget of its own.
    expect((await post(app.url, await newKey('quiet'))).status).toBe(200);
  });

  it('throttles failed authentications per client address, before any key is looked at', async () => {
    const guarded = await instance({ authFailuresPerMinute: 3 });
    const key = await newKey('legitimate');
    for (let i = 0; i < 3; i++) expect((await post(guarded.url, `sk_guess_${i}`)).status).toBe(401);
    const throttled = await post(guarded.url, 'sk_guess_3');
    expect(throttled.status).toBe(429);
    expect(throttled.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^Too many failed authentication attempts from this address/), extensions: { code: 'RATE_LIMITED' } });
    expect(Number(throttled.retryAfter)).toBeGreaterThanOrEqual(1);
    // The address is refused whatever it sends until the minute is over, so a right guess tells it nothing.
    expect((await post(guarded.url, key)).status).toBe(429);
    const socket = await RawGraphQLSocket.open(guarded.url);
    sockets.push(socket);
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } });
    expect(await socket.closed).toEqual({ code: 4403, reason: expect.stringMatching(/^Too many failed authentication attempts/) });
    // Other instances keep their own count when there is no Redis.
    expect((await post(app.url, key)).status).toBe(200);
  });

  it('shares one budget between instances through Redis when REDIS_URL is set', async () => {
    const shared = { redisUrl: 'redis://127.0.0.1:6379', rateLimitPerMinute: 4 };
    const [a, b] = [await instance(shared), await instance(shared)];
    const key = await newKey('spread out');
    expect((await post(a.url, key)).status).toBe(200);
    expect((await post(b.url, key)).status).toBe(200);
    expect((await operationOverWebSocket(a.url, key)).type).toBe('next');
    expect((await post(b.url, key)).status).toBe(200);
    expect((await post(a.url, key)).status).toBe(429);
    expect((await post(b.url, key)).status).toBe(429);
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  });
});
