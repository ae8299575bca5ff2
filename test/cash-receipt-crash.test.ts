import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createLogger } from '../src/logger';
import { Sandbox, startSandbox } from '../src/sandbox';
import { freePort } from './support/app';
import { freshDatabase } from './support/db';
import { ServiceProcess } from './support/process';

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
  let sandbox: Sandbox;
  let db: DataSource;
  let service: ServiceProcess;
  const platform = `sk_test_${randomBytes(16).toString('hex')}`;
  let sellerId: string;
  const tradedAt = new Date(Date.now() - 3_600_000).toISOString();

  const issueInput = (idempotencyKey: string) => ({
    idempotencyKey,
    sellerId,
    goodName: 'Lesson',
    buyerName: 'Kim',
    identity: '01023456789',
    tradedAt,
    purpose: 'INCOME_DEDUCTION',
    taxType: 'TAXABLE',
    totalAmount: 11000,
    supplyAmount: 10000,
    serviceFee: 0,
    vatAmount: 1000,
  });
  const waitFor = async (condition: () => boolean | Promise<boolean>, what: string) => {
    for (let i = 0; i < 400; i++) {
      if (await condition()) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${what}; the service said:\n${service.output.join('').slice(-4000)}`);
  };
  /** Kills the service while `call` waits on PayApp, and starts it again. */
  const crashDuring = async (call: () => Promise<unknown>) => {
    const calls = sandbox.payapp.providerCalls();
    await fetch(`${sandbox.payapp.url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang' }) });
    const pending = call().catch(() => undefined); // the connection dies with the process
    await waitFor(() => sandbox.payapp.providerCalls() > calls, 'the provider call');
    await service.kill();
    await pending;
    await service.start();
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: createLogger('silent') });
    const fresh = await freshDatabase(__filename);
    db = fresh.db;
    const port = await freePort();
    service = new ServiceProcess(`http://127.0.0.1:${port}`, {
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: fresh.url,
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      BOOTSTRAP_API_KEY: platform,
      PROVIDER_TIMEOUT_MS: '2000',
      MONEY_LEASE_MS: String(LEASE_MS),
      LOG_LEVEL: 'warn',
      ...sandbox.providerUrls,
    });
    await service.start();
    const payApp = { userId: 'receipt_crash', linkKey: 'lk_receipt_0123456789', linkValue: 'lv_receipt_0123456789' };
    sandbox.payapp.simulator.addSeller(payApp);
    const created = await service.gql(platform, `mutation($input: CreateSellerInput!) { createSeller(input: $input) { seller { id } } }`, { input: { name: 'Receipt seller', payApp } });
    sellerId = created.data.createSeller.seller.id;
  });

  afterAll(async () => {
    await service.stop();
    await sandbox.close();
    await db.destroy();
  });

  it('answers a retry of the interrupted issue with the same key: the receipt UNKNOWN once its lease is over, and no second issue', async () => {
    const input = issueInput('issue-crash-1');
    await crashDuring(() => service.gql(platform, ISSUE, { input }));
    const calls = sandbox.payapp.providerCalls();
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
    expect(sandbox.payapp.providerCalls()).toBe(calls);
    expect((await service.gql(platform, ISSUE, { input })).data.issueCashReceipt.cashReceipt.id).toBe(cashReceipt.id);
    expect(sandbox.payapp.providerCalls()).toBe(calls);
  });

  it('settles an interrupted cancel UNKNOWN by itself, without any retry; cancelling again then goes through', async () => {
    const issued = (await service.gql(platform, ISSUE, { input: issueInput('issue-crash-2') })).data.issueCashReceipt.cashReceipt;
    expect(issued.state).toBe('ISSUED');
    await crashDuring(() => service.gql(platform, CANCEL, { input: { cashReceiptId: issued.id, idempotencyKey: 'cancel-crash-2' } }));
    await waitFor(async () => (await service.gql(platform, READ, { id: issued.id })).data.cashReceipt.state === 'UNKNOWN', 'the lease to run out');
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
