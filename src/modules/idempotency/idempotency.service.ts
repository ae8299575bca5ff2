import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UserErrorCode } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { IdempotencyRow } from './idempotency.entity';

/** What a mutation records of its outcome so that a repeat can rebuild its payload. */
export interface IdempotentOutcome<R> {
  result: R;
  /** A JSON-safe record of the result: object ids and userErrors, never secrets or card data. */
  record: unknown;
}

export class IdempotencyConflict {
  constructor(readonly userError: UserError) {}
}

/** Key order must not change the fingerprint of an input. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Idempotency keys, scoped to the API key, kept in the database so that they hold across
 * processes. The row is claimed (INSERT, primary key) before the mutation runs, so a concurrent
 * repeat fails fast with IDEMPOTENCY_KEY_IN_USE instead of calling the provider twice.
 * The input's fingerprint is an HMAC (keyed from ENCRYPTION_KEY), so card data typed into an input
 * cannot be recovered from it.
 */
export class IdempotencyService {
  constructor(private readonly db: DataSource, private readonly fingerprintKey: Buffer) {}

  fingerprint(operation: string, input: Record<string, unknown>): string {
    const { idempotencyKey: _key, ...rest } = input;
    return createHmac('sha256', this.fingerprintKey).update(`${operation}\n${canonical(rest)}`).digest('hex');
  }

  /**
   * Runs `execute` once per (API key, idempotency key). A repeat with the same input gets
   * `replay(record)`; with another input, IDEMPOTENCY_KEY_REUSED; while the first still runs,
   * IDEMPOTENCY_KEY_IN_USE. If `execute` throws, nothing happened, so the key is released.
   */
  async run<R>(
    scope: { apiKeyId: string; operation: string; key: string | undefined | null; input: Record<string, unknown> },
    execute: () => Promise<IdempotentOutcome<R>>,
    replay: (record: unknown) => Promise<R>,
  ): Promise<R | IdempotencyConflict> {
    if (!scope.key) return (await execute()).result;
    const repo = this.db.getRepository(IdempotencyRow);
    const requestHash = this.fingerprint(scope.operation, scope.input);
    const now = new Date();
    try {
      await repo.insert({ apiKeyId: scope.apiKeyId, key: scope.key, operation: scope.operation, requestHash, status: 'IN_PROGRESS', createdAt: now, updatedAt: now });
    } catch (err) {
      if ((err as { code?: string }).code !== 'ER_DUP_ENTRY') throw err;
      const first = await repo.findOneByOrFail({ apiKeyId: scope.apiKeyId, key: scope.key });
      if (first.operation !== scope.operation || first.requestHash !== requestHash) {
        return new IdempotencyConflict({ field: ['input', 'idempotencyKey'], code: UserErrorCode.IDEMPOTENCY_KEY_REUSED, message: 'This idempotency key was used with a different input' });
      }
      if (first.status !== 'DONE') {
        return new IdempotencyConflict({ field: ['input', 'idempotencyKey'], code: UserErrorCode.IDEMPOTENCY_KEY_IN_USE, message: 'A request with this idempotency key is still running; try again shortly' });
      }
      return replay(first.response);
    }
    let outcome: IdempotentOutcome<R>;
    try {
      outcome = await execute();
    } catch (err) {
      await repo.delete({ apiKeyId: scope.apiKeyId, key: scope.key });
      throw err;
    }
    await repo.update({ apiKeyId: scope.apiKeyId, key: scope.key }, { status: 'DONE', response: outcome.record as object, updatedAt: new Date() });
    return outcome.result;
  }
}
