import { createHash } from 'node:crypto';
import { startTestApp, TestApp } from '../support/app';
import { RawGraphQLSocket } from '../support/raw-ws';
import { createSandboxSeller, TestSeller } from '../support/sellers';

type LogLine = Record<string, unknown> & { level: number; msg: string };
type Body = { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
const bodyOf = async (res: Response) => (await res.json()) as Body;

describe('operations one can follow: request ids and one access log line each', () => {
  let app: TestApp;
  let seller: TestSeller;

  const logLines = (): LogLine[] => app.logs.text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine);
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${seller.key}`, ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    app = await startTestApp(__filename);
    seller = await createSandboxSeller(app, 'Traced');
  });
  afterAll(() => app.close());

  it('carries the caller\'s request id through every log line of the request, provider calls included, and answers it', async () => {
    const requestId = 'checkout-7f3a9c';
    const res = await post(
      { query: 'mutation Pay($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id } userErrors { code } } }', variables: { input: { goodName: 'Traced lesson', amount: 5000, buyer: { phone: '01077778888', name: 'NEVER-LOGGED-4711' } } } },
      { 'x-request-id': requestId },
    );
    expect(res.headers.get('x-request-id')).toBe(requestId);
    expect(res.status).toBe(200);

    const mine = logLines().filter((l) => l.requestId === requestId);
    expect(mine.map((l) => l.msg)).toEqual(expect.arrayContaining(['provider request', 'graphql operation']));
    const providerLines = logLines().filter((l) => l.msg === 'provider request' || l.msg === 'provider reply');
    expect(providerLines.map((l) => l.requestId)).toEqual([requestId, requestId]);

    // payload 1 + payment 1 + userErrors, an unpaged list, 20
    const access = mine.filter((l) => l.msg === 'graphql operation');
    expect(access).toEqual([
      expect.objectContaining({ level: 30, transport: 'http', operationName: 'Pay', operationType: 'mutation', outcome: 'ok', cost: 22, apiKeyId: expect.stringMatching(/^key_/), durationMs: expect.any(Number) }),
    ]);
    // Never the variables.
    expect(JSON.stringify(access)).not.toMatch(/NEVER-LOGGED-4711|01077778888|Traced lesson/);
    expect(app.logs.text).not.toContain('NEVER-LOGGED-4711');
  });

  it('makes a request id when the caller gives none or a strange one', async () => {
    const none = await post({ query: '{ viewer { role } }' });
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const strange = await post({ query: '{ viewer { role } }' }, { 'x-request-id': 'has spaces and \u00e9' });
    expect(strange.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(`${app.url}/healthz`)).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs refused operations once too, with their outcome, at info', async () => {
    const unauthenticated = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'no-key-1' }, body: JSON.stringify({ query: '{ viewer { role } }' }) });
    expect(unauthenticated.status).toBe(401);
    const tooComplex = await post({ query: '{ payments(first: 1000) { edges { node { id } } } }' }, { 'x-request-id': 'too-big-1' });
    expect(tooComplex.status).toBe(400);
    const lines = logLines();
    expect(lines.filter((l) => l.requestId === 'no-key-1' && l.msg === 'graphql operation')).toEqual([expect.objectContaining({ level: 30, outcome: 'UNAUTHENTICATED', apiKeyId: null })]);
    expect(lines.filter((l) => l.requestId === 'too-big-1' && l.msg === 'graphql operation')).toEqual([expect.objectContaining({ level: 30, outcome: 'BAD_USER_INPUT', operationType: 'query' })]);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('gives each WebSocket operation a request id of its own, in its log lines and its response', async () => {
    const socket = await RawGraphQLSocket.open(app.url, seller.key);
    socket.subscribe('a', 'query Who { viewer { role } }', {}, { requestId: 'ws-op-1' });
    socket.subscribe('b', 'query Who { viewer { role } }');
    const [a, b] = [await socket.result('a'), await socket.result('b')];
    socket.close();
    expect(a.payload).toMatchObject({ extensions: { requestId: 'ws-op-1', cost: { requested: 1, limit: 20000 } } });
    const other = (b.payload as { extensions: { requestId: string } }).extensions.requestId;
    expect(other).toMatch(/^[0-9a-f-]{36}$/);
    for (const requestId of ['ws-op-1', other]) {
      expect(logLines().filter((l) => l.requestId === requestId && l.msg === 'graphql operation')).toEqual([expect.objectContaining({ transport: 'ws', operationName: 'Who', operationType: 'query', outcome: 'ok' })]);
    }
  });

  describe('automatic persisted queries', () => {
    const query = '{ viewer { role } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');

    it('asks for an unknown query, registers it, then serves it by hash alone', async () => {
      const unknown = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
      expect((await bodyOf(unknown)).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await bodyOf(await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }))).data).toEqual({ viewer: { role: 'SELLER' } });
      expect((await bodyOf(await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } }))).data).toEqual({ viewer: { role: 'SELLER' } });
    });

    it('refuses a hash that does not match its query as the client\'s mistake (400, BAD_REQUEST), logging no error', async () => {
      const res = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, { 'x-request-id': 'bad-hash-1' });
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).errors).toEqual([{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }]);
      const version = await post({ query, extensions: { persistedQuery: { version: 2, sha256Hash } } });
      expect(version.status).toBe(400);
      expect((await bodyOf(version)).errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(logLines().filter((l) => l.level >= 50)).toEqual([]);
      expect(logLines().filter((l) => l.requestId === 'bad-hash-1' && l.msg === 'graphql operation')).toEqual([expect.objectContaining({ outcome: 'BAD_REQUEST' })]);
    });
  });
});
