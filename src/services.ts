import { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { Config } from './config';
import { SecretBox } from './crypto/secret-box';
import type { Logger } from './logger';
import { EventBus, InProcessEventBus } from './events/bus';
import { Metrics } from './metrics';
import { ApiKeyService } from './modules/auth/api-key.service';
import { IdempotencyService } from './modules/idempotency/idempotency.service';
import { PaymentLedger } from './modules/payments/payment-ledger';
import { PaymentNotices } from './modules/payments/payment-notices';
import { PaymentService } from './modules/payments/payment.service';
import { createProviderClients, ProviderClients } from './providers/registry';
import { SellerService } from './modules/sellers/seller.service';

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
  ledger: PaymentLedger;
  providers: ProviderClients;
  payments: PaymentService;
  notices: PaymentNotices;
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
  const ledger = new PaymentLedger(db, bus, logger);
  const metrics = new Metrics();
  const providers = createProviderClients(config, logger, (provider, result) => metrics.providerCalls.inc({ provider, result }));
  return {
    config,
    db,
    logger,
    metrics,
    sellers,
    apiKeys: new ApiKeyService(db, bus),
    idempotency: new IdempotencyService(db, fingerprintKey),
    bus,
    ledger,
    providers,
    payments: new PaymentService(db, ledger, sellers, providers, config.publicBaseUrl),
    notices: new PaymentNotices(db, ledger, logger),
    async close() {
      await providers.close();
      await bus.close();
    },
  };
}
