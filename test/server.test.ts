import { MAX_MESSAGE_BYTES } from '../src/graphql/limits';
import { startTestApp, TestApp } from './support/app';

describe('the HTTP surface', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(__filename);
  });
  afterAll(() => app.close());

  it('answers health, readiness and metrics', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    await app.gql(app.platformSecret, '{ viewer { role } }');
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toMatch(/http_request_duration_seconds_count\{route="\/graphql",status="200"\} [1-9]/);
    expect(metrics).toMatch(/graphql_operations_total\{type="query",outcome="ok"\} [1-9]/);
    expect((await fetch(`${app.url}/nowhere`)).status).toBe(404);
  });

  it('stops reading a body over the message limit, and goes on serving', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(MAX_MESSAGE_BYTES + 1) } });
    const answer = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${app.platformSecret}` }, body: huge }).then(
      (res) => res.status,
      () => 'connection closed',
    );
    expect(['connection closed', 413]).toContain(answer);
    const normal = await app.gql<{ __typename: string }>(app.platformSecret, '{ __typename }', { padding: 'x'.repeat(1000) });
    expect(normal.data).toEqual({ __typename: 'Query' });
  });

  it('refuses queries that would ask for unbounded work', async () => {
    const deep = `{ payments(first: 100) { edges { node { events(first: 100) { edges { node { payment { events(first: 100) { edges { node { id } } } } } } } } } } }`;
    const res = await app.gql(app.platformSecret, deep);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const nested = `{ viewer { seller { payments { edges { node { seller { payments { edges { node { seller { payments { edges { node { id } } } } } } } } } } } } } }`;
    expect((await app.gql(app.platformSecret, nested)).errors?.[0].message).toMatch(/levels deep/);
  });

  it('serves introspection (the schema is public) but nothing else without a key', async () => {
    const res = await app.gql<{ __schema: { subscriptionType: { name: string } } }>(app.platformSecret, '{ __schema { subscriptionType { name } } }');
    expect(res.data!.__schema.subscriptionType.name).toBe('SubscriptionRoot');
    expect((await app.gql(null, '{ __typename }')).status).toBe(401);
  });

  it('serves browsers the bundled GraphQL IDE, without any key, and no sandbox console (that is npm run dev\'s)', async () => {
    const ide = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.status).toBe(200);
    const page = await ide.text();
    expect(page).toContain('href="/ide/ruru.js"');
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/); // nothing from a CDN
    expect(page).not.toContain('sk_');
    expect((await fetch(`${app.url}/ide/ruru.js`)).status).toBe(200);
    expect((await fetch(`${app.url}/ide/no-such-file.js`)).status).toBe(404);
    expect((await fetch(`${app.url}/sandbox`)).status).toBe(404);
    const json = await fetch(`${app.url}/graphql?query=%7B__typename%7D`, { headers: { accept: 'application/json', authorization: `Bearer ${app.platformSecret}`, 'apollo-require-preflight': 'true' } });
    expect(await json.json()).toMatchObject({ data: { __typename: 'Query' }, extensions: { cost: { requested: 0, limit: 20000 } } });
  });

  it('reports not ready once the database is gone', async () => {
    await app.db.destroy();
    expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
    await app.db.initialize();
  });
});
