import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config';
import { Provider } from '../domain/enums';
import { openDatabase } from '../db/data-source';
import { createLogger } from '../logger';
import { SellerRow } from '../modules/sellers/seller.entity';
import { projectRoot } from '../project-root';
import { Sandbox, startSandbox } from '../sandbox';
import { createSchema } from '../schema';
import { startServer } from '../server';
import { createServices, Services } from '../services';
import { DEV_DIR, devSecret, writeDevFile } from './dev-files';
import { devPorts, ensurePortsFree, PortError } from './ports';

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
async function demoSeller(services: Services, sandbox: Sandbox): Promise<SellerRow> {
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
 * and the API pointed at it (with the GraphQL IDE holding the platform key and the sandbox
 * console), writes what the walkthrough needs to .dev/ and prints it.
 */
async function main(): Promise<void> {
  const env = process.env;
  const ports = devPorts(env);
  await ensurePortsFree([ports.api, ports.payapp, ports.welcome, ports.payup], env.HOST || '0.0.0.0');
  const sandbox = await startSandbox({
    logger: createLogger(env.LOG_LEVEL ?? 'info').child({ in: 'sandbox' }),
    ports: { payapp: ports.payapp.port, welcome: ports.welcome.port, payup: ports.payup.port },
  });
  const config = loadConfig({
    ...env,
    ...sandbox.providerUrls,
    // Development receivers run on this machine (RUNTIME.md: true under npm run dev).
    WEBHOOK_ALLOW_PRIVATE_URLS: env.WEBHOOK_ALLOW_PRIVATE_URLS ?? 'true',
    // The sandbox accepts any reseller id: registerPayAppSeller works out of the box.
    PAYAPP_RESELLER_ID: env.PAYAPP_RESELLER_ID ?? 'sandbox_reseller',
    ENCRYPTION_KEY: env.ENCRYPTION_KEY ?? devSecret('encryption-key', () => randomBytes(32).toString('hex')),
    BOOTSTRAP_API_KEY: env.BOOTSTRAP_API_KEY ?? devSecret('platform-key', () => `sk_dev_${randomBytes(24).toString('base64url')}`),
  });
  const key = config.bootstrapApiKey as string;
  const logger = createLogger(config.logLevel);
  const db = await openDatabase({ url: config.databaseUrl, migrate: true });
  // One clock: POST /_sandbox/clock moves the sandbox and the scheduler, which then charges what fell due.
  const services = createServices(config, db, logger, { clock: sandbox.clock });
  sandbox.clock.onChange(() => void services.scheduler.runDue().catch((err: unknown) => logger.error({ err }, 'scheduler pass failed')));
  await services.apiKeys.ensureBootstrapKey(key);
  const seller = await demoSeller(services, sandbox);
  const server = await startServer(services, await createSchema(), {
    ideHeaders: { authorization: `Bearer ${key}` },
    sandboxConsole: { key },
  });
  const stopWorkers = await services.start();

  const api = `http://localhost:${config.port}`;
  writeDevFile('platform-key', key);
  writeDevFile('seller-id', seller.id);
  writeDevFile('api-url', api);
  writeDevFile('payapp-url', sandbox.payapp.url);
  console.log(
    [
      '',
      `  GraphQL (HTTP and WebSocket)  ${api}/graphql   (open it in a browser: GraphiQL, with the key below)`,
      `  Sandbox console               ${api}/sandbox   (payments, billing keys, subscriptions, live)`,
      `  Platform API key              ${key}`,
      `  Demo seller id                ${seller.id}`,
      `  PayApp sandbox                ${sandbox.payapp.url}   (a payment's payUrl is its pay page)`,
      `  Payup sandbox                 ${sandbox.payup.url}`,
      `  Welcome sandbox               ${sandbox.welcome.url}`,
      `  Test clock                    POST ${sandbox.payapp.url}/_sandbox/clock {"advanceDays":30} (the sandbox and the scheduler)`,
      '',
      `  Written to ${DEV_DIR}: platform-key, seller-id, api-url, payapp-url`,
      `  The README's walkthrough starts with:  ROOT=${projectRoot()}`,
      `  Or run it all at once:  npm --prefix ${projectRoot()} run demo`,
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
  if (err instanceof PortError) console.error(`npm run dev: ${err.message}`);
  else createLogger().fatal({ err }, 'dev start failed');
  process.exit(1);
});
