import type { TestApp } from './app';
import type { TestSeller } from './sellers';

/** Drives the PayApp sandbox as a buyer (or PayApp itself) would. */
export async function sandboxAction(app: TestApp, path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${app.sandbox.payapp.url}/_sandbox/payapp/${path}`, { method: 'POST' });
  if (!res.ok) throw new Error(`sandbox ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Waits until every notice the sandbox sent has been answered. */
export const noticesDelivered = (app: TestApp) => app.sandbox.payapp.simulator.idle();

/** POSTs a PayApp-shaped notice to the service's webhook, as PayApp would (to the feedbackurl we gave: `query` is its query string). */
export async function postNotice(app: TestApp, seller: TestSeller, fields: Record<string, string>, query = ''): Promise<{ status: number; body: string }> {
  const form = new URLSearchParams({ userid: seller.payApp.userId, linkkey: seller.payApp.linkKey, linkval: seller.payApp.linkValue, ...fields });
  const res = await fetch(`${app.url}/webhooks/payapp${query}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  return { status: res.status, body: await res.text() };
}
