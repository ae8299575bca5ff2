import { EntityManager, IsNull } from 'typeorm';
import { RowCache } from '../../cache/row-cache';
import type { EventBus } from '../../events/bus';
import type { DomainEvent, DomainEventSink } from '../../events/domain-events';
import { newId } from '../../ids';
import { DeliveryState, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity';

/** The JSON a receiver gets (RUNTIME.md): `{"type", "timestamp", "data"}`. */
export function webhookBody(event: DomainEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data });
}

/** How long an instance may miss an endpoint change whose bus message was lost. */
const ENDPOINTS_TTL_MS = 5_000;

/**
 * The transactional outbox: every domain event that an endpoint wants becomes a delivery row in
 * the very transaction that makes the change, so a process dying after the commit loses nothing
 * and a rolled-back change sends nothing. A seller's endpoints get its own events; platform
 * endpoints (no seller) get every seller's.
 *
 * Which endpoints listen is kept in memory per seller (most sellers have none, and every change
 * would otherwise read them): a change of any endpoint clears it here at once and, through the bus,
 * on every instance; an endpoint made on one instance hears the others' events once they have had
 * that message (at most ENDPOINTS_TTL_MS if it was lost).
 */
export class WebhookOutbox implements DomainEventSink {
  private readonly listening = new RowCache<Pick<WebhookEndpointRow, 'id' | 'sellerId' | 'eventTypes'>[]>({ max: 10_000, ttlMs: ENDPOINTS_TTL_MS });

  constructor(private readonly bus: EventBus) {
    bus.subscribe('webhookEndpointsChanged', () => this.listening.clear());
  }

  /** Call once an endpoint's change is committed. */
  endpointsChanged(endpointId: string): void {
    this.listening.clear();
    this.bus.publish('webhookEndpointsChanged', { endpointId });
  }

  async record(manager: EntityManager, event: DomainEvent): Promise<void> {
    const live = { enabled: true, deletedAt: IsNull() };
    const endpoints = await this.listening.get(event.sellerId, () =>
      manager.find(WebhookEndpointRow, { where: [{ ...live, sellerId: event.sellerId }, { ...live, sellerId: IsNull() }], select: ['id', 'sellerId', 'eventTypes'] }),
    );
    const wanting = (endpoints ?? []).filter((endpoint) => endpoint.eventTypes.includes(event.type));
    if (!wanting.length) return;
    const body = webhookBody(event);
    const now = new Date();
    await manager.insert(
      WebhookDeliveryRow,
      wanting.map((endpoint) => ({
        id: newId('webhookDelivery'),
        endpointId: endpoint.id,
        // The owner of the endpoint: who may read the delivery (platform endpoints: the platform).
        sellerId: endpoint.sellerId,
        eventType: event.type,
        eventId: event.eventId,
        subjectId: event.eventId,
        body,
        state: DeliveryState.PENDING,
        attempts: 0,
        nextAttemptAt: now,
        claimedBy: null,
        lastAttemptAt: null,
        lastStatusCode: null,
        lastError: null,
        deliveredAt: null,
        createdAt: now,
      })),
    );
  }
}
