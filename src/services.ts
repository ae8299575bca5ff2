import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { Clock, systemClock } from './clock';
import { Config } from './config';
import { SecretBox } from './crypto/secret-box';
import type { Logger } from './logger';
import { EventBus, InProcessEventBus, TOPICS } from './events/bus';
import { RedisEventBus } from './events/redis-bus';
import { PaymentEventFeed, paymentEventFeed } from './modules/payments/payment-event-feed';
import { SubscriptionFeed, subscriptionFeed } from './modules/subscriptions/subscription-feed';
import { DomainEvents } from './events/domain-events';
import { Metrics } from './metrics';
import { ApiKeyService } from './modules/auth/api-key.service';
import { IdempotencyService } from './modules/idempotency/idempotency.service';
import { MoneyMovements } from './modules/money/money-movements';
import { ProviderAccess } from './modules/money/provider-access';
import { PaymentLedger } from './modules/payments/payment-ledger';
import { PaymentNotices } from './modules/payments/payment-notices';
import { PaymentService } from './modules/payments/payment.service';
import { UnknownPaymentService } from './modules/payments/unknown-payments';
import { createProviderRegistry, ProviderRegistry } from './providers/registry';
import { SellerService } from './modules/sellers/seller.service';
import { WebhookEndpointService } from './modules/outgoing-webhooks/webhook-endpoint.service';
import { WebhookOutbox } from './modules/outgoing-webhooks/webhook-outbox';
import { WebhookSender } from './modules/outgoing-webhooks/webhook-sender';
import { CashReceiptLedger } from './modules/cash-receipts/cash-receipt-ledger';
import { CashReceiptService } from './modules/cash-receipts/cash-receipt.service';
import { UnknownCashReceiptService } from './modules/cash-receipts/unknown-cash-receipts';
import { AppLinkService } from './modules/onboarding/app-links';
import { SellerRegistration } from './modules/onboarding/seller-registration';
import { SubAccountService } from './modules/onboarding/sub-accounts';

import { BillingKeyCharges } from './modules/billing-keys/billing-key-charges';
import { BillingKeyService } from './modules/billing-keys/billing-key.service';
import { RecurringChargeScheduler } from './modules/scheduler/recurring-charge-scheduler';
import { SubscriptionLedger } from './modules/subscriptions/subscription-ledger';
import { SubscriptionNotices } from './modules/subscriptions/subscription-notices';
import { SubscriptionService } from './modules/subscriptions/subscription.service';

/** How often due webhook deliveries are looked for: a delivery leaves at most this long after its commit. */
const WEBHOOK_POLL_MS = 500;
/** With several instances, how often each reads the event table for events whose Redis message it missed. */
const FEED_POLL_MS = 1000;

/** Runs `work` every `ms`, one run at a time; returns its stop, which waits for a run under way. */
function repeat(ms: number, work: () => Promise<unknown>, onError: (err: unknown) => void): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= work()
      .catch(onError)
      .finally(() => (running = undefined));
  }, ms);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** Everything a request may use, built once per process. */
export interface Services {
  config: Config;
  db: DataSource;
  logger: Logger;
  metrics: Metrics;
  sellers: SellerService;
  apiKeys: ApiKeyService;
  idempotency: IdempotencyService;
  bus: EventBus;
  /** Every ledger's committed changes, for sinks that keep them in the same transaction (webhook deliveries). */
  domainEvents: DomainEvents;
  ledger: PaymentLedger;
  providers: ProviderRegistry;
  movements: MoneyMovements;
  payments: PaymentService;
  unknownPayments: UnknownPaymentService;
  notices: PaymentNotices;
  webhookEndpoints: WebhookEndpointService;
  webhookSender: WebhookSender;
  /** This instance's ordered stream of committed payment events, whichever instance committed them. */
  paymentFeed: PaymentEventFeed;
  /** The same for recurring payments' changes. */
  subscriptionFeed: SubscriptionFeed;
  /**
   * Starts what runs in the background: the event bus and feed, and the workers (settling
   * abandoned money movements, sending webhooks). Returns its stop.
   */
  start(options?: { workers?: boolean }): Promise<() => Promise<void>>;
  /** Throws when a dependency does not answer (the database; Redis when configured). */
  checkReady(): Promise<void>;
  cashReceipts: CashReceiptService;
  unknownCashReceipts: UnknownCashReceiptService;
  sellerRegistration: SellerRegistration;
  subAccounts: SubAccountService;
  appLinks: AppLinkService;
  /** Business time: what is due, what "today" is. The sandbox's under `npm run dev` and in tests. */
  clock: Clock;
  billingKeys: BillingKeyService;
  billingKeyCharges: BillingKeyCharges;
  subscriptions: SubscriptionService;
  subscriptionNotices: SubscriptionNotices;
  /** Charges due recurring payments; `runDue()` runs one pass now (tests, the sandbox clock). */
  scheduler: RecurringChargeScheduler;
  /** Releases what the services hold besides the database pool (provider connections, the bus). */
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Where business time comes from; the system clock unless the sandbox shares its own. */
  clock?: Clock;
}

export function createServices(config: Config, db: DataSource, logger: Logger, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? systemClock;
  if (!config.encryptionKey) throw new Error('ENCRYPTION_KEY is required: 32 bytes as 64 hex digits or base64');
  const box = new SecretBox(config.encryptionKey);
  // A key of its own for input fingerprints, derived so that one secret configures both.
  const fingerprintKey = createHash('sha256').update('idempotency-fingerprint').update(config.encryptionKey).digest();
  const redisBus = config.redisUrl ? new RedisEventBus(config.redisUrl, config.databaseUrl, logger.child({ component: 'redis-bus' })) : undefined;
  const bus: EventBus = redisBus ?? new InProcessEventBus(logger);
  // Across instances a Redis message can be lost: the table is read every second for what none announced.
  const feedPollMs = redisBus ? FEED_POLL_MS : 0;
  const paymentFeed = paymentEventFeed(db, bus, logger, feedPollMs);
  const subscriptionChanges = subscriptionFeed(db, bus, logger, feedPollMs);
  const sellers = new SellerService(db, box);
  const domainEvents = new DomainEvents();
  const outbox = new WebhookOutbox(bus);
  domainEvents.addSink(outbox);
  const ledger = new PaymentLedger(db, bus, logger, domainEvents);
  const metrics = new Metrics();
  const providers = createProviderRegistry(config, logger, clock, (provider, result) => metrics.providerCalls.inc({ provider, result }));
  const access = new ProviderAccess(providers, sellers);
  const movements = new MoneyMovements(db, ledger, logger, config.moneyLeaseMs);
  const webhookSender = new WebhookSender(db, box, { retryDelaysS: config.webhookRetryDelaysS, allowPrivateUrls: config.webhookAllowPrivateUrls }, logger.child({ worker: 'webhooks' }), metrics, outbox);
  const receiptLedger = new CashReceiptLedger(db, domainEvents, logger, config.moneyLeaseMs);
  const recoverAbandoned = async (actorId: string, key: string) => (await movements.recoverRun(actorId, key)) ?? receiptLedger.recoverRun(actorId, key);
  const idempotency = new IdempotencyService(db, { fingerprintKey, leaseMs: config.moneyLeaseMs, recoverAbandoned });
  const noticeEndpoint = `${config.publicBaseUrl}/webhooks/payapp`;
  const notices = new PaymentNotices(db, ledger, movements, logger);
  const subscriptionLedger = new SubscriptionLedger(db, bus, logger, domainEvents);
  const billingKeyCharges = new BillingKeyCharges(db, movements, access, box, clock, noticeEndpoint);
  const scheduler = new RecurringChargeScheduler({
    db,
    clock,
    idempotency,
    charges: billingKeyCharges,
    ledger: subscriptionLedger,
    providers: access,
    metrics,
    logger: logger.child({ worker: 'scheduler' }),
    leaseMs: config.moneyLeaseMs,
  });
  metrics.dueCharges = () => scheduler.dueCharges();
  return {
    config,
    db,
    logger,
    metrics,
    sellers,
    apiKeys: new ApiKeyService(db, bus),
    idempotency,
    bus,
    domainEvents,
    ledger,
    providers,
    movements,
    payments: new PaymentService(db, movements, access, noticeEndpoint),
    unknownPayments: new UnknownPaymentService(ledger),
    notices,
    clock,
    billingKeys: new BillingKeyService(db, access, box, subscriptionLedger, domainEvents, clock),
    billingKeyCharges,
    subscriptions: new SubscriptionService(db, access, subscriptionLedger, billingKeyCharges, clock, noticeEndpoint),
    subscriptionNotices: new SubscriptionNotices(db, notices, subscriptionLedger, logger),
    scheduler,
    cashReceipts: new CashReceiptService(db, access, receiptLedger),
    unknownCashReceipts: new UnknownCashReceiptService(receiptLedger),
    sellerRegistration: new SellerRegistration(sellers, access, logger, { resellerId: config.payappResellerId, noticeEndpoint }),
    subAccounts: new SubAccountService(db, access),
    appLinks: new AppLinkService(access, noticeEndpoint),
    webhookEndpoints: new WebhookEndpointService(db, box, sellers, webhookSender, outbox, config.webhookAllowPrivateUrls),
    webhookSender,
    paymentFeed,
    subscriptionFeed: subscriptionChanges,
    async start({ workers: runWorkers = true } = {}) {
      await redisBus?.start(TOPICS);
      await paymentFeed.start();
      await subscriptionChanges.start();
      // A quarter of a lease: an abandoned call is settled well within two leases of its start.
      const sweepEvery = Math.max(1000, Math.floor(config.moneyLeaseMs / 4));
      const workers = !runWorkers ? [] : [
        repeat(sweepEvery, () => movements.sweep(), (err) => logger.error({ err }, 'settling abandoned money movements failed')),
        repeat(sweepEvery, () => receiptLedger.sweep(), (err) => logger.error({ err }, 'settling abandoned cash receipt calls failed')),
        repeat(WEBHOOK_POLL_MS, () => webhookSender.runDue(), (err) => logger.error({ err }, 'sending webhook deliveries failed')),
        ...(config.scheduler ? [scheduler.start(config.schedulerIntervalMs)] : []),
      ];
      return async () => {
        await Promise.all(workers.map((stop) => stop()));
        await paymentFeed.stop();
        await subscriptionChanges.stop();
      };
    },
    async checkReady() {
      await db.query('SELECT 1');
      await redisBus?.ping();
    },
    async close() {
      await webhookSender.close();
      await providers.close();
      await bus.close();
    },
  };
}
