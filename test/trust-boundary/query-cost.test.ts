import { startTestApp, TestApp } from '../support/app';
import { RawGraphQLSocket } from '../support/raw-ws';
import { createSandboxSeller } from '../support/sellers';

interface Body {
  data?: unknown;
  errors?: { message: string; extensions: { code: string } }[];
  extensions?: { cost?: { requested: number; limit: number } };
}

const EXPENSIVE = 'payments(first: 100) { edges { node { id seller { payments(first: 100) { edges { node { id goodName } } } } } } }';
const aliases = (count: number, selection: string) => Array.from({ length: count }, (_, i) => `a${i}: ${selection}`).join('\n');

describe('one cost model, applied before anything runs, on HTTP and WebSocket', () => {
  let app: TestApp;
  let sellerKey: string;
  const sockets: RawGraphQLSocket[] = [];

  const post = async (query: string, variables?: Record<string, unknown>, secret = sellerKey): Promise<{ status: number; body: Body }> => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as Body };
  };
  const overWebSocket = async (query: string, variables?: Record<string, unknown>) => {
    const socket = await RawGraphQLSocket.open(app.url, sellerKey);
    sockets.push(socket);
    socket.subscribe('1', query, variables);
    return socket.result('1');
  };

  beforeAll(async () => {
    app = await startTestApp(__filename);
    sellerKey = (await createSandboxSeller(app, 'Costly')).key;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await app.close();
  });

  it('refuses a negative page size as a whole, however many costly aliases come with it (no partial data)', async () => {
    const { status, body } = await post(`{ bad: payments(first: -2147483648) { edges { node { id } } }\n${aliases(30, EXPENSIVE)} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ message: 'payments: first must be between 0 and 100', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('refuses an absurd page size, from a literal or a variable', async () => {
    for (const [query, variables] of [
      ['{ payments(last: 101) { edges { node { id } } } }', {}],
      ['query($n: Int) { payments(first: $n) { edges { node { id } } } }', { n: 1_000_000 }],
    ] as const) {
      const { status, body } = await post(query, variables);
      expect(status).toBe(400);
      expect(body.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
      expect(body.data).toBeUndefined();
    }
  });

  it('counts an omitted variable at its default, exactly as execution will use it', async () => {
    // connection 1 + 100 edges + 100 nodes
    const small = await post('query($n: Int = 100) { payments(first: $n) { edges { node { id } } } }');
    expect(small.body.extensions?.cost).toEqual({ requested: 201, limit: 20000 });
    // 1 + 100 + 100 + 100 event connections + 100 × 100 edges + 100 × 100 nodes = 20,301
    const nested = 'query($n: Int = 100) { payments(first: $n) { edges { node { events(first: $n) { edges { node { id } } } } } } }';
    const refused = await post(nested);
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.body.extensions?.cost).toEqual({ requested: 20301, limit: 20000 });
    // With 99 it is 19,900: allowed.
    const allowed = await post(nested, { n: 99 });
    expect(allowed.body.errors).toBeUndefined();
    expect(allowed.body.extensions?.cost).toEqual({ requested: 19900, limit: 20000 });
  });

  it('weighs totalCount as the COUNT it runs, and refuses masses of cheap aliases', async () => {
    expect((await post('{ payments { totalCount } }')).body.extensions?.cost).toEqual({ requested: 101, limit: 20000 });
    // 100 sellers, each with two counts: 1 + 100 + 100 + 2 × 100 × (1 + 100) = 20,401
    const counts = await post('{ sellers(first: 100) { edges { node { a: payments { totalCount } b: payments { totalCount } } } } }', undefined, app.platformSecret);
    expect(counts.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(counts.body.extensions?.cost?.requested).toBe(20401);

    const { status, body } = await post(`{ ${aliases(19_000, 'payments { totalCount }')} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COMPLEX']);
    const sixty = await post(`{ ${aliases(60, 'payments { totalCount }')} }`);
    expect(sixty.body.errors).toEqual([expect.objectContaining({ message: 'Aliases limit of 50 exceeded, found 60.', extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) })]);
    expect(sixty.body.data).toBeUndefined();
  });

  it('runs no part of a mutation whose selection is refused', async () => {
    const before = Number((await app.db.query('SELECT COUNT(*) AS n FROM sellers'))[0].n);
    const { body } = await post(`mutation { createSeller(input: { name: "Never" }) { seller { ${aliases(2, 'payments(first: -1) { totalCount }')} } } }`, undefined, app.platformSecret);
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.data).toBeUndefined();
    expect(Number((await app.db.query('SELECT COUNT(*) AS n FROM sellers'))[0].n)).toBe(before);
  });

  it('reports the cost of every answered operation in extensions', async () => {
    const { body } = await post('{ viewer { role seller { payments(first: 5) { totalCount edges { node { id } } } } } }');
    // viewer 1 + seller 1 + connection 1 + totalCount 100 + 5 edges + 5 nodes
    expect(body.extensions?.cost).toEqual({ requested: 113, limit: 20000 });
  });

  it('applies the same rules to WebSocket operations and subscriptions', async () => {
    const refused = await overWebSocket(`subscription { paymentStateChanged { id payment { seller { ${aliases(3, EXPENSIVE)} } } } }`);
    expect(refused).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    const negative = await overWebSocket('query($n: Int) { payments(first: $n) { edges { node { id } } } }', { n: -1 });
    expect(negative).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const answered = await overWebSocket('query($n: Int = 100) { payments(first: $n) { edges { node { id } } } }');
    expect(answered).toMatchObject({ type: 'next', payload: { data: { payments: { edges: [] } }, extensions: { cost: { requested: 201, limit: 20000 } } } });
  });

  it('refuses a document of too many tokens or too deep a nesting', async () => {
    const tokens = await post(`{ ${aliases(3400, '__typename')} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]).toMatchObject({ message: 'The document has more than 10000 tokens', extensions: { code: 'QUERY_TOO_COMPLEX' } });
    const deep = await post('{ viewer { seller { payments { edges { node { seller { payments { edges { node { seller { payments { edges { node { id } } } } } } } } } } } } } }');
    expect(deep.body.errors?.[0]).toMatchObject({ message: 'The query nests 13 levels deep; the limit is 12', extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });
});
