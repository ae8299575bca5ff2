import { DataSource } from 'typeorm';
import type { SecretBox } from '../../crypto/secret-box';
import { ApiKeyRole, UserErrorCode } from '../../domain/enums';
import { notFound, Outcome, Refusal } from '../../domain/errors';
import type { DomainEventType } from '../../events/domain-events';
import { newId } from '../../ids';
import type { Actor } from '../auth/actor';
import { canSee } from '../auth/viewer';
import { isRefusal } from '../money/provider-refusals';
import type { SellerService } from '../sellers/seller.service';
import { newSigningSecret } from './signature';
import { webhookUrlProblem } from './url-policy';
import { WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity';
import type { WebhookOutbox } from './webhook-outbox';
import type { WebhookSender } from './webhook-sender';

export interface EndpointOutcome extends Outcome {
  webhookEndpoint: WebhookEndpointRow | null;
}

export interface DeliveryOutcome extends Outcome {
  delivery: WebhookDeliveryRow | null;
}

/** Who may see an endpoint: its seller, or the platform; a platform endpoint only the platform. */
export function canSeeEndpoint(actor: Pick<Actor, 'role' | 'sellerId'>, endpoint: Pick<WebhookEndpointRow, 'sellerId' | 'deletedAt'>): boolean {
  if (endpoint.deletedAt) return false;
  return endpoint.sellerId ? canSee(actor, endpoint.sellerId) : actor.role === ApiKeyRole.PLATFORM;
}

/** Webhook endpoints of sellers and of the platform, and redelivery. */
export class WebhookEndpointService {
  constructor(
    private readonly db: DataSource,
    private readonly box: SecretBox,
    private readonly sellers: SellerService,
    private readonly sender: WebhookSender,
    private readonly outbox: WebhookOutbox,
    private readonly allowPrivateUrls: boolean,
  ) {}

  /** A new endpoint; its signing secret is in the outcome, and never again. */
  async create(actor: Actor, c: { sellerId?: string; url: string; eventTypes: DomainEventType[] }): Promise<EndpointOutcome & { secret: string | null }> {
    const refuse = (refusal: Refusal) => ({ webhookEndpoint: null, secret: null, userErrors: [refusal] });
    // A PLATFORM key without a seller makes a platform endpoint; a SELLER key always its own seller's.
    const seller = actor.role === ApiKeyRole.PLATFORM && !c.sellerId ? null : await this.sellers.actingSeller(actor, c.sellerId);
    if (isRefusal(seller)) return refuse(seller);
    const urlRefusal = await this.checkUrl(c.url);
    if (urlRefusal) return refuse(urlRefusal);
    const secret = newSigningSecret();
    const now = new Date();
    const endpoint = Object.assign(new WebhookEndpointRow(), {
      id: newId('webhookEndpoint'),
      sellerId: seller?.id ?? null,
      url: c.url,
      eventTypes: [...new Set(c.eventTypes)],
      secret: this.box.seal(secret),
      enabled: true,
      disabledReason: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    await this.db.getRepository(WebhookEndpointRow).insert(endpoint);
    this.outbox.endpointsChanged(endpoint.id);
    return { webhookEndpoint: endpoint, secret, userErrors: [] };
  }

  async update(actor: Actor, c: { webhookEndpointId: string; url?: string; eventTypes?: DomainEventType[]; enabled?: boolean }): Promise<EndpointOutcome> {
    const endpoint = await this.visible(actor, c.webhookEndpointId);
    if (!endpoint) return { webhookEndpoint: null, userErrors: [notFound('webhookEndpointId', 'webhook endpoint')] };
    if (c.url !== undefined) {
      const urlRefusal = await this.checkUrl(c.url);
      if (urlRefusal) return { webhookEndpoint: endpoint, userErrors: [urlRefusal] };
    }
    const changes: Partial<WebhookEndpointRow> = {
      ...(c.url !== undefined && { url: c.url }),
      ...(c.eventTypes && { eventTypes: [...new Set(c.eventTypes)] }),
      // Turned on by a person: whatever made the service turn it off no longer stands.
      ...(c.enabled !== undefined && { enabled: c.enabled, disabledReason: null }),
      updatedAt: new Date(),
    };
    await this.db.getRepository(WebhookEndpointRow).update({ id: endpoint.id }, changes);
    this.outbox.endpointsChanged(endpoint.id);
    return { webhookEndpoint: Object.assign(endpoint, changes), userErrors: [] };
  }

  /** Deleted endpoints get nothing more and are no longer listed; their history stays for the record. */
  async delete(actor: Actor, c: { webhookEndpointId: string }): Promise<EndpointOutcome> {
    const endpoint = await this.visible(actor, c.webhookEndpointId);
    if (!endpoint) return { webhookEndpoint: null, userErrors: [notFound('webhookEndpointId', 'webhook endpoint')] };
    const changes = { enabled: false, deletedAt: new Date(), updatedAt: new Date() };
    await this.db.getRepository(WebhookEndpointRow).update({ id: endpoint.id }, changes);
    this.outbox.endpointsChanged(endpoint.id);
    return { webhookEndpoint: Object.assign(endpoint, changes), userErrors: [] };
  }

  /** A new attempt now, made before this answers, with the same webhook-id. */
  async redeliver(actor: Actor, c: { deliveryId: string }): Promise<DeliveryOutcome> {
    const delivery = await this.db.getRepository(WebhookDeliveryRow).findOneBy({ id: c.deliveryId });
    const endpoint = delivery && (await this.visible(actor, delivery.endpointId));
    if (!delivery || !endpoint) return { delivery: null, userErrors: [notFound('deliveryId', 'webhook delivery')] };
    if (!endpoint.enabled) return { delivery, userErrors: [{ field: ['deliveryId'], code: UserErrorCode.INVALID_STATE, message: 'The endpoint is disabled; enable it first' }] };
    return { delivery: await this.sender.redeliver(delivery.id), userErrors: [] };
  }

  private async visible(actor: Actor, endpointId: string): Promise<WebhookEndpointRow | null> {
    const endpoint = await this.db.getRepository(WebhookEndpointRow).findOneBy({ id: endpointId });
    return endpoint && canSeeEndpoint(actor, endpoint) ? endpoint : null;
  }

  private async checkUrl(url: string): Promise<Refusal | undefined> {
    const problem = await webhookUrlProblem(url, this.allowPrivateUrls);
    return problem ? { field: ['url'], code: UserErrorCode.INVALID_WEBHOOK_URL, message: `The URL ${problem}` } : undefined;
  }
}
