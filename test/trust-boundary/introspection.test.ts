import { getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { startTestApp, TestApp } from '../support/app';
import { RawGraphQLSocket } from '../support/raw-ws';
import { createSandboxSeller } from '../support/sellers';

/** What GraphiQL, Apollo Sandbox, Altair and GraphQL Code Generator send, with every option they may turn on. */
const FULL_INTROSPECTION = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });

describe('the introspection query of every GraphQL tool is answered', () => {
  let app: TestApp;
  let sellerKey: string;

  beforeAll(async () => {
    app = await startTestApp(__filename);
    sellerKey = (await createSandboxSeller(app, 'Tooling')).key;
  });
  afterAll(() => app.close());

  const typeNames = (data: IntrospectionQuery) => data.__schema.types.map((t) => t.name);

  it.each([
    ['PLATFORM', () => app.platformSecret],
    ['SELLER', () => sellerKey],
  ])('over HTTP with a %s key', async (_role, secret) => {
    const res = await app.gql<IntrospectionQuery>(secret(), FULL_INTROSPECTION);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.data!.__schema.queryType?.name).toBe('Query');
    expect(res.data!.__schema.subscriptionType?.name).toBe('SubscriptionRoot');
    expect(typeNames(res.data!)).toEqual(expect.arrayContaining(['Payment', 'PaymentConnection', 'CardInput', 'DateTime']));
  });

  it('over WebSocket', async () => {
    const socket = await RawGraphQLSocket.open(app.url, sellerKey);
    socket.subscribe('schema', FULL_INTROSPECTION);
    const result = await socket.result('schema');
    socket.close();
    expect(result.type).toBe('next');
    expect(typeNames((result.payload as { data: IntrospectionQuery }).data)).toContain('Payment');
  });

  it('still refuses introspection nested to multiply work', async () => {
    const hostile = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    const res = await app.gql(sellerKey, hostile);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].message).toBe('Maximum introspection depth exceeded');
  });
});
