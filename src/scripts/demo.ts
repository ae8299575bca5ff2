import { randomUUID } from 'node:crypto';
import { Api, ApiError, StateChange, describeChange, gql, watchStateChanges } from './api-client';
import { devFile, readDevFile } from './dev-files';

/**
 * `npm run demo`: the README's walkthrough as a program, against a running `npm run dev` (found
 * through what it wrote to .dev/): watch the live events, request a payment, pay it at the
 * PayApp sandbox's pay page, give part of it back, and check every step; exits 1 on any failure.
 */

const EVENT_TIMEOUT_MS = 15_000;

class DemoFailure extends Error {}

function fromDev(name: string): string {
  const value = readDevFile(name);
  if (!value) throw new DemoFailure(`no ${devFile(name)}: start npm run dev first`);
  return value;
}

/** The events seen so far, and a way to wait for the next one that matches. */
function eventLog(api: Api) {
  const seen: StateChange[] = [];
  const waiters = new Set<() => void>();
  let ended: string | undefined;
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const stop = watchStateChanges(api, {
    onConnected: () => connected(),
    onChange: (change) => {
      seen.push(change);
      console.log(`     live: ${describeChange(change)}`);
      waiters.forEach((wake) => wake());
    },
    onEnd: (reason) => {
      ended = reason;
      waiters.forEach((wake) => wake());
    },
  });
  const waitFor = (paymentId: string, to: string) =>
    new Promise<StateChange>((resolve, reject) => {
      const check = () => {
        const match = seen.find((change) => change.payment.id === paymentId && change.to === to);
        if (!match && !ended) return;
        waiters.delete(check);
        clearTimeout(timer);
        if (match) resolve(match);
        else reject(new DemoFailure(`live events stopped: ${ended}`));
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new DemoFailure(`no ${to} event for ${paymentId} within ${EVENT_TIMEOUT_MS / 1000} s`));
      }, EVENT_TIMEOUT_MS);
      waiters.add(check);
      check();
    });
  return { ready, waitFor, stop };
}

interface PaymentPayload {
  payment: { id: string; state: string; providerPaymentId: string | null; payUrl: string | null; amount: number; cancelledAmount: number; remainingAmount: number } | null;
  userErrors: { code: string; message: string }[];
}

const PAYMENT_FIELDS = 'payment { id state providerPaymentId payUrl amount cancelledAmount remainingAmount } userErrors { code message }';

function accepted(step: string, payload: PaymentPayload): NonNullable<PaymentPayload['payment']> {
  if (payload.userErrors.length || !payload.payment) throw new DemoFailure(`${step} was refused: ${payload.userErrors.map((e) => `${e.code} ${e.message}`).join('; ')}`);
  return payload.payment;
}

async function main(): Promise<void> {
  const api: Api = { url: fromDev('api-url'), key: fromDev('platform-key') };
  const sellerId = fromDev('seller-id');
  console.log(`Payments API at ${api.url}, demo seller ${sellerId}\n`);

  console.log('1. Watch the payments live (paymentStateChanged over graphql-ws)');
  const events = eventLog(api);
  await events.ready;

  console.log('2. Ask a buyer to pay 10,000 won (requestPayment → PayApp payrequest)');
  const requested = accepted(
    'requestPayment',
    (
      await gql<{ requestPayment: PaymentPayload }>(api, `mutation($i: RequestPaymentInput!) { requestPayment(input: $i) { ${PAYMENT_FIELDS} } }`, {
        i: { sellerId, goodName: 'Lesson', amount: 10000, buyer: { name: 'Lee', phone: '01012345678' }, idempotencyKey: randomUUID() },
      })
    ).requestPayment,
  );
  console.log(`   ${requested.id}: ${requested.state}, mul_no ${requested.providerPaymentId}, pay page ${requested.payUrl}`);
  await events.waitFor(requested.id, 'REQUESTED');

  console.log('3. Be the buyer: pay by card on the pay page');
  if (!requested.payUrl) throw new DemoFailure('the payment has no payUrl');
  const paid = await fetch(requested.payUrl, { method: 'POST', body: new URLSearchParams({ method: 'card', card_number: '4111111111111111', card_expiry: '12/39' }), redirect: 'manual' });
  if (paid.status !== 303) throw new DemoFailure(`the pay page answered ${paid.status}: ${await paid.text()}`);
  await events.waitFor(requested.id, 'PAID');

  console.log('4. Give 3,000 back (cancelPayment with an amount → PayApp partial cancel)');
  const cancelled = accepted(
    'cancelPayment',
    (
      await gql<{ cancelPayment: PaymentPayload }>(api, `mutation($i: CancelPaymentInput!) { cancelPayment(input: $i) { ${PAYMENT_FIELDS} } }`, {
        i: { paymentId: requested.id, amount: 3000, reason: 'partial refund', idempotencyKey: randomUUID() },
      })
    ).cancelPayment,
  );
  console.log(`   ${cancelled.state}: cancelled ${cancelled.cancelledAmount}, remaining ${cancelled.remainingAmount}`);
  if (cancelled.state !== 'PARTIALLY_CANCELLED' || cancelled.remainingAmount !== 7000) throw new DemoFailure('expected PARTIALLY_CANCELLED with 7000 remaining');
  await events.waitFor(requested.id, 'PARTIALLY_CANCELLED');

  console.log('5. Read its history back (Payment.events, newest first)');
  const { payment } = await gql<{ payment: { events: { edges: { node: { from: string | null; to: string; source: string } }[] } } }>(
    api,
    'query($id: ID!) { payment(id: $id) { events(first: 10) { edges { node { from to source } } } } }',
    { id: requested.id },
  );
  for (const { node } of payment.events.edges) console.log(`   ${node.from ?? 'new'} → ${node.to} (${node.source})`);

  events.stop();
  console.log('\nThe demo ran every step.');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const known = err instanceof DemoFailure || err instanceof ApiError;
    console.error(`npm run demo failed: ${known ? err.message : String((err as Error).stack ?? err)}`);
    process.exit(1);
  },
);
