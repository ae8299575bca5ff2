import { recountPayments } from '../src/modules/payments/payment-counts';
import { startTestApp, TestApp } from './support/app';
import { noticesDelivered, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id providerPaymentId } userErrors { code } } }`;
const PAY = `mutation($input: PayWithCardInput!) { payWithCard(input: $input) { payment { id state } userErrors { code } } }`;
const CANCEL = `mutation($input: CancelPaymentInput!) { cancelPayment(input: $input) { payment { state } userErrors { code } } }`;
const COUNT = `query($filter: PaymentFilter) { payments(first: 0, filter: $filter) { totalCount } }`;
const SELLER_COUNT = `query($id: ID!, $filter: PaymentFilter) { seller(id: $id) { payments(first: 0, filter: $filter) { totalCount } } }`;

const CARD = { number: '9490191234561234', expiryMonth: '12', expiryYear: '2031', birthDateOrBusinessNumber: '880101', passwordFirstTwo: '12' };
const DECLINED = { ...CARD, number: '9490191234560002' };

/**
 * totalCount reads per-seller counters that the ledger keeps in the transaction of each change;
 * after real creations and transitions (notices, partial and full cancels, declines) they equal a
 * COUNT(*) of the rows, and a SELLER key counts its own seller's payments only.
 */
describe('payment counters behind totalCount', () => {
  let app: TestApp;
  let academy: TestSeller;
  let shop: TestSeller;
  let order = 0;

  const ok = async <T>(key: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await app.gql<T>(key, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const request = async (seller: TestSeller, amount: number) =>
    (await ok<{ requestPayment: { payment: { id: string; providerPaymentId: string } } }>(seller.key, REQUEST, { input: { goodName: 'Lesson', amount, buyer: { phone: '01012345678' } } })).requestPayment.payment;
  const payByCard = async (seller: TestSeller, card = CARD) =>
    (await ok<{ payWithCard: { payment: { id: string; state: string } } }>(seller.key, PAY, { input: { orderId: `ORD-${order++}`, goodName: 'Beans', amount: 15000, card, buyer: { name: 'Kim' } } })).payWithCard.payment;
  const cancel = async (seller: TestSeller, paymentId: string, amount?: number) =>
    (await ok<{ cancelPayment: { payment: { state: string } } }>(seller.key, CANCEL, { input: { paymentId, amount, reason: 'asked' } })).cancelPayment.payment.state;

  /** Every counter, as (seller, state, provider, method) → n, next to the same grouping of the rows. */
  async function countersAndRows(): Promise<[Record<string, number>, Record<string, number>]> {
    const asMap = (rows: { k: string; n: string | number }[]) => Object.fromEntries(rows.map((r) => [r.k, Number(r.n)]));
    const counters = await app.db.query("SELECT CONCAT_WS('/', seller_id, state, provider, method) AS k, n FROM payment_counts WHERE n <> 0");
    const rows = await app.db.query("SELECT CONCAT_WS('/', seller_id, state, provider, COALESCE(method, '')) AS k, COUNT(*) AS n FROM payments GROUP BY k");
    return [asMap(counters), asMap(rows)];
  }

  const count = async (key: string, filter?: Record<string, unknown>) => (await ok<{ payments: { totalCount: number } }>(key, COUNT, { filter })).payments.totalCount;
  const exact = async (where: string, params: unknown[] = []) => Number((await app.db.query(`SELECT COUNT(*) AS n FROM payments WHERE ${where}`, params))[0].n);

  beforeAll(async () => {
    app = await startTestApp(__filename);
    academy = await createSandboxSeller(app, 'Counted Academy');
    shop = await createSandboxSeller(app, 'Counted Shop');

    // PayApp: requested, paid by notice, partly then fully cancelled, one left waiting.
    const [first, second, third] = [await request(academy, 10000), await request(academy, 20000), await request(academy, 30000)];
    for (const p of [first, second]) await sandboxAction(app, `pay?mul_no=${p.providerPaymentId}&method=card`);
    await noticesDelivered(app);
    expect(await cancel(academy, first.id, 3000)).toBe('PARTIALLY_CANCELLED');
    expect(await cancel(academy, first.id)).toBe('APPROVAL_CANCELLED');
    expect(await cancel(academy, third.id)).toBe('REQUEST_CANCELLED');
    await noticesDelivered(app);
    // Payup: approved, declined, approved and cancelled; for the other seller.
    expect((await payByCard(shop)).state).toBe('PAID');
    expect((await payByCard(shop, DECLINED)).state).toBe('FAILED');
    const refunded = await payByCard(shop);
    expect(await cancel(shop, refunded.id)).toBe('APPROVAL_CANCELLED');
    await payByCard(academy);
  });
  afterAll(() => app.close());

  it('equal a COUNT(*) of the rows by seller, state, provider and method after creations and transitions', async () => {
    const [counters, rows] = await countersAndRows();
    expect(Object.values(rows).reduce((a, b) => a + b, 0)).toBe(7);
    expect(counters).toEqual(rows);
  });

  it('answer totalCount exactly for a PLATFORM key, with and without states, providers and methods', async () => {
    expect(await count(app.platformSecret)).toBe(7);
    expect(await count(app.platformSecret, { states: ['PAID'] })).toBe(await exact("state = 'PAID'"));
    expect(await count(app.platformSecret, { states: ['APPROVAL_CANCELLED', 'REQUEST_CANCELLED'] })).toBe(3);
    expect(await count(app.platformSecret, { providers: ['PAYUP'], methods: ['CARD'] })).toBe(await exact("provider = 'PAYUP' AND method = 'CARD'"));
    // Filters the counters do not keep are counted on their index.
    expect(await count(app.platformSecret, { orderId: 'ORD-0' })).toBe(1);
  });

  it("count a SELLER key's own payments only, as Seller.payments does", async () => {
    const own = await exact('seller_id = ?', [academy.id]);
    expect(own).toBe(4);
    expect(await count(academy.key)).toBe(own);
    expect(await count(shop.key)).toBe(3);
    expect(await count(shop.key, { states: ['PAID'] })).toBe(1);
    expect(await count(academy.key, { providers: ['PAYUP'] })).toBe(1);
    const nested = await ok<{ seller: { payments: { totalCount: number } } }>(app.platformSecret, SELLER_COUNT, { id: shop.id, filter: { states: ['APPROVAL_CANCELLED', 'FAILED'] } });
    expect(nested.seller.payments.totalCount).toBe(2);
  });

  it('are back in step after a bulk rebuild (rows written without the ledger)', async () => {
    await app.db.query("UPDATE payment_counts SET n = n + 5 WHERE state = 'PAID'");
    await recountPayments(app.db);
    const [counters, rows] = await countersAndRows();
    expect(counters).toEqual(rows);
  });
});
