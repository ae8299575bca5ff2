import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { Clock, systemClock } from './clock';
import { Config } from './config';
import { SecretBox } from './crypto/secret-box';
import type { Logger } from './logger';
import { EventBus, InProcessEventBus } from './events/bus';
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
import { BillingKeyCharges } from './modules/billing-keys/billing-key-charges';
import { BillingKeyService } from './modules/billing-keys/billing-key.service';
import { RecurringChargeScheduler } from './modules/scheduler/recurring-charge-scheduler';
import { SubscriptionLedger } from './modules/subscriptions/subscription-ledger';
import { SubscriptionNotices } from './modules/subscriptions/subscription-notices';
import { SubscriptionService } from './modules/subscriptions/subscription.service';

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
  /** Business time: what is due, what "today" is. The sandbox's under `npm run dev` and in tests. */
  clock: Clock;
  billingKeys: BillingKeyService;
  billingKeyCharges: BillingKeyCharges;
  subscriptions: SubscriptionService;
  subscriptionNotices: SubscriptionNotices;
  /** Charges due recurring payments; `runDue()` runs one pass now (tests, the sandbox clock). */
  scheduler: RecurringChargeScheduler;
  /** Starts the background work of this instance (settling abandoned money movements, the scheduler when SCHEDULER=on); returns its stop. */
  startWorkers(): () => Promise<void>;
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
  const bus = new InProcessEventBus();
  const sellers = new SellerService(db, box);
  const domainEvents = new DomainEvents();
  const ledger = new PaymentLedger(db, bus, logger, domainEvents);
  const metrics = new Metrics();
  const providers = createProviderRegistry(config, logger, clock, (provider, result) => metrics.providerCalls.inc({ provider, result }));
  const access = new ProviderAccess(providers, sellers);
  const movements = new MoneyMovements(db, ledger, logger, config.moneyLeaseMs);
  const idempotency = new IdempotencyService(db, { fingerprintKey, leaseMs: config.moneyLeaseMs, recoverAbandoned: (actorId, key) => movements.recoverRun(actorId, key) });
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
    apiKeys: new ApiKeyService(db),
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
    startWorkers() {
      // A quarter of a lease: an abandoned movement is settled well within two leases of its start.
      const every = Math.max(1000, Math.floor(config.moneyLeaseMs / 4));
      let sweeping: Promise<unknown> = Promise.resolve();
      const timer = setInterval(() => {
        sweeping = movements.sweep().catch((err: unknown) => logger.error({ err }, 'settling abandoned money movements failed'));
      }, every);
      timer.unref();
      const stopScheduler = config.scheduler ? scheduler.start(config.schedulerIntervalMs) : async () => undefined;
      return async () => {
        clearInterval(timer);
        await Promise.all([sweeping, stopScheduler()]);
      };
    },
    async close() {
      await providers.close();
      await bus.close();
    },
  };
}
