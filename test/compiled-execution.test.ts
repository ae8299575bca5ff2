import { isEnumType } from 'graphql';
import { PaymentState } from '../src/domain/enums';
import { createSchema } from '../src/schema';
import { startTestApp, TestApp } from './support/app';
import { seedEvent, seedPayment } from './support/seed';

/** Scalars of every kind, enums, DateTime, an interface with a fragment, lists, nulls, and a refused argument. */
const QUERY = `query Mixed($id: ID!, $hidden: ID!) {
  payments(first: 5) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { __typename id state method provider amount cancelledAmount remainingAmount currency createdAt orderId
      seller { id name createdAt }
      events(first: 2) { edges { node { id from to occurredAt } } pageInfo { hasNextPage } }
    } }
  }
  node(id: $id) { __typename id ... on Payment { amount state } }
  hidden: payment(id: $hidden) { id }
  refused: payment(id: $id) { id events(first: 1, after: "not-a-cursor") { edges { node { id } } } }
}`;

const executions = async (app: TestApp) => {
  const metrics = await (await fetch(`${app.url}/metrics`)).text();
  const count = (executor: string) => Number(metrics.match(new RegExp(`graphql_executions_total\\{executor="${executor}"\\} (\\d+)`))?.[1] ?? 0);
  return { compiled: count('compiled'), graphqlJs: count('graphql-js') };
};

describe('compiled execution of queries (graphql-jit)', () => {
  let app: TestApp;
  let variables: { id: string; hidden: string };

  beforeAll(async () => {
    // As in production: a document runs once in graphql-js, then compiled.
    app = await startTestApp(__filename, { env: { COMPILE_QUERIES_AFTER: '1' } });
    const seller = await app.services.sellers.create({ name: 'Compiled' });
    const other = await app.services.sellers.create({ name: 'Other' });
    let last = await seedPayment(app.db, seller.id, { state: PaymentState.PAID });
    for (let i = 0; i < 6; i++) {
      last = await seedPayment(app.db, seller.id, { state: i % 2 ? PaymentState.PAID : PaymentState.REQUESTED, amount: 1000 + i });
      await seedEvent(app.db, last, PaymentState.REQUESTED);
      if (i % 2) await seedEvent(app.db, last, PaymentState.PAID, PaymentState.REQUESTED);
    }
    const key = (await app.gql<{ createApiKey: { secret: string } }>(app.platformSecret, `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { name: 'k', role: 'SELLER', sellerId: seller.id } })).data!.createApiKey.secret;
    const hidden = await seedPayment(app.db, other.id);
    variables = { id: last.id, hidden: hidden.id };
    (app as TestApp & { sellerKey: string }).sellerKey = key;
  });
  afterAll(() => app.close());

  it('answers a document compiled exactly as graphql-js answered it the first time', async () => {
    const key = (app as TestApp & { sellerKey: string }).sellerKey;
    const before = await executions(app);
    const first = await app.gql<Record<string, unknown>>(key, QUERY, variables);
    const second = await app.gql<Record<string, unknown>>(key, QUERY, variables);
    const after = await executions(app);
    expect(after.graphqlJs - before.graphqlJs).toBe(1);
    expect(after.compiled - before.compiled).toBe(1);

    const strip = (r: typeof first) => ({ data: r.data, errors: r.errors });
    expect(strip(second)).toEqual(strip(first));
    // The answer itself: not a pair of equal failures.
    const data = first.data as any;
    expect(data.payments.totalCount).toBe(7);
    expect(data.payments.edges).toHaveLength(5);
    expect(data.payments.edges[0].node).toMatchObject({ __typename: 'Payment', state: 'PAID', amount: 1005, currency: 'KRW', seller: { name: 'Compiled' } });
    expect(data.payments.edges[0].node.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(data.payments.edges[0].node.events.edges.map((e: any) => [e.node.from, e.node.to])).toEqual([
      ['REQUESTED', 'PAID'],
      [null, 'REQUESTED'],
    ]);
    expect(data.payments.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(data.node).toEqual({ __typename: 'Payment', id: variables.id, amount: 1005, state: 'PAID' });
    expect(data.hidden).toBeNull();
    expect(data.refused).toBeNull();
    expect(first.errors).toEqual([expect.objectContaining({ path: ['refused', 'events'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('writes enum values as their names, which compiled queries rely on (they skip the enum serializer)', async () => {
    const schema = await createSchema();
    const mismatched = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      .flatMap((type) => type.getValues().filter((value) => value.value !== value.name).map((value) => `${type.name}.${value.name} = ${String(value.value)}`));
    expect(mismatched).toEqual([]);
  });
});
