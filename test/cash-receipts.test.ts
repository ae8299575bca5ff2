import type { DomainEvent } from '../src/events/domain-events';
import { startTestApp, TestApp } from './support/app';
import { cashReceiptInput } from './support/cash-receipts';
import { textDump } from './support/dump';
import { noticesDelivered, sandboxAction } from './support/payapp';
import { createSandboxSeller, TestSeller } from './support/sellers';

/**
 * Cash receipts end to end: the real service, its database and the PayApp sandbox over HTTP.
 * issueCashReceipt / cancelCashReceipt / resolveUnknownCashReceipt / naverPayCashAmount.
 */
const RECEIPT_FIELDS = `id state provider providerReceiptId approvalNumber receiptUrl purpose taxType goodName buyerName maskedIdentity
  totalAmount supplyAmount serviceFee vatAmount tradedAt cancelledAt payment { id } seller { id } events { from to source note }`;
const ISSUE = `mutation($input: IssueCashReceiptInput!) { issueCashReceipt(input: $input) { cashReceipt { ${RECEIPT_FIELDS} } userErrors { code field message providerCode } } }`;
const CANCEL = `mutation($input: CancelCashReceiptInput!) { cancelCashReceipt(input: $input) { cashReceipt { ${RECEIPT_FIELDS} } userErrors { code field message providerCode } } }`;
const RESOLVE = `mutation($input: ResolveUnknownCashReceiptInput!) { resolveUnknownCashReceipt(input: $input) { cashReceipt { ${RECEIPT_FIELDS} } userErrors { code field message } } }`;
const RECEIPT = `query($id: ID!) { cashReceipt(id: $id) { ${RECEIPT_FIELDS} } node(id: $id) { id } }`;
const REQUEST = `mutation($input: RequestPaymentInput!) { requestPayment(input: $input) { payment { id providerPaymentId } userErrors { code } } }`;
const PAYMENT_RECEIPTS = `query($id: ID!) { payment(id: $id) { id cashReceipts { id state } seller { cashReceipts(first: 100) { edges { node { id } } } } } }`;
const NPAY = `query($id: ID!) { naverPayCashAmount(paymentId: $id) { totalAmount supplyAmount vatAmount } }`;

type Receipt = Record<string, any> & { id: string; state: string; events: { from: string | null; to: string; source: string; note: string | null }[] };
interface Payload { cashReceipt: Receipt | null; userErrors: { code: string; field: string[] | null; message: string; providerCode: string | null }[] }

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** yyyyMMddHHmmss on a Seoul wall clock, by the platform's own time-zone database. */
function seoulTimestamp(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return parts.replace(/\D/g, '');
}

describe('cash receipts through PayApp', () => {
  let app: TestApp;
  let seller: TestSeller;
  let other: TestSeller;
  const domainEvents: { event: DomainEvent; inTransaction: boolean }[] = [];

  const issue = async (overrides: Record<string, unknown> = {}, key = seller.key): Promise<Payload & { errors?: any[] }> => {
    const res = await app.gql<{ issueCashReceipt: Payload }>(key, ISSUE, { input: cashReceiptInput(overrides) });
    return { ...(res.data?.issueCashReceipt as Payload), errors: res.errors };
  };
  const cancel = async (cashReceiptId: string, key = seller.key, idempotencyKey?: string) =>
    (await app.gql<{ cancelCashReceipt: Payload }>(key, CANCEL, { input: { cashReceiptId, idempotencyKey } })).data!.cancelCashReceipt;
  const read = async (id: string, key = seller.key) => (await app.gql<{ cashReceipt: Receipt | null; node: { id: string } | null }>(key, RECEIPT, { id })).data!;
  const fault = (mode: string) => fetch(`${app.sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode }) });
  const calls = () => app.sandbox.payapp.providerCalls();
  const receiptRows = async (): Promise<number> => Number((await app.db.query('SELECT COUNT(*) AS n FROM cash_receipts'))[0].n);
  const paidPayment = async (method: string, who = seller, amount = 10000) => {
    const { payment } = (await app.gql<{ requestPayment: { payment: { id: string; providerPaymentId: string } } }>(who.key, REQUEST, { input: { goodName: 'Lesson', amount, buyer: { phone: '01011112222' } } })).data!.requestPayment;
    await sandboxAction(app, `pay?mul_no=${payment.providerPaymentId}&method=${method}`);
    await noticesDelivered(app);
    return payment;
  };

  beforeAll(async () => {
    app = await startTestApp(__filename, { env: { PROVIDER_TIMEOUT_MS: '800' } });
    app.services.domainEvents.addSink({ record: async (manager, event) => void domainEvents.push({ event, inTransaction: manager.queryRunner?.isTransactionActive ?? false }) });
    seller = await createSandboxSeller(app, 'Studio');
    other = await createSandboxSeller(app, 'Rival');
  });
  afterAll(() => app.close());

  it('issues a receipt: ISSUED with PayApp\'s numbers, the identity typed with dashes sent as its digits and kept masked, the trade time sent in KST', async () => {
    const tradedAt = ago(2 * HOUR);
    const before = calls();
    const { cashReceipt, userErrors } = await issue({ tradedAt, buyerPhone: '010-5555-6666', buyerEmail: 'buyer@example.com' });
    expect(userErrors).toEqual([]);
    expect(calls()).toBe(before + 1);
    expect(cashReceipt).toMatchObject({
      state: 'ISSUED',
      provider: 'PAYAPP',
      purpose: 'INCOME_DEDUCTION',
      taxType: 'TAXABLE',
      goodName: '요가 수업',
      buyerName: '홍길동',
      // Digits only were kept: a dash would have been masked too.
      maskedIdentity: '*******5432',
      totalAmount: 11000,
      supplyAmount: 10000,
      serviceFee: 0,
      vatAmount: 1000,
      tradedAt,
      cancelledAt: null,
      payment: null,
      seller: { id: seller.id },
      events: [
        { from: null, to: 'ISSUING', source: 'API', note: null },
        { from: 'ISSUING', to: 'ISSUED', source: 'API', note: null },
      ],
    });
    expect(cashReceipt!.providerReceiptId).toMatch(/^\d+$/);
    expect(cashReceipt!.approvalNumber).toMatch(/^\d{9}$/);
    expect(cashReceipt!.receiptUrl).toBe(`${app.sandbox.payapp.url}/cashst/${cashReceipt!.providerReceiptId}`);
    // What went to PayApp, as its debug log line shows it (personal data redacted).
    const sent = app.logs.lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'provider request' && l.request?.cmd === 'cashStRegist').pop();
    expect(sent.request).toMatchObject({ trad_time: seoulTimestamp(tradedAt), tr_code: '0', corp_tax_type: 'TG01', amt_tot: '11000', amt_sup: '10000', amt_svc: '0', amt_tax: '1000', id_info: '[redacted]', buyr_tel1: '[redacted]', buyr_mail: '[redacted]' });
  });

  it('records every change as a cash_receipt.state_changed domain event inside the transaction that makes it, without the identity', async () => {
    domainEvents.length = 0;
    const { cashReceipt } = await issue({ purpose: 'EXPENSE_PROOF', taxType: 'TAX_FREE', identity: '123-45-67890', totalAmount: 5000, supplyAmount: 5000, vatAmount: 0 });
    expect(cashReceipt).toMatchObject({ state: 'ISSUED', purpose: 'EXPENSE_PROOF', taxType: 'TAX_FREE', maskedIdentity: '******7890' });
    expect(domainEvents.map(({ event, inTransaction }) => [event.type, event.subjectId, event.sellerId, event.data.from, event.data.to, inTransaction])).toEqual([
      ['cash_receipt.state_changed', cashReceipt!.id, seller.id, null, 'ISSUING', true],
      ['cash_receipt.state_changed', cashReceipt!.id, seller.id, 'ISSUING', 'ISSUED', true],
    ]);
    expect(domainEvents[1].event.data.cashReceipt).toMatchObject({ id: cashReceipt!.id, state: 'ISSUED', providerReceiptId: cashReceipt!.providerReceiptId, totalAmount: 5000 });
    expect(JSON.stringify(domainEvents)).not.toMatch(/1234567890|maskedIdentity|buyerName|홍길동/);
  });

  it('checks the amounts before any call: total = supply + service fee + VAT, none negative, no VAT when tax-free', async () => {
    const before = calls();
    const rows = await receiptRows();
    const cases: [Record<string, unknown>, string][] = [
      [{ totalAmount: 12000 }, 'totalAmount'],
      [{ serviceFee: 500 }, 'totalAmount'],
      [{ supplyAmount: -1 }, 'supplyAmount'],
      [{ vatAmount: -1000, totalAmount: 9000 }, 'vatAmount'],
      [{ totalAmount: 0, supplyAmount: 0, vatAmount: 0 }, 'totalAmount'],
      [{ taxType: 'TAX_FREE' }, 'vatAmount'],
    ];
    for (const [overrides, field] of cases) {
      const { errors } = await issue(overrides);
      expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [['input', field]] }) })]);
    }
    expect(calls()).toBe(before);
    expect(await receiptRows()).toBe(rows);
  });

  it('refuses a trade outside the manual\'s window before any call (more than 6 Korean calendar days ago, or in the future); 6 days ago is issued', async () => {
    const before = calls();
    for (const tradedAt of [ago(7 * DAY + HOUR), ago(30 * DAY), ago(-10 * 60_000)]) {
      const { errors } = await issue({ tradedAt });
      expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/tradedAt/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [['input', 'tradedAt']] }) })]);
    }
    expect(calls()).toBe(before);
    const sixDays = await issue({ tradedAt: ago(6 * DAY) });
    expect(sixDays.cashReceipt?.state).toBe('ISSUED');
  });

  it('refuses an identity that is not a number, at the edge', async () => {
    const before = calls();
    const { errors } = await issue({ identity: '010-98x6-5432' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'identity']] });
    expect(JSON.stringify(errors)).not.toContain('98x6');
    expect(calls()).toBe(before);
  });

  it('reads explicit nulls of optional fields as not given', async () => {
    const { cashReceipt, userErrors } = await issue({ paymentId: null, buyerPhone: null, buyerEmail: null, sellerId: null });
    expect(userErrors).toEqual([]);
    expect(cashReceipt).toMatchObject({ state: 'ISSUED', payment: null });
  });

  it('links a receipt to a paid payment of the seller (its mul_no sent), seen on Payment.cashReceipts and Seller.cashReceipts', async () => {
    const payment = await paidPayment('rbank');
    const { cashReceipt, userErrors } = await issue({ paymentId: payment.id, totalAmount: 10000, supplyAmount: 9091, vatAmount: 909 });
    expect(userErrors).toEqual([]);
    expect(cashReceipt).toMatchObject({ state: 'ISSUED', payment: { id: payment.id } });
    const sent = app.logs.lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'provider request' && l.request?.cmd === 'cashStRegist').pop();
    expect(sent.request.mul_no).toBe(payment.providerPaymentId);

    const seen = (await app.gql<{ payment: any }>(seller.key, PAYMENT_RECEIPTS, { id: payment.id })).data!.payment;
    expect(seen.cashReceipts).toEqual([{ id: cashReceipt!.id, state: 'ISSUED' }]);
    expect(seen.seller.cashReceipts.edges.map((e: any) => e.node.id)).toContain(cashReceipt!.id);
  });

  it('refuses a payment of another seller (NOT_FOUND), an unpaid one and more than was paid, without a call', async () => {
    const theirs = await paidPayment('card', other);
    const { payment: unpaid } = (await app.gql<{ requestPayment: { payment: { id: string } } }>(seller.key, REQUEST, { input: { goodName: 'Lesson', amount: 10000, buyer: { phone: '01011112222' } } })).data!.requestPayment;
    const mine = await paidPayment('rbank', seller, 5000);
    const before = calls();
    expect(await issue({ paymentId: theirs.id })).toMatchObject({ cashReceipt: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'paymentId'] }] });
    expect(await issue({ paymentId: unpaid.id })).toMatchObject({ cashReceipt: null, userErrors: [{ code: 'INVALID_STATE', field: ['input', 'paymentId'] }] });
    expect(await issue({ paymentId: mine.id })).toMatchObject({ cashReceipt: null, userErrors: [{ code: 'AMOUNT_EXCEEDS_REMAINING', field: ['input', 'totalAmount'] }] });
    expect(calls()).toBe(before);
  });

  it('cancels an ISSUED receipt once: CANCELLED with its time; a second cancel is refused without a call', async () => {
    const { cashReceipt } = await issue();
    const cancelled = await cancel(cashReceipt!.id);
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.cashReceipt).toMatchObject({ state: 'CANCELLED', providerReceiptId: cashReceipt!.providerReceiptId });
    expect(Date.now() - Date.parse(cancelled.cashReceipt!.cancelledAt)).toBeLessThan(10_000);
    expect(cancelled.cashReceipt!.events.map((e) => `${e.from}→${e.to}`)).toEqual(['null→ISSUING', 'ISSUING→ISSUED', 'ISSUED→CANCELLING', 'CANCELLING→CANCELLED']);
    const before = calls();
    expect(await cancel(cashReceipt!.id)).toMatchObject({ cashReceipt: { state: 'CANCELLED' }, userErrors: [{ code: 'INVALID_STATE', field: ['input', 'cashReceiptId'] }] });
    expect(calls()).toBe(before);
  });

  it('keeps another seller\'s receipt invisible and uncancellable; a PLATFORM key sees it', async () => {
    const { cashReceipt } = await issue();
    expect(await read(cashReceipt!.id, other.key)).toEqual({ cashReceipt: null, node: null });
    const before = calls();
    expect(await cancel(cashReceipt!.id, other.key)).toEqual({ cashReceipt: null, userErrors: [expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'cashReceiptId'] })] });
    expect(calls()).toBe(before);
    const rivals = (await app.gql<any>(other.key, `query($id: ID!) { seller(id: $id) { cashReceipts(first: 100) { edges { node { id } } } } }`, { id: other.id })).data.seller.cashReceipts.edges;
    expect(rivals.map((e: any) => e.node.id)).not.toContain(cashReceipt!.id);
    expect((await read(cashReceipt!.id, app.platformSecret)).cashReceipt?.state).toBe('ISSUED');
    expect((await read(cashReceipt!.id)).cashReceipt?.state).toBe('ISSUED');
  });

  it('reports PayApp\'s refusals as userErrors with their codes: a declined issue is FAILED, a declined cancel leaves the receipt ISSUED', async () => {
    await fault('decline');
    const refused = await issue();
    expect(refused.userErrors).toEqual([{ code: 'PROVIDER_REJECTED', field: null, providerCode: null, message: '현금영수증 처리가 거절되었습니다. (국세청 응답 거절)' }]);
    expect(refused.cashReceipt).toMatchObject({ state: 'FAILED', providerReceiptId: null, events: [{ to: 'ISSUING' }, { from: 'ISSUING', to: 'FAILED' }] });
    expect((await cancel(refused.cashReceipt!.id)).userErrors[0]).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('never issued') });

    const { cashReceipt } = await issue();
    await fault('decline');
    const declined = await cancel(cashReceipt!.id);
    expect(declined).toMatchObject({ cashReceipt: { state: 'ISSUED', cancelledAt: null }, userErrors: [{ code: 'PROVIDER_REJECTED' }] });
    expect((await cancel(cashReceipt!.id)).cashReceipt?.state).toBe('CANCELLED');

    // A seller whose PayApp credentials are wrong: PayApp's 70010, the account set up wrong.
    const wrong = await app.gql<any>(app.platformSecret, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, {
      input: { name: 'Misconfigured', payApp: { userId: seller.payApp.userId.replace('_', '-x-'), linkKey: 'wrong', linkValue: 'wrong' } },
    });
    const misconfigured = await issue({ sellerId: wrong.data.createSeller.seller.id }, app.platformSecret);
    expect(misconfigured).toMatchObject({ cashReceipt: { state: 'FAILED' }, userErrors: [{ code: 'PROVIDER_NOT_CONFIGURED', providerCode: '70010' }] });
  });

  it('returns the first receipt for a repeat with the same idempotency key, without a second call; another input with it is refused', async () => {
    const same = { idempotencyKey: 'receipt-once-1', tradedAt: ago(HOUR) };
    const first = await issue(same);
    const before = calls();
    const again = await issue(same);
    expect(again.cashReceipt?.id).toBe(first.cashReceipt!.id);
    expect(again.userErrors).toEqual([]);
    expect(calls()).toBe(before);
    expect((await issue({ ...same, totalAmount: 22000, supplyAmount: 20000, vatAmount: 2000 })).userErrors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED' })]);
  });

  it('leaves an unanswered issue UNKNOWN (never issued twice); only an operator settles it, then it can be cancelled', async () => {
    await fault('lost-answer'); // PayApp issues it; its answer never arrives
    const same = { idempotencyKey: 'receipt-unknown-1', tradedAt: ago(HOUR) };
    const lost = await issue(same);
    expect(lost.cashReceipt).toMatchObject({ state: 'UNKNOWN', providerReceiptId: null, events: [{ to: 'ISSUING' }, { from: 'ISSUING', to: 'UNKNOWN' }] });
    expect(lost.userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('resolveUnknownCashReceipt') })]);
    const id = lost.cashReceipt!.id;

    const before = calls();
    expect((await issue(same)).cashReceipt).toMatchObject({ id, state: 'UNKNOWN' });
    expect((await cancel(id)).userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('operator') })]);
    expect(calls()).toBe(before);

    const forbidden = await app.gql<any>(seller.key, RESOLVE, { input: { cashReceiptId: id, state: 'ISSUED', providerReceiptId: '1', note: 'x' } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noNumber = await app.gql<any>(app.platformSecret, RESOLVE, { input: { cashReceiptId: id, state: 'ISSUED', note: 'PayApp admin shows it' } });
    expect(noNumber.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [['input', 'providerReceiptId']] });

    // What PayApp's admin shows: the receipt it issued last, whose answer was lost.
    const providerReceiptId = app.sandbox.payapp.simulator.cashReceiptNumbers().at(-1) as string;
    const settled = await app.gql<{ resolveUnknownCashReceipt: Payload }>(app.platformSecret, RESOLVE, {
      input: { cashReceiptId: id, state: 'ISSUED', providerReceiptId, approvalNumber: '123456789', note: 'PayApp admin: issued at 10:02' },
    });
    expect(settled.data!.resolveUnknownCashReceipt).toMatchObject({ userErrors: [], cashReceipt: { state: 'ISSUED', providerReceiptId, approvalNumber: '123456789' } });
    expect(settled.data!.resolveUnknownCashReceipt.cashReceipt!.events.pop()).toEqual({ from: 'UNKNOWN', to: 'ISSUED', source: 'OPERATOR', note: 'PayApp admin: issued at 10:02' });
    expect((await app.gql<any>(app.platformSecret, RESOLVE, { input: { cashReceiptId: id, state: 'FAILED', note: 'again' } })).data.resolveUnknownCashReceipt.userErrors[0].code).toBe('INVALID_STATE');
    // PayApp knows that number: the cancel goes through.
    expect((await cancel(id)).cashReceipt?.state).toBe('CANCELLED');
  });

  it('leaves an unanswered cancel UNKNOWN; cancelling again settles it', async () => {
    const { cashReceipt } = await issue();
    await fault('hang'); // never processed, never answered
    const hung = await cancel(cashReceipt!.id);
    expect(hung).toMatchObject({ cashReceipt: { state: 'UNKNOWN', providerReceiptId: cashReceipt!.providerReceiptId }, userErrors: [{ code: 'PROVIDER_UNAVAILABLE' }] });
    expect(hung.userErrors[0].message).toContain('cancel it again');
    const again = await cancel(cashReceipt!.id);
    expect(again).toMatchObject({ cashReceipt: { state: 'CANCELLED' }, userErrors: [] });
    expect(again.cashReceipt!.events.map((e) => e.to)).toEqual(['ISSUING', 'ISSUED', 'CANCELLING', 'UNKNOWN', 'CANCELLING', 'CANCELLED']);
  });

  it('answers naverPayCashAmount for a Naver Pay payment only; another seller\'s is not found', async () => {
    const naverPay = await paidPayment('naverpay');
    expect((await app.gql(seller.key, NPAY, { id: naverPay.id })).data).toEqual({ naverPayCashAmount: { totalAmount: 10000, supplyAmount: 9091, vatAmount: 909 } });

    const card = await paidPayment('card');
    const byCard = await app.gql(seller.key, NPAY, { id: card.id });
    expect(byCard.data).toBeNull();
    expect(byCard.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('NAVERPAY'), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [['paymentId']] }) })]);

    for (const [key, id] of [[other.key, naverPay.id], [seller.key, 'pay_01ARZ3NDEKTSV4RRFFQ69G5FAV']]) {
      const missing = await app.gql(key, NPAY, { id });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', fields: [['paymentId']] });
    }
  });

  it('keeps no identity, phone or e-mail of a receipt in the database or the log', async () => {
    const dump = await textDump(app.db);
    const log = app.logs.text;
    for (const secret of ['01098765432', '010-9876-5432', '1234567890', '123-45-67890', '01055556666', '010-5555-6666', 'buyer@example.com']) {
      expect(dump).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
    expect(dump).toContain('*******5432');
  });
});
