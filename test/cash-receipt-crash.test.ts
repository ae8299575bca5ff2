import { cashReceiptInput } from './support/cash-receipts';
import { CrashableService, startCrashableService } from './support/crash';
import type { ServiceProcess } from './support/process';

/**
 * The service as a real process, killed with SIGKILL while PayApp is being asked to issue or
 * cancel a cash receipt, then started again: the receipt is never stuck in flight and never
 * issued twice.
 */
const LEASE_MS = 3000;
const RECEIPT = 'id state providerReceiptId events { from to source }';
const ISSUE = `mutation($input: IssueCashReceiptInput!) { issueCashReceipt(input: $input) { cashReceipt { ${RECEIPT} } userErrors { code message } } }`;
const CANCEL = `mutation($input: CancelCashReceiptInput!) { cancelCashReceipt(input: $input) { cashReceipt { ${RECEIPT} } userErrors { code message } } }`;
const READ = `query($id: ID!) { cashReceipt(id: $id) { ${RECEIPT} } }`;

describe('a process killed while PayApp is asked about a cash receipt', () => {
  let crashable: CrashableService;
  let service: ServiceProcess;
  let platform: string;
  let sellerId: string;
  const tradedAt = new Date(Date.now() - 3_600_000).toISOString();
  const issueInput = (idempotencyKey: string) => cashReceiptInput({ idempotencyKey, sellerId, tradedAt });
  const payAppCalls = () => crashable.sandbox.payapp.providerCalls();
  const crashDuring = (call: () => Promise<unknown>) => crashable.crashDuring('payapp', call);

  beforeAll(async () => {
    crashable = await startCrashableService(__filename, LEASE_MS);
    ({ service, platform } = crashable);
    const payApp = { userId: 'receipt_crash', linkKey: 'lk_receipt_0123456789', linkValue: 'lv_receipt_0123456789' };
    crashable.sandbox.payapp.simulator.addSeller(payApp);
    const created = await service.gql(platform, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, { input: { name: 'Receipt seller', payApp } });
    sellerId = created.data.createSeller.seller.id;
  });

  afterAll(() => crashable.close());

  it('answers a retry of the interrupted issue with the same key: the receipt UNKNOWN once its lease is over, and no second issue', async () => {
    const input = issueInput('issue-crash-1');
    await crashDuring(() => service.gql(platform, ISSUE, { input }));
    const calls = payAppCalls();
    const restartedAt = Date.now();

    let answer = await service.gql(platform, ISSUE, { input });
    while (answer.data?.issueCashReceipt.userErrors[0]?.code === 'IDEMPOTENCY_KEY_IN_USE') {
      expect(Date.now() - restartedAt).toBeLessThan(LEASE_MS + 2000);
      await new Promise((r) => setTimeout(r, 100));
      answer = await service.gql(platform, ISSUE, { input });
    }
    const { cashReceipt, userErrors } = answer.data.issueCashReceipt;
    expect(cashReceipt).toMatchObject({ state: 'UNKNOWN', providerReceiptId: null, events: [{ from: null, to: 'ISSUING', source: 'API' }, { from: 'ISSUING', to: 'UNKNOWN', source: 'API' }] });
    expect(userErrors).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('stopped before it answered') })]);
    expect(payAppCalls()).toBe(calls);
    expect((await service.gql(platform, ISSUE, { input })).data.issueCashReceipt.cashReceipt.id).toBe(cashReceipt.id);
    expect(payAppCalls()).toBe(calls);
  });

  it('settles an interrupted cancel UNKNOWN by itself, without any retry; cancelling again then goes through', async () => {
    const issued = (await service.gql(platform, ISSUE, { input: issueInput('issue-crash-2') })).data.issueCashReceipt.cashReceipt;
    expect(issued.state).toBe('ISSUED');
    await crashDuring(() => service.gql(platform, CANCEL, { input: { cashReceiptId: issued.id, idempotencyKey: 'cancel-crash-2' } }));
    await crashable.waitFor(async () => (await service.gql(platform, READ, { id: issued.id })).data.cashReceipt.state === 'UNKNOWN', 'the lease to run out');
    const read = (await service.gql(platform, READ, { id: issued.id })).data.cashReceipt;
    expect(read.events.slice(-2)).toEqual([
      { from: 'ISSUED', to: 'CANCELLING', source: 'API' },
      { from: 'CANCELLING', to: 'UNKNOWN', source: 'API' },
    ]);
    // The hung call was never processed, so PayApp cancels it now.
    const again = await service.gql(platform, CANCEL, { input: { cashReceiptId: issued.id } });
    expect(again.data.cancelCashReceipt).toMatchObject({ cashReceipt: { state: 'CANCELLED' }, userErrors: [] });
  });
});
