import { startTestApp, TestApp } from './support/app';
import { QueryCounter } from './support/db';
import { noticesDelivered, postNotice, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id state providerPaymentId } userErrors { code } } }`;

/** The table each statement touches, with its verb: what a write path costs, in order. */
const shapes = (statements: string[]) =>
  statements.map((sql) => {
    const verb = sql.trim().split(/\s+/)[0].toUpperCase();
    const table = /(?:FROM|INTO|UPDATE)\s+`?(\w+)`?/i.exec(sql)?.[1];
    return `${verb} ${table}`;
  });

describe('SQL statements and round trips on the write paths (npm run bench measures their speed)', () => {
  let app: TestApp;
  let seller: TestSeller;
  const counter = new QueryCounter();

  const request = async () => {
    const res = await app.gql<{ requestPayment: { payment: { id: string; state: string; providerPaymentId: string }; userErrors: unknown[] } }>(seller.key, REQUEST, {
      input: { goodName: 'Lesson', amount: 10000, buyer: { phone: '010-1234-5678' } },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.requestPayment;
  };
  const counted = async <T>(work: () => Promise<T>): Promise<{ value: T; statements: string[]; roundTrips: number }> => {
    counter.reset();
    counter.counting = true;
    try {
      const value = await work();
      return { value, statements: shapes(counter.statements), roundTrips: counter.roundTrips };
    } finally {
      counter.counting = false;
    }
  };

  beforeAll(async () => {
    app = await startTestApp(__filename, { queryLogger: counter, workers: false });
    seller = await createSandboxSeller(app, 'Academy');
    // The first request and notice read the key, the seller and its account; later ones find them in memory.
    const first = await request();
    await sandboxAction(app, `pay?mul_no=${first.payment.providerPaymentId}&method=card`);
    await noticesDelivered(app);
  });
  afterAll(() => app.close());

  it('records a pay request in 6 statements, 3 round trips and one transaction: the intent (alone, atomic by itself), then its answer, the payment, its event and its counter', async () => {
    const { value, statements, roundTrips } = await counted(request);
    expect(counter.transactionControl).toEqual(['START TRANSACTION', 'COMMIT']);
    // The intent; the answer (with START); the rest, held, with the COMMIT.
    expect(roundTrips).toBe(3);
    expect(value.userErrors).toEqual([]);
    expect(value.payment.state).toBe('REQUESTED');
    expect(statements).toEqual([
      'INSERT money_movements', // the intent, committed before PayApp is called
      'UPDATE money_movements', // the answer, only while the movement is still in flight
      'INSERT payments',
      'UPDATE event_sequence', // the event's place in commit order, read back from the same statement
      'INSERT payment_events',
      'INSERT payment_counts', // totalCount without counting
    ]);
  });

  it('applies a notice in 6 statements and 3 round trips, and a repeat of it in 2 that change nothing', async () => {
    const { payment } = await request();
    const { statements, roundTrips } = await counted(async () => {
      await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=card`);
      await noticesDelivered(app);
    });
    expect(statements).toEqual(['SELECT payments', 'SELECT payment_events', 'UPDATE payments', 'UPDATE event_sequence', 'INSERT payment_events', 'INSERT payment_counts']);
    // The lock (with START), the dedupe check, then the four writes with the COMMIT.
    expect(roundTrips).toBe(3);

    const delivered = app.sandbox.payapp.simulator.deliveries().filter((d) => d.fields.mul_no === payment.providerPaymentId && d.fields.pay_state === '4');
    const repeat = await counted(() => postNotice(app, seller, delivered[0].fields));
    expect(repeat.value).toEqual({ status: 200, body: 'SUCCESS' });
    expect(repeat.statements).toEqual(['SELECT payments', 'SELECT payment_events']);
    expect(repeat.roundTrips).toBe(3);
    const events = await app.db.query('SELECT to_state FROM payment_events WHERE payment_id = ? ORDER BY seq', [payment.id]);
    expect(events.map((e: { to_state: string }) => e.to_state)).toEqual(['REQUESTED', 'PAID']);
  });
});
