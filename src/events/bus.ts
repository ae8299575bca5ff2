import { EventEmitter } from 'node:events';

import type { PaymentEventRow } from '../modules/payments/payment.entity';
import type { SubscriptionRow } from '../modules/subscriptions/subscription.entity';

/** Topics and what they carry. */
export interface BusMessages {
  /** A payment event was committed: the whole row, so that no subscriber has to read it again. */
  paymentEvent: PaymentEventRow;
  /** A recurring payment changed and the change was committed: the row as that change left it. */
  subscriptionChanged: { subscriptionId: string; sellerId: string; subscription: SubscriptionRow; seq: number };
  /** An API key was revoked and the revocation committed: every instance closes its sockets. */
  apiKeyRevoked: { apiKeyId: string };
  /** A webhook endpoint was made, changed, turned off or deleted: every instance forgets the endpoints it knew. */
  webhookEndpointsChanged: { endpointId: string };
}

export type Topic = keyof BusMessages;

/** Every topic, at run time (a Redis bus subscribes to each); the compiler keeps it complete. */
export const TOPICS = Object.keys({ paymentEvent: true, subscriptionChanged: true, apiKeyRevoked: true, webhookEndpointsChanged: true } satisfies Record<Topic, true>) as Topic[];

/**
 * Carries committed changes to live subscribers. Publish only after commit. The in-process bus
 * serves one instance; a Redis bus (REDIS_URL) implements the same interface for many.
 */
export interface EventBus {
  publish<T extends Topic>(topic: T, message: BusMessages[T]): void;
  subscribe<T extends Topic>(topic: T, listener: (message: BusMessages[T]) => void): () => void;
  close(): Promise<void>;
}

export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish<T extends Topic>(topic: T, message: BusMessages[T]): void {
    this.emitter.emit(topic, message);
  }

  subscribe<T extends Topic>(topic: T, listener: (message: BusMessages[T]) => void): () => void {
    this.emitter.on(topic, listener);
    return () => this.emitter.off(topic, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
