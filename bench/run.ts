import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { loadConfig } from '../src/config';
import { Provider } from '../src/domain/enums';
import { ensureDatabase, openDatabase } from '../src/db/data-source';
import { createLogger } from '../src/logger';
import { startSandbox } from '../src/sandbox';
import { createSchema } from '../src/schema';
import { startServer } from '../src/server';
import { createServices } from '../src/services';

/**
 * `npm run bench`: latency and throughput of the hot paths, against a fresh database on the
 * configured server and the built-in sandbox, all on this machine. Prints one table.
 */
const SERVER = process.env.BENCH_DATABASE_SERVER_URL ?? 'mysql://root@127.0.0.1:3306';
const rows: [string, string, string][] = [];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(name: string, count: number, concurrency: number, op: (i: number) => Promise<void>): Promise<void> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t = performance.now();
        await op(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  rows.push([name, `${count} × ${concurrency} at once`, `p50 ${percentile(times, 50).toFixed(1)} ms · p95 ${percentile(times, 95).toFixed(1)} ms · ${(count / total).toFixed(0)}/s`]);
}

async function main(): Promise<void> {
  const url = `${SERVER}/payments_bench`;
  await ensureDatabase(url);
  const db0 = await openDatabase({ url, migrate: false });
  await db0.query('DROP DATABASE payments_bench');
  await db0.destroy();
  const logger = createLogger('warn');
  const sandbox = await startSandbox({ logger });
  const port = 4900 + Math.floor(Math.random() * 90);
  const secret = `sk_bench_${randomBytes(8).toString('hex')}`;
  // One key drives the whole load (100 watchers, hundreds of operations a second): limits sized for it.
  const limits = { RATE_LIMIT_PER_MINUTE: '1000000', WS_MAX_CONNECTIONS_PER_KEY: '1000' };
  const config = loadConfig({ PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url, ENCRYPTION_KEY: randomBytes(32).toString('hex'), ...sandbox.providerUrls, ...limits });
  const db = await openDatabase({ url, migrate: true, poolSize: 20 });
  const services = createServices(config, db, logger);
  await services.apiKeys.ensureBootstrapKey(secret);
  const server = await startServer(services, await createSchema());
  const stopServices = await services.start();
  const payApp = { userId: 'bench_seller', linkKey: 'bench-linkkey-000000', linkValue: 'bench-linkval-000000' };
  sandbox.payapp.simulator.addSeller(payApp);
  const seller = await services.sellers.create({ name: 'Bench', accounts: [{ provider: Provider.PAYAPP, accountId: payApp.userId, secrets: { linkKey: payApp.linkKey, linkValue: payApp.linkValue } }] });
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  const REQUEST = `mutation($i: RequestPaymentInput!) { requestPayment(input: $i) { payment { id providerPaymentId } userErrors { code } } }`;
  const requested: { mulNo: string; amount: number; goodName: string }[] = [];
  await measure('requestPayment (PayApp payrequest + commit)', 300, 10, async (i) => {
    const { requestPayment } = await gql(REQUEST, { i: { sellerId: seller.id, goodName: `Item ${i}`, amount: 1000 + i, buyer: { phone: '01012345678' } } });
    requested.push({ mulNo: requestPayment.payment.providerPaymentId, amount: 1000 + i, goodName: `Item ${i}` });
  });

  const watchers = Array.from({ length: 100 }, () =>
    createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${secret}` }, lazy: false }),
  );
  let delivered = 0;
  const expected = watchers.length * 100;
  let allDelivered: () => void = () => {};
  const done = new Promise<void>((resolve) => (allDelivered = resolve));
  for (const w of watchers) {
    w.subscribe({ query: 'subscription { paymentStateChanged(states: [PAID]) { id to } }' }, { next: () => ++delivered === expected && allDelivered(), error: () => {}, complete: () => {} });
  }
  await new Promise((r) => setTimeout(r, 500));
  const fanOutStart = performance.now();
  await measure('PayApp notice → PAID (webhook, lock, commit, publish)', 100, 10, async (i) => {
    const form = new URLSearchParams({ userid: payApp.userId, linkkey: payApp.linkKey, linkval: payApp.linkValue, mul_no: requested[i].mulNo, pay_state: '4', pay_type: '1', price: String(requested[i].amount), goodname: requested[i].goodName });
    const res = await fetch(`${server.url}/webhooks/payapp`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    if ((await res.text()) !== 'SUCCESS') throw new Error(`notice refused: ${res.status}`);
  });
  await Promise.race([done, new Promise((r) => setTimeout(r, 15_000))]);
  rows.push(['live fan-out: 100 events × 100 subscribers', `${delivered} of ${expected} delivered`, `${((performance.now() - fanOutStart) / 1000).toFixed(2)} s from first pay to last delivery`]);
  await Promise.all(watchers.map((w) => w.dispose()));

  const DEEP = `{ payments(first: 100) { totalCount edges { node { id state seller { id name } events(first: 5) { edges { node { id from to } } } cashReceipts { id } } } } }`;
  await measure('payments(first: 100) with nested fields', 200, 4, async () => {
    await gql(DEEP);
  });

  await server.close();
  await stopServices();
  await services.close();
  await sandbox.close();
  await db.destroy();
  const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), 10));
  for (const r of [['benchmark', 'load', 'result'] as [string, string, string], ...rows]) console.log(r.map((cell, c) => cell.padEnd(width[c])).join(' | '));
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
