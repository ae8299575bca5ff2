import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process, served at /metrics. */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
    registers: [this.registry],
  });
  readonly graphqlOperations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by type and outcome',
    labelNames: ['type', 'outcome'],
    registers: [this.registry],
  });
  readonly graphqlExecutions = new Counter({
    name: 'graphql_executions_total',
    help: 'GraphQL operations executed over HTTP, by executor: compiled (graphql-jit) or graphql-js',
    labelNames: ['executor'],
    registers: [this.registry],
  });
  readonly providerCalls = new Counter({
    name: 'provider_calls_total',
    help: 'Provider calls by provider and result kind',
    labelNames: ['provider', 'result'],
    registers: [this.registry],
  });

  readonly webhookAttempts = new Counter({
    name: 'webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts by outcome: succeeded, retrying (failed, another attempt is scheduled), failed (the last one)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly webhookAttemptSeconds = new Histogram({
    name: 'webhook_delivery_attempt_duration_seconds',
    help: 'How long one webhook delivery attempt took, answer or not',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [this.registry],
  });
  /** Read at scrape time; the webhook sender sets it. */
  oldestPendingDeliveryAgeSeconds: () => Promise<number> = async () => 0;
  readonly webhookOldestPendingSeconds: Gauge = new Gauge({
    name: 'webhook_oldest_pending_delivery_age_seconds',
    help: 'Age of the oldest webhook delivery not yet delivered (0 when none); read from the database at scrape time',
    registers: [this.registry],
    collect: async (): Promise<void> => this.webhookOldestPendingSeconds.set(await this.oldestPendingDeliveryAgeSeconds()),
  });
  /**
   * The due charges as the database has them now, read at every scrape, so that the lag shows even
   * when no scheduler runs (SCHEDULER=off everywhere, or every instance stuck). Set by the services.
   */
  dueCharges: () => Promise<{ due: number; lagSeconds: number }> = async () => ({ due: 0, lagSeconds: 0 });
  readonly recurringChargesDue: Gauge = new Gauge({
    name: 'recurring_charges_due',
    help: 'Scheduled billing-key charges (and retries) due now and not made yet',
    registers: [this.registry],
    collect: async () => this.recurringChargesDue.set((await this.dueCharges()).due),
  });
  readonly schedulerLag: Gauge = new Gauge({
    name: 'recurring_scheduler_lag_seconds',
    help: 'Age of the oldest due charge that no scheduler has claimed yet, from the start of its day in Asia/Seoul; 0 when none',
    registers: [this.registry],
    collect: async () => this.schedulerLag.set((await this.dueCharges()).lagSeconds),
  });
  readonly recurringCharges = new Counter({
    name: 'recurring_charges_total',
    help: 'Scheduled billing-key charges made by this instance, by result: charged, refused, unknown',
    labelNames: ['result'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    for (const result of ['charged', 'refused', 'unknown']) this.recurringCharges.inc({ result }, 0);
  }
}
