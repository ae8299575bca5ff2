import type { TestApp } from './app';

import { ApiKeyRole, CreateApiKeyDocument, CreateSellerDocument } from '../generated/operations';

async function sandboxPost(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`sandbox refused ${url}: ${res.status} ${await res.text()}`);
}

export interface TestSeller {
  id: string;
  /** A SELLER key's secret. */
  key: string;
  payApp: { userId: string; linkKey: string; linkValue: string };
  payup: { merchantId: string; apiCertKey: string };
  welcome: { mid: string; mkey: string };
}

/**
 * A seller with accounts at every sandbox provider, created through the API as a platform would,
 * and a SELLER key for it.
 */
export async function createSandboxSeller(app: TestApp, name: string): Promise<TestSeller> {
  const tag = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const payApp = { userId: `${tag}_payapp`, linkKey: `lk_${tag}_0123456789`, linkValue: `lv_${tag}_0123456789` };
  const payup = { merchantId: `${tag}mid`, apiCertKey: `${tag}0123456789abcdef0123456789abcd`.slice(0, 32) };
  const welcome = { mid: `w${tag}`.slice(0, 10), mkey: `mk_${tag}_0123456789` };
  await sandboxPost(`${app.sandbox.payapp.url}/_sandbox/payapp/sellers`, payApp);
  await sandboxPost(`${app.sandbox.payup.url}/_sandbox/payup/merchants`, payup);
  await sandboxPost(`${app.sandbox.welcome.url}/_sandbox/welcome/merchants`, welcome);
  const created = await app.gql(app.platformSecret, CreateSellerDocument, { input: { name, payApp, payup, welcome } });
  const id = created.data!.createSeller.seller!.id;
  const key = await app.gql(app.platformSecret, CreateApiKeyDocument, { input: { role: 'SELLER' satisfies ApiKeyRole, sellerId: id, name: `${name} app` } });
  return { id, key: key.data!.createApiKey.secret!, payApp, payup, welcome };
}

/** How many requests the service sent to a provider, read from its debug log. */
export function providerRequests(app: TestApp, provider: 'PAYAPP' | 'PAYUP' | 'WELCOME'): number {
  return app.logs.text.split('\n').filter((line) => line.includes('"msg":"provider request"') && line.includes(`"provider":"${provider}"`)).length;
}
