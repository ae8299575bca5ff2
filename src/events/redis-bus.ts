import { createHash, randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { Logger } from '../logger';
import { BusMessages, EventBus, LocalListeners, Topic } from './bus';

/** JSON turns dates into strings; these fields of a topic's messages (a path, dot-separated) are dates again on arrival. */
const DATE_FIELDS: Partial<Record<Topic, string[]>> = {
  paymentEvent: ['occurredAt', ...['requestedAt', 'paidAt', 'cancelledAt', 'createdAt', 'updatedAt'].map((field) => `payment.${field}`)],
};

function reviveDate(message: Record<string, unknown>, path: string): void {
  const [head, ...rest] = path.split('.');
  const value = message[head];
  if (rest.length) {
    if (value && typeof value === 'object') reviveDate(value as Record<string, unknown>, rest.join('.'));
  } else if (typeof value === 'string') message[head] = new Date(value);
}

interface Envelope {
  /** The instance that published it: it has told its own subscribers already. */
  origin: string;
  message: unknown;
}

/**
 * The event bus across instances (REDIS_URL): a message published on one instance reaches the
 * subscribers of every instance through Redis pub/sub. Redis is a wake-up, not a log: a message may
 * be lost (Redis down, an instance restarting), so whatever must arrive is also read from the
 * database by whoever needs it (see PaymentEventFeed). Publishing never blocks or fails a caller.
 */
export class RedisEventBus implements EventBus {
  private readonly local: LocalListeners;
  private readonly instance = randomBytes(8).toString('hex');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  /** Channels are named after the database the instances share, so that deployments sharing a Redis never hear each other. */
  private readonly prefix: string;

  constructor(
    url: string,
    databaseUrl: string,
    private readonly logger: Logger,
  ) {
    this.local = new LocalListeners(logger);
    const database = new URL(databaseUrl);
    this.prefix = `payments-api:${createHash('sha256').update(`${database.host}${database.pathname}`).digest('hex').slice(0, 16)}:`;
    // Fail fast while Redis is away rather than queue: the database catch-up covers the gap.
    this.publisher = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(url);
    for (const client of [this.publisher, this.subscriber]) client.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis connection trouble'));
    this.subscriber.on('message', (channel: string, text: string) => this.receive(channel, text));
  }

  /** Subscribes to the channels of every topic; resolves once Redis has confirmed. */
  async start(topics: readonly Topic[]): Promise<void> {
    await this.subscriber.subscribe(...topics.map((topic) => this.prefix + topic));
  }

  publish<T extends Topic>(topic: T, message: BusMessages[T]): void {
    this.local.deliverLater(topic, message);
    const envelope: Envelope = { origin: this.instance, message };
    this.publisher.publish(this.prefix + topic, JSON.stringify(envelope)).catch((err: Error) => this.logger.warn({ topic, err: err.message }, 'redis publish failed; other instances catch up from the database'));
  }

  subscribe<T extends Topic>(topic: T, listener: (message: BusMessages[T]) => void): () => void {
    return this.local.add(topic, listener);
  }

  /** Whether Redis answers (for /readyz). */
  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.local.clear();
    await Promise.all([this.publisher.quit(), this.subscriber.quit()].map((quitting) => quitting.catch(() => undefined)));
  }

  private receive(channel: string, text: string): void {
    const topic = channel.slice(this.prefix.length) as Topic;
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch (err) {
      this.logger.warn({ channel, err: (err as Error).message }, 'unreadable message on the event bus');
      return;
    }
    if (envelope.origin === this.instance) return;
    const message = envelope.message as Record<string, unknown>;
    for (const path of DATE_FIELDS[topic] ?? []) reviveDate(message, path);
    this.local.deliver(topic, message as never);
  }
}
