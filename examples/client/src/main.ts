import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { RecentPaymentsDocument, RequestPaymentDocument } from './operations';
import { PaymentEvent, PaymentsClient } from './payments-client';

/**
 * Runs the example client against a running service:
 *   API_URL=http://localhost:4000 KEY=sk_… SELLER=sel_… node examples/client/dist/main.js
 * Lists recent payments, requests one (twice, with one idempotency key: one payment), and waits
 * for its REQUESTED event on the live stream.
 */
async function main(): Promise<void> {
  const { API_URL = 'http://localhost:4000', KEY, SELLER } = process.env;
  if (!KEY || !SELLER) throw new Error('set KEY (an API key) and SELLER (a seller id)');
  const client = new PaymentsClient({ url: API_URL, key: KEY, webSocketImpl: WebSocket });

  const recent = await client.request(RecentPaymentsDocument, { first: 5 });
  console.log(`${recent.viewer.role} key; ${recent.payments.totalCount} payments, the latest:`);
  for (const { node } of recent.payments.edges) console.log(`  ${node.id} ${node.state} ${node.amount} (${node.remainingAmount} remaining)`);

  const seen: PaymentEvent[] = [];
  const watch = client.watchPaymentEvents({ onEvent: (event) => seen.push(event), onFailure: (reason) => console.error('live events failed:', reason) });
  await new Promise((resolve) => setTimeout(resolve, 300)); // the subscription is registered

  const input = { sellerId: SELLER, goodName: 'Example lesson', amount: 5000, buyer: { name: 'Kim', phone: '01012345678' }, idempotencyKey: randomUUID() };
  const first = await client.request(RequestPaymentDocument, { input });
  const repeat = await client.request(RequestPaymentDocument, { input });
  const payment = first.requestPayment.payment;
  if (!payment || repeat.requestPayment.payment?.id !== payment.id) throw new Error(`the repeat did not return the same payment: ${JSON.stringify([first, repeat])}`);
  console.log(`requested ${payment.id} (${payment.state}); the repeat with the same idempotency key returned it again; pay it at ${payment.payUrl}`);

  for (let waited = 0; !seen.some((e) => e.payment.id === payment.id) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const event = seen.find((e) => e.payment.id === payment.id);
  if (!event) throw new Error('no live event for the new payment within 10 s');
  console.log(`live: ${event.from ?? 'new'} → ${event.to} (${event.id})`);
  watch.stop();
  await client.close();
}

main().catch((err: unknown) => {
  console.error(`example client failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
