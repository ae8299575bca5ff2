import { PaymentMethod, PaymentState, Provider } from '../src/domain/enums';
import { PaymentRow } from '../src/modules/payments/payment.entity';
import { startTestApp, TestApp } from './support/app';
import { seedPayment } from './support/seed';

interface Conn {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: PaymentFilter) {
  payments(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('Relay pagination and filters on payments', () => {
  let app: TestApp;
  let sellerId: string;
  let emptySellerId: string;
  /** Newest first, as the API lists them. */
  let payments: PaymentRow[];

  const page = async (vars: Record<string, unknown>) => {
    const res = await app.gql<{ payments: Conn }>(app.platformSecret, PAGE, vars);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.payments;
  };
  const ids = (c: Conn) => c.edges.map((e) => e.node.id);

  beforeAll(async () => {
    app = await startTestApp(__filename);
    sellerId = (await app.services.sellers.create({ name: 'Paged' })).id;
    emptySellerId = (await app.services.sellers.create({ name: 'Empty' })).id;
    const created: PaymentRow[] = [];
    for (let i = 0; i < 7; i++) {
      created.push(
        await seedPayment(app.db, sellerId, {
          orderId: `order-${i}`,
          state: i % 2 ? PaymentState.PAID : PaymentState.REQUESTED,
          provider: i === 6 ? Provider.PAYUP : Provider.PAYAPP,
          method: i % 2 ? PaymentMethod.CARD : null,
          providerPaymentId: `mul-${i}`,
        }),
      );
    }
    payments = created.reverse();
  });
  afterAll(() => app.close());

  it('lists newest first and pages forward to an exact end', async () => {
    const first = await page({ first: 3 });
    expect(ids(first)).toEqual(payments.slice(0, 3).map((p) => p.id));
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: payments[0].id, endCursor: payments[2].id });
    expect(first.totalCount).toBe(7);

    const second = await page({ first: 3, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual(payments.slice(3, 6).map((p) => p.id));
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(true);

    const last = await page({ first: 3, after: second.pageInfo.endCursor });
    expect(ids(last)).toEqual([payments[6].id]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('says there is no next page when a page ends exactly at the last item', async () => {
    const exact = await page({ first: 7 });
    expect(ids(exact)).toHaveLength(7);
    expect(exact.pageInfo.hasNextPage).toBe(false);
    const beyond = await page({ first: 5, after: payments[6].id });
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('pages backward with last/before, keeping newest-first order within the page', async () => {
    const tail = await page({ last: 2 });
    expect(ids(tail)).toEqual([payments[5].id, payments[6].id]);
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await page({ last: 2, before: payments[5].id });
    expect(ids(before)).toEqual([payments[3].id, payments[4].id]);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const head = await page({ last: 5, before: payments[1].id });
    expect(ids(head)).toEqual([payments[0].id]);
    expect(head.pageInfo.hasPreviousPage).toBe(false);
  });

  it('gives an empty list for a seller with no payments', async () => {
    const res = await app.gql<{ seller: { payments: Conn } }>(app.platformSecret, `query($id: ID!) { seller(id: $id) { payments(first: 10) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`, { id: emptySellerId });
    expect(res.data!.seller.payments).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('pages the payments of several sellers at once, each seller its own newest first', async () => {
    const res = await app.gql<{ sellers: { edges: { node: { id: string; payments: Conn } }[] } }>(
      app.platformSecret,
      `{ sellers(first: 10) { edges { node { id payments(first: 2, filter: { states: [PAID, REQUESTED] }) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } } } }`,
    );
    const bySeller = Object.fromEntries(res.data!.sellers.edges.map((e) => [e.node.id, e.node.payments]));
    expect(ids(bySeller[sellerId])).toEqual(payments.slice(0, 2).map((p) => p.id));
    expect(bySeller[sellerId]).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    expect(bySeller[emptySellerId]).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  it('refuses invalid cursors and page sizes as BAD_USER_INPUT', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ first: 2, after: 'garbage' }, ['after']],
      [{ first: 2, after: 'sel_01KAAAAAAAAAAAAAAAAAAAAAAA' }, ['after']],
      [{ first: 101 }, ['first']],
      [{ first: -1 }, ['first']],
      [{ first: 1, last: 1 }, ['first']],
    ];
    for (const [vars, field] of cases) {
      const res = await app.gql(app.platformSecret, PAGE, vars);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0]).toEqual(field);
    }
  });

  it('filters by state, provider, method, order id, provider id and creation time', async () => {
    expect(ids(await page({ filter: { states: ['PAID'] } }))).toEqual(payments.filter((p) => p.state === PaymentState.PAID).map((p) => p.id));
    expect(ids(await page({ filter: { states: ['PAID', 'REQUESTED', 'PAID'] } }))).toEqual(payments.map((p) => p.id));
    const [newest, second, ...rest] = payments;
    const paged = await page({ first: 2, after: newest.id, filter: { states: ['REQUESTED', 'PAID'] } });
    expect(ids(paged)).toEqual([second.id, rest[0].id]);
    expect(paged.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(ids(await page({ filter: { providers: ['PAYUP'] } }))).toEqual([payments[0].id]);
    expect((await page({ filter: { methods: ['CARD'] } })).totalCount).toBe(3);
    expect(ids(await page({ filter: { orderId: 'order-2' } }))).toEqual([payments[4].id]);
    expect(ids(await page({ filter: { providerPaymentId: 'mul-5', states: ['PAID'] } }))).toEqual([payments[1].id]);
    expect((await page({ filter: { createdFrom: new Date(Date.now() + 60_000).toISOString() } })).totalCount).toBe(0);
    expect((await page({ filter: { createdTo: new Date(Date.now() + 60_000).toISOString(), createdFrom: '2020-01-01T00:00:00Z' } })).totalCount).toBe(7);
  });
});
