import { createClient } from 'graphql-ws';
import { Html, html } from '../../src/web/html';
import type { ConsolePaymentEventsSubscription, ConsolePaymentFragment, ConsoleQuery, TypedDocumentString } from './gql/graphql';
import { ConsoleDocument, PaymentEventsDocument } from './operations';

/**
 * The sandbox console: lists the viewer's payments, billing keys and subscriptions, and moves
 * each payment as paymentStateChanged reports it, without a reload. It is also a working example
 * of a consumer: typed documents (GraphQL Code Generator's client preset), fetch for queries,
 * graphql-ws for the live events.
 */

type PaymentEvent = ConsolePaymentEventsSubscription['paymentStateChanged'];
type Seller = ConsoleQuery['sellers']['edges'][number]['node'];

const config = JSON.parse(document.getElementById('console-config')?.textContent ?? '{}') as { key: string; endpoint: string };
const authorization = `Bearer ${config.key}`;

async function query<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const res = await fetch(config.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: { message: string }[] };
  if (!body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`);
  return body.data;
}

const view = {
  viewer: '',
  payments: [] as ConsolePaymentFragment[],
  totalCount: 0,
  events: [] as PaymentEvent[],
  sellers: [] as Seller[],
  /** Payments that changed since the page loaded, highlighted. */
  changed: new Set<string>(),
  error: '',
};

const money = (amount: number | null | undefined, currency: string) =>
  amount === null || amount === undefined ? '' : currency === 'KRW' ? `${amount.toLocaleString('ko-KR')}원` : `${(amount / 100).toFixed(2)} ${currency}`;
const time = (iso: string) => new Date(iso).toLocaleTimeString();
const state = (value: string, testId?: string) => html`<span class="state" data-state="${value}" data-testid="${testId}">${value}</span>`;

function paymentsTable(): Html {
  if (!view.payments.length) return html`<p class="note">No payments yet: request one (README, step 2) and it appears here.</p>`;
  return html`<table><thead><tr><th>Payment</th><th>Seller</th><th>Good</th><th>Amount</th><th>Cancelled</th><th>Method</th><th>State</th><th>Updated</th></tr></thead><tbody>
    ${view.payments.map(
      (p) => html`<tr data-testid="payment-${p.id}" style="${view.changed.has(p.id) ? 'background:#f3f8ff' : ''}">
        <td><code>${p.id}</code><br><small>${p.provider} ${p.providerPaymentId}</small>${p.payUrl ? html` <small><a href="${p.payUrl}" target="_blank">pay page</a></small>` : ''}</td>
        <td>${p.seller.name}</td><td>${p.goodName}</td><td>${money(p.amount, p.currency)}</td><td>${money(p.cancelledAmount || null, p.currency)}</td>
        <td>${p.method}</td><td>${state(p.state, `state-${p.id}`)}</td><td>${time(p.updatedAt)}</td></tr>`,
    )}</tbody></table>`;
}

function eventsList(): Html {
  if (!view.events.length) return html`<p class="note">Waiting for state changes…</p>`;
  return html`<ol reversed data-testid="events">${view.events.map(
    (e) => html`<li><code>${time(e.occurredAt)}</code> ${e.from ? state(e.from) : ''} → ${state(e.to)} <code>${e.payment.id}</code> ${money(e.amount, e.payment.currency)} <small>${e.source}</small></li>`,
  )}</ol>`;
}

function billingKeysTable(): Html {
  const keys = view.sellers.flatMap((s) => s.billingKeys.edges.map((e) => ({ seller: s.name, ...e.node })));
  if (!keys.length) return html`<p class="note">No billing keys.</p>`;
  return html`<table><thead><tr><th>Billing key</th><th>Seller</th><th>Provider</th><th>Method</th><th>Card</th><th>State</th></tr></thead><tbody>
    ${keys.map((k) => html`<tr><td><code>${k.id}</code></td><td>${k.seller}</td><td>${k.provider}</td><td>${k.method}</td><td>${k.cardName} ${k.maskedCardNumber}</td><td>${state(k.state)}</td></tr>`)}
  </tbody></table>`;
}

function subscriptionsTable(): Html {
  const subscriptions = view.sellers.flatMap((s) => s.subscriptions.edges.map((e) => ({ seller: s.name, ...e.node })));
  if (!subscriptions.length) return html`<p class="note">No subscriptions.</p>`;
  return html`<table><thead><tr><th>Subscription</th><th>Seller</th><th>Good</th><th>Amount</th><th>Next charge</th><th>State</th></tr></thead><tbody>
    ${subscriptions.map((s) => html`<tr><td><code>${s.id}</code></td><td>${s.seller}</td><td>${s.goodName}</td><td>${money(s.amount, 'KRW')}</td><td>${s.nextChargeOn}</td><td>${state(s.state)}</td></tr>`)}
  </tbody></table>`;
}

function render(): void {
  const root = document.getElementById('console');
  if (!root) return;
  root.innerHTML = html`
    ${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ''}
    <section class="card"><h2>Payments <small class="note">${view.totalCount} in all · ${view.viewer}</small></h2>${paymentsTable()}</section>
    <section class="card"><h2>Live events <small class="note">paymentStateChanged</small></h2>${eventsList()}</section>
    <section class="card"><h2>Billing keys</h2>${billingKeysTable()}</section>
    <section class="card"><h2>Subscriptions</h2>${subscriptionsTable()}</section>`.text;
}

async function load(): Promise<void> {
  try {
    const data = await query(ConsoleDocument);
    view.viewer = data.viewer.seller ? `seller ${data.viewer.seller.name}` : `${data.viewer.role} key`;
    view.payments = data.payments.edges.map((e) => e.node);
    view.totalCount = data.payments.totalCount;
    view.sellers = data.sellers.edges.map((e) => e.node);
    view.error = '';
  } catch (err) {
    view.error = `Could not load: ${(err as Error).message}`;
  }
  render();
}

function apply(event: PaymentEvent): void {
  const index = view.payments.findIndex((p) => p.id === event.payment.id);
  if (index >= 0) view.payments[index] = event.payment;
  else {
    view.payments.unshift(event.payment);
    view.totalCount++;
  }
  view.changed.add(event.payment.id);
  view.events = [event, ...view.events].slice(0, 50);
  render();
}

function setConnection(text: string): void {
  const badge = document.getElementById('connection');
  if (badge) badge.textContent = text;
}

/** Live events; the lists are (re)read on every connect, so nothing missed while offline stays stale. */
function watch(): void {
  const client = createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${config.endpoint}`,
    connectionParams: { authorization },
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connected: () => {
        setConnection('live');
        void load();
      },
      closed: () => setConnection('reconnecting…'),
    },
  });
  client.subscribe<ConsolePaymentEventsSubscription>(
    { query: PaymentEventsDocument.toString() },
    {
      next: ({ data, errors }) => {
        if (data) apply(data.paymentStateChanged);
        if (errors) view.error = errors.map((e) => e.message).join('; ');
      },
      error: (err) => {
        view.error = `Live events stopped: ${err instanceof Error ? err.message : 'the connection closed'}`;
        render();
      },
      complete: () => {},
    },
  );
}

render();
watch();
