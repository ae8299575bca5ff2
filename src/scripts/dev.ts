import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { Provider } from '../domain/enums';
import { openDatabase } from '../db/data-source';
import { createLogger } from '../logger';
import { SellerRow } from '../modules/sellers/seller.entity';
import { startSandbox } from '../sandbox';
import { createSchema } from '../schema';
import { startServer } from '../server';
import { createServices, Services } from '../services';

const DEV_DIR = join(__dirname, '..', '..', '..', '.dev');

/** A value kept across dev restarts (secrets sealed with the key must stay readable). */
function devSecret(name: string, make: () => string): string {
  mkdirSync(DEV_DIR, { recursive: true });
  const file = join(DEV_DIR, name);
  if (!existsSync(file)) writeFileSync(file, make(), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

const DEMO = {
  name: 'Demo seller',
  payApp: { userId: 'demo_seller', linkKey: 'demo-linkkey-0123456789', linkValue: 'demo-linkval-0123456789' },
  payup: { merchantId: 'demomerchant', apiCertKey: '25bcd7a82f5b4058818462cc7715964c' },
  welcome: { mid: 'demowelcom', mkey: 'demo-mkey-0123456789' },
};

async function sandboxPost(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`the sandbox refused ${url}: ${res.status}`);
}

/** The demo seller, with accounts at every sandbox provider (the sandbox forgets them on restart). */
async function demoSeller(services: Services, sandbox: Awaited<ReturnType<typeof startSandbox>>): Promise<SellerRow> {
  sandbox.payapp.simulator.addSeller(DEMO.payApp);
  await sandboxPost(`${sandbox.payup.url}/_sandbox/payup/merchants`, DEMO.payup);
  await sandboxPost(`${sandbox.welcome.url}/_sandbox/welcome/merchants`, DEMO.welcome);
  const existing = await services.sellers.findByAccount(Provider.PAYAPP, DEMO.payApp.userId);
  if (existing) return (await services.db.getRepository(SellerRow).findOneByOrFail({ id: existing.sellerId }));
  return services.sellers.create({
    name: DEMO.name,
    accounts: [
      { provider: Provider.PAYAPP, accountId: DEMO.payApp.userId, secrets: { linkKey: DEMO.payApp.linkKey, linkValue: DEMO.payApp.linkValue } },
      { provider: Provider.PAYUP, accountId: DEMO.payup.merchantId, secrets: { apiCertKey: DEMO.payup.apiCertKey } },
      { provider: Provider.WELCOME, accountId: DEMO.welcome.mid, secrets: { mkey: DEMO.welcome.mkey } },
    ],
  });
}

/**
 * `npm run dev`: the quick start. Creates and migrates the database, starts the provider sandbox
 * and the API pointed at it, and prints what a first request needs.
 */
async function main(): Promise<void> {
  const env = process.env;
  const sandboxLogger = createLogger(env.LOG_LEVEL ?? 'info').child({ in: 'sandbox' });
  const sandbox = await startSandbox({
    logger: sandboxLogger,
    ports: { payapp: Number(env.SANDBOX_PAYAPP_PORT ?? 4101), welcome: Number(env.SANDBOX_WELCOME_PORT ?? 4102), payup: Number(env.SANDBOX_PAYUP_PORT ?? 4103) },
  });
  const config = loadConfig({
    ...env,
    ...sandbox.providerUrls,
    // Development receivers run on this machine (RUNTIME.md: true under npm run dev).
    WEBHOOK_ALLOW_PRIVATE_URLS: env.WEBHOOK_ALLOW_PRIVATE_URLS ?? 'true',
    ENCRYPTION_KEY: env.ENCRYPTION_KEY ?? devSecret('encryption-key', () => randomBytes(32).toString('hex')),
    BOOTSTRAP_API_KEY: env.BOOTSTRAP_API_KEY ?? devSecret('platform-key', () => `sk_dev_${randomBytes(24).toString('base64url')}`),
  });
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({ url: config.databaseUrl, migrate: true });
  // One clock: POST /_sandbox/clock moves the sandbox and the scheduler, which then charges what fell due.
  const services = createServices(config, db, logger, { clock: sandbox.clock });
  sandbox.clock.onChange(() => void services.scheduler.runDue().catch((err: unknown) => logger.error({ err }, 'scheduler pass failed')));
  await services.apiKeys.ensureBootstrapKey(config.bootstrapApiKey as string);
  const seller = await demoSeller(services, sandbox);
  const server = await startServer(services, await createSchema());
  const stopWorkers = await services.start();

  const graphqlUrl = `http://localhost:${config.port}/graphql`;
  console.log(
    [
      '',
      `  GraphQL (HTTP and WebSocket)  ${graphqlUrl}`,
      `  Platform API key              ${config.bootstrapApiKey}`,
      `  Demo seller id                ${seller.id}`,
      `  PayApp sandbox                ${sandbox.payapp.url}  (pay a request: POST /_sandbox/payapp/pay?mul_no=…&method=card)`,
      `  Payup sandbox                 ${sandbox.payup.url}`,
      `  Welcome sandbox               ${sandbox.welcome.url}`,
      `  Test clock                    POST ${sandbox.payapp.url}/_sandbox/clock {"advanceDays":30} (the sandbox and the scheduler)`,
      '',
    ].join('\n'),
  );

  const stop = () => {
    void server
      .close()
      .then(stopWorkers)
      .then(() => services.close())
      .then(() => sandbox.close())
      .then(() => db.destroy())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  createLogger().fatal({ err }, 'dev start failed');
  process.exit(1);
});
