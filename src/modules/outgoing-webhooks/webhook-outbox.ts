import { EntityManager, IsNull } from 'typeorm';
import type { DomainEvent, DomainEventSink } from '../../events/domain-events';
import { newId } from '../../ids';
import { DeliveryState, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity';

/** The JSON a receiver gets (RUNTIME.md): `{"type", "timestamp", "data"}`. */
export function webhookBody(event: DomainEvent): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data });
}

/**
 * The transactional outbox: every domain event that an endpoint wants becomes a delivery row in
 * the very transaction that makes the change, so a process dying after the commit loses nothing
 * and a rolled-back change sends nothing. A seller's endpoints get its own events; platform
 * endpoints (no seller) get every seller's.
 */
export class WebhookOutbox implements DomainEventSink {
  async record(manager: EntityManager, event: DomainEvent): Promise<void> {
    const live = { enabled: true, deletedAt: IsNull() };
    const endpoints = await manager.find(WebhookEndpointRow, { where: [{ ...live, sellerId: event.sellerId }, { ...live, sellerId: IsNull() }], select: ['id', 'sellerId', 'eventTypes'] });
    const wanting = endpoints.filter((endpoint) => endpoint.eventTypes.includes(event.type));
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
