import { performance } from 'node:perf_hooks';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { errorCode } from './errors';
import { QUERY_LIMITS } from './limits';

/** One GraphQL operation as the access log reports it; filled in as the operation goes. */
export interface OperationRecord {
  requestId: string;
  transport: 'http' | 'ws';
  startedAt: number;
  apiKeyId?: string;
  name?: string;
  type?: string;
  cost?: number;
  /** `ok`, or the code of the first error. */
  outcome: string;
}

export function startOperation(transport: OperationRecord['transport'], requestId: string): OperationRecord {
  return { requestId, transport, startedAt: performance.now(), outcome: 'ok' };
}

/** `ok`, or the code of the first of `errors`. */
export function outcomeOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  return errors?.length ? errorCode(errors[0]) : 'ok';
}

/** What every response carries in `extensions`: the operation's cost against its limit (as Shopify reports it) and its request id. */
export function responseExtensions(record: OperationRecord): Record<string, unknown> {
  return { ...(record.cost === undefined ? {} : { cost: { requested: record.cost, limit: QUERY_LIMITS.maxCost } }), requestId: record.requestId };
}

/** The one access log line of an operation (never its variables), and its count in /metrics. */
export function finishOperation(record: OperationRecord, logger: Logger, metrics: Metrics): void {
  const { requestId, transport, apiKeyId, name, type, cost, outcome } = record;
  const durationMs = Math.round((performance.now() - record.startedAt) * 10) / 10;
  logger.info({ requestId, transport, operationName: name ?? null, operationType: type ?? null, durationMs, outcome, cost: cost ?? null, apiKeyId: apiKeyId ?? null }, 'graphql operation');
  metrics.graphqlOperations.inc({ type: type ?? 'invalid', outcome: outcome === 'ok' ? 'ok' : 'error' });
}
