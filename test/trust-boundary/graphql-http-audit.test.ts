import { auditServer } from 'graphql-http';
import { startTestApp, TestApp } from '../support/app';

describe('the graphql-http audit of GraphQL over HTTP', () => {
  let app: TestApp;
  let results: Awaited<ReturnType<typeof auditServer>>;

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    // Every request needs a key; the audit's own requests get one.
    const fetchFn = (input: string | URL | Request, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${app.platformSecret}`);
      return fetch(input, { ...init, headers });
    };
    results = await auditServer({ url: `${app.url}/graphql`, fetchFn });
  });
  afterAll(() => app.close());

  it('finds no error', () => {
    expect(results.length).toBeGreaterThan(40);
    const errors = results.flatMap((r) => (r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : []));
    expect(errors).toEqual([]);
  });

  it('warns only where the contract deliberately differs: 400, not 200, for a request refused before it runs (README, "GraphQL over HTTP")', () => {
    const warnings = results.filter((r) => r.status === 'warn').map((r) => r.name);
    expect(warnings).toEqual([
      'SHOULD use 200 status code on document parsing failure when accepting application/json',
      'SHOULD use 200 status code on document validation failure when accepting application/json',
      'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    ]);
  });
});
