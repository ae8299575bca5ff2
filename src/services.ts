import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
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
import { CashReceiptLedger } from './modules/cash-receipts/cash-receipt-ledger';
import { CashReceiptService } from './modules/cash-receipts/cash-receipt.service';
import { UnknownCashReceiptService } from './modules/cash-receipts/unknown-cash-receipts';
import { AppLinkService } from './modules/onboarding/app-links';
import { SellerRegistration } from './modules/onboarding/seller-registration';
import { SubAccountService } from './modules/onboarding/sub-accounts';

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
  cashReceipts: CashReceiptService;
  unknownCashReceipts: UnknownCashReceiptService;
  sellerRegistration: SellerRegistration;
  subAccounts: SubAccountService;
  appLinks: AppLinkService;
  /** Starts the background work of this instance (settling abandoned money movements); returns its stop. */
  startWorkers(): () => Promise<void>;
  /** Releases what the services hold besides the database pool (provider connections, the bus). */
  close(): Promise<void>;
}

export function createServices(config: Config, db: DataSource, logger: Logger): Services {
  if (!config.encryptionKey) throw new Error('ENCRYPTION_KEY is required: 32 bytes as 64 hex digits or base64');
  const box = new SecretBox(config.encryptionKey);
  // A key of its own for input fingerprints, derived so that one secret configures both.
  const fingerprintKey = createHash('sha256').update('idempotency-fingerprint').update(config.encryptionKey).digest();
  const bus = new InProcessEventBus();
  const sellers = new SellerService(db, box);
  const domainEvents = new DomainEvents();
  const ledger = new PaymentLedger(db, bus, logger, domainEvents);
  const metrics = new Metrics();
  const providers = createProviderRegistry(config, logger, (provider, result) => metrics.providerCalls.inc({ provider, result }));
  const access = new ProviderAccess(providers, sellers);
  const movements = new MoneyMovements(db, ledger, logger, config.moneyLeaseMs);
  const receiptLedger = new CashReceiptLedger(db, domainEvents, logger, config.moneyLeaseMs);
  const recoverAbandoned = async (actorId: string, key: string) => (await movements.recoverRun(actorId, key)) ?? receiptLedger.recoverRun(actorId, key);
  const idempotency = new IdempotencyService(db, { fingerprintKey, leaseMs: config.moneyLeaseMs, recoverAbandoned });
  const noticeEndpoint = `${config.publicBaseUrl}/webhooks/payapp`;
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
    notices: new PaymentNotices(db, ledger, movements, logger),
    cashReceipts: new CashReceiptService(db, access, receiptLedger),
    unknownCashReceipts: new UnknownCashReceiptService(receiptLedger),
    sellerRegistration: new SellerRegistration(sellers, access, logger, { resellerId: config.payappResellerId, noticeEndpoint }),
    subAccounts: new SubAccountService(db, access),
    appLinks: new AppLinkService(access, noticeEndpoint),
    startWorkers() {
      // A quarter of a lease: an abandoned movement is settled well within two leases of its start.
      const every = Math.max(1000, Math.floor(config.moneyLeaseMs / 4));
      let sweeping: Promise<unknown> = Promise.resolve();
      const timer = setInterval(() => {
        sweeping = Promise.all([
          movements.sweep().catch((err: unknown) => logger.error({ err }, 'settling abandoned money movements failed')),
          receiptLedger.sweep().catch((err: unknown) => logger.error({ err }, 'settling abandoned cash receipt calls failed')),
        ]);
      }, every);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await sweeping;
      };
    },
    async close() {
      await providers.close();
      await bus.close();
    },
  };
}
