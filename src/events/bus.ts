import type { Logger } from '../logger';
import { callEach } from './listeners';
import type { CommittedPaymentEvent } from '../modules/payments/payment-event-feed';
import type { SubscriptionRow } from '../modules/subscriptions/subscription.entity';

/** Topics and what they carry. */
export interface BusMessages {
  /** A payment event was committed: the whole row and its payment as committed, so that no subscriber has to read them again. */
  paymentEvent: CommittedPaymentEvent;
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

type Listener = (message: never) => void;

/**
 * This instance's listeners, by topic. A publisher (the transaction that just committed, PayApp
 * waiting for the answer to its notice) never waits for them: `deliverLater` tells them on a later
 * turn of the event loop, in publish order (setImmediate runs its callbacks first in, first out),
 * each listener on its own.
 */
export class LocalListeners {
  private readonly byTopic = new Map<Topic, Set<Listener>>();

  constructor(private readonly logger: Logger) {}

  add<T extends Topic>(topic: T, listener: (message: BusMessages[T]) => void): () => void {
    const listeners = this.byTopic.get(topic) ?? new Set<Listener>();
    this.byTopic.set(topic, listeners.add(listener));
    return () => listeners.delete(listener);
  }

  deliver<T extends Topic>(topic: T, message: BusMessages[T]): void {
    callEach(this.byTopic.get(topic) ?? [], message as never, this.logger);
  }

  deliverLater<T extends Topic>(topic: T, message: BusMessages[T]): void {
    setImmediate(() => this.deliver(topic, message));
  }

  clear(): void {
    this.byTopic.clear();
  }
}

export class InProcessEventBus implements EventBus {
  private readonly listeners: LocalListeners;

  constructor(logger: Logger) {
    this.listeners = new LocalListeners(logger);
  }

  publish<T extends Topic>(topic: T, message: BusMessages[T]): void {
    this.listeners.deliverLater(topic, message);
  }

  subscribe<T extends Topic>(topic: T, listener: (message: BusMessages[T]) => void): () => void {
    return this.listeners.add(topic, listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
