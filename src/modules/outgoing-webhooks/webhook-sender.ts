import { randomBytes } from 'node:crypto';
import { Agent, request } from 'undici';
import { DataSource, In } from 'typeorm';
import type { SecretBox } from '../../crypto/secret-box';
import type { Logger } from '../../logger';
import type { Metrics } from '../../metrics';
import { signatureOf } from './signature';
import { publicOnlyLookup, webhookUrlProblem } from './url-policy';
import { DeliveryState, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity';
import type { WebhookOutbox } from './webhook-outbox';

export interface WebhookSenderOptions {
  /** Seconds between attempts; after the last one fails, the delivery is FAILED. */
  retryDelaysS: readonly number[];
  allowPrivateUrls: boolean;
}

/** RUNTIME.md: an answer other than 2xx within 15 seconds is a failed attempt. */
const ATTEMPT_TIMEOUT_MS = 15_000;
/** A claimed delivery is another instance's again after this, should its sender die mid-attempt. */
const CLAIM_LEASE_MS = ATTEMPT_TIMEOUT_MS + 30_000;
/** Deliveries one pass claims, and so sends at once. */
const BATCH = 10;
/** A delay is lengthened by up to this share, so that retries of many deliveries do not arrive in step. */
const JITTER = 0.1;

type AttemptResult = { status: number } | { error: string };

/**
 * Sends due webhook deliveries. Any number of instances run it: a pass claims its deliveries with
 * `SELECT … FOR UPDATE SKIP LOCKED` and a lease, so each attempt is made by one instance, and a
 * claim whose instance died is taken over once its lease runs out. Every attempt carries the same
 * `webhook-id` (the delivery's id), a fresh `webhook-timestamp` and its signature; redirects are
 * not followed; 410 Gone disables the endpoint.
 */
export class WebhookSender {
  private readonly agent: Agent;

  constructor(
    private readonly db: DataSource,
    private readonly box: SecretBox,
    private readonly options: WebhookSenderOptions,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    private readonly outbox: WebhookOutbox,
  ) {
    // Outside development, the address is checked when the socket connects: DNS rebinding cannot reach inside.
    this.agent = new Agent({ connect: options.allowPrivateUrls ? {} : { lookup: publicOnlyLookup as never }, keepAliveTimeout: 5_000 });
    metrics.oldestPendingDeliveryAgeSeconds = async () => {
      const [row] = await this.db.query("SELECT MIN(created_at) AS oldest FROM webhook_deliveries WHERE state = 'PENDING'");
      return row?.oldest ? (Date.now() - new Date(row.oldest).getTime()) / 1000 : 0;
    };
  }

  /** One pass: claims the deliveries that are due and makes one attempt of each. Returns how many. */
  async runDue(): Promise<number> {
    const claimed = await this.claimDue();
    await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
    return claimed.length;
  }

  /** A new attempt now, with the same webhook-id, whatever the delivery's state (the retry schedule is not reset). */
  async redeliver(deliveryId: string): Promise<WebhookDeliveryRow | null> {
    const owner = randomBytes(8).toString('hex');
    const claimed = await this.db.getRepository(WebhookDeliveryRow).update(
      { id: deliveryId },
      { state: DeliveryState.PENDING, claimedBy: owner, nextAttemptAt: new Date(Date.now() + CLAIM_LEASE_MS) },
    );
    if (!claimed.affected) return null;
    const delivery = await this.db.getRepository(WebhookDeliveryRow).findOneByOrFail({ id: deliveryId });
    return this.attempt(delivery);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async claimDue(): Promise<WebhookDeliveryRow[]> {
    const owner = randomBytes(8).toString('hex');
    const now = new Date();
    const ids = await this.db.transaction(async (manager) => {
      const due: { id: string }[] = await manager.query(
        "SELECT id FROM webhook_deliveries WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED",
        [now, BATCH],
      );
      if (due.length) await manager.update(WebhookDeliveryRow, { id: In(due.map((d) => d.id)) }, { claimedBy: owner, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS) });
      return due.map((d) => d.id);
    });
    return ids.length ? this.db.getRepository(WebhookDeliveryRow).findBy({ id: In(ids), claimedBy: owner }) : [];
  }

  /** One attempt of a claimed delivery, and what it changes; the updated delivery. */
  private async attempt(delivery: WebhookDeliveryRow): Promise<WebhookDeliveryRow> {
    const endpoint = await this.db.getRepository(WebhookEndpointRow).findOneBy({ id: delivery.endpointId });
    const started = Date.now();
    const result: AttemptResult = !endpoint || endpoint.deletedAt ? { error: 'the endpoint was deleted' } : !endpoint.enabled ? { error: 'the endpoint is disabled' } : await this.post(endpoint, delivery);
    this.metrics.webhookAttemptSeconds.observe((Date.now() - started) / 1000);
    const attempts = delivery.attempts + 1;
    const now = new Date();
    const succeeded = 'status' in result && result.status >= 200 && result.status < 300;
    const gone = 'status' in result && result.status === 410;
    const retryIn = this.options.retryDelaysS[attempts - 1];
    const outcome = succeeded ? 'succeeded' : gone || retryIn === undefined || !endpoint?.enabled || endpoint.deletedAt ? 'failed' : 'retrying';
    const changes: Partial<WebhookDeliveryRow> = {
      attempts,
      lastAttemptAt: now,
      lastStatusCode: 'status' in result ? result.status : null,
      lastError: 'error' in result ? result.error.slice(0, 500) : succeeded ? null : `HTTP ${result.status}`,
      claimedBy: null,
      state: outcome === 'succeeded' ? DeliveryState.SUCCEEDED : outcome === 'failed' ? DeliveryState.FAILED : DeliveryState.PENDING,
      nextAttemptAt: outcome === 'retrying' ? new Date(now.getTime() + retryIn * 1000 * (1 + Math.random() * JITTER)) : null,
      deliveredAt: succeeded ? now : null,
    };
    // Only while the claim is ours: a sender that outlived its lease must not overwrite a newer attempt.
    await this.db.getRepository(WebhookDeliveryRow).update({ id: delivery.id, claimedBy: delivery.claimedBy ?? undefined }, changes);
    if (gone && endpoint) await this.disable(endpoint, 'the endpoint answered 410 Gone');
    this.metrics.webhookAttempts.inc({ outcome });
    this.logger.info({ deliveryId: delivery.id, endpointId: delivery.endpointId, eventType: delivery.eventType, attempt: attempts, outcome, status: changes.lastStatusCode, error: changes.lastError }, 'webhook delivery attempt');
    return Object.assign(delivery, changes);
  }

  private async post(endpoint: WebhookEndpointRow, delivery: WebhookDeliveryRow): Promise<AttemptResult> {
    const problem = await webhookUrlProblem(endpoint.url, this.options.allowPrivateUrls);
    if (problem) return { error: `the URL ${problem}` };
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = this.box.open<string>(endpoint.secret);
    try {
      const res = await request(endpoint.url, {
        method: 'POST',
        body: delivery.body,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'payments-graphql-api-webhooks/1',
          'webhook-id': delivery.id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatureOf(secret, delivery.id, timestamp, delivery.body),
        },
        dispatcher: this.agent,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await res.body.dump();
      return { status: res.statusCode };
    } catch (err) {
      const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
      return { error: code === 'EWEBHOOKPRIVATE' ? 'the URL resolves to a non-public address' : `${(err as Error).name}: ${code ?? (err as Error).message}` };
    }
  }

  private async disable(endpoint: WebhookEndpointRow, reason: string): Promise<void> {
    await this.db.getRepository(WebhookEndpointRow).update({ id: endpoint.id }, { enabled: false, disabledReason: reason, updatedAt: new Date() });
    this.outbox.endpointsChanged(endpoint.id);
    this.logger.warn({ endpointId: endpoint.id, reason }, 'webhook endpoint disabled');
  }
}
