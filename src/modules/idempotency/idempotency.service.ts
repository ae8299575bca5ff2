import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { UserErrorCode } from '../../domain/enums';
import type { Outcome, Refusal } from '../../domain/errors';
import { IdempotencyRow } from './idempotency.entity';

/** Which mutation, by whom, under which key, with which input. */
export interface IdempotencyScope {
  /** The actor (API key id, or a worker's name): keys are scoped to it. */
  actorId: string;
  operation: string;
  key: string | undefined | null;
  input: object;
}

/** A run's hold on its key. The money protocol checks it when it records an intent (a fencing token). */
export interface IdempotencyClaim {
  actorId: string;
  key: string;
  owner: string;
}

/** What a mutation's payload is recorded as: objects by id, values as they were, userErrors. */
export interface RecordedOutcome {
  refs: Record<string, string>;
  values: Record<string, unknown>;
  userErrors: Refusal[];
}

/**
 * What became of a run whose process died holding its key (its lease ran out): the outcome to
 * record, 'in-flight' while its money movement may still be answered, or undefined when it never
 * got as far as asking a provider anything (the key is then free again).
 */
export type AbandonedRun = RecordedOutcome | 'in-flight' | undefined;

export interface IdempotencyOptions {
  fingerprintKey: Buffer;
  /** How long a run holds its key before it is taken for dead. */
  leaseMs: number;
  /** Settles a dead run from what its money movements show (see MoneyMovements). */
  recoverAbandoned(actorId: string, key: string): Promise<AbandonedRun>;
}

export class IdempotencyConflict {
  constructor(readonly userError: Refusal) {}
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

const conflict = (code: UserErrorCode, message: string) => new IdempotencyConflict({ field: ['idempotencyKey'], code, message });
const IN_USE = () => conflict(UserErrorCode.IDEMPOTENCY_KEY_IN_USE, 'A request with this idempotency key is still running; try again shortly');
const REUSED = () => conflict(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used with a different input');

/** The payload's objects are recorded by id; `shownOnce` values (a new secret) are never replayed. */
export function recordOutcome(payload: Outcome & Record<string, unknown>, shownOnce: readonly string[] = []): RecordedOutcome {
  const recorded: RecordedOutcome = { refs: {}, values: {}, userErrors: payload.userErrors };
  for (const [name, value] of Object.entries(payload)) {
    if (name === 'userErrors' || name === 'retryable' || shownOnce.includes(name)) continue;
    const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof id === 'string') recorded.refs[name] = id;
    else recorded.values[name] = value ?? null;
  }
  return recorded;
}

/**
 * Idempotency keys, scoped to the actor and kept in the database so that they hold across
 * processes. A run claims its key (INSERT on the primary key) with an owner token and a lease; a
 * concurrent repeat gets IDEMPOTENCY_KEY_IN_USE, a repeat with another input IDEMPOTENCY_KEY_REUSED,
 * a repeat with the same input the first outcome, rebuilt from the record (objects as they stand
 * now) without running again. A run whose process died is found by its lease: what it did is
 * settled from its money movements, so a retry answers at most one lease later and never moves money
 * twice. The input's fingerprint is an HMAC (keyed from ENCRYPTION_KEY): card data typed into an
 * input cannot be recovered from it.
 */
export class IdempotencyService {
  constructor(
    private readonly db: DataSource,
    private readonly options: IdempotencyOptions,
  ) {}

  fingerprint(operation: string, input: object): string {
    const { idempotencyKey: _key, ...rest } = input as Record<string, unknown>;
    return createHmac('sha256', this.options.fingerprintKey).update(`${operation}\n${canonical(rest)}`).digest('hex');
  }

  /**
   * Runs `execute` once per (actor, key), giving it the claim; a repeat gets `replay(record)`.
   * The key is released when `execute` reports that nothing was sent (retryable) or throws before
   * any money movement was recorded under it.
   */
  async run<P extends Outcome>(
    scope: IdempotencyScope,
    execute: (claim: IdempotencyClaim | undefined) => Promise<P>,
    replay: (recorded: RecordedOutcome) => Promise<P>,
    shownOnce: readonly string[] = [],
  ): Promise<P | IdempotencyConflict> {
    if (!scope.key) return execute(undefined);
    const claimed = await this.claim(scope, scope.key);
    if (!('owner' in claimed)) return claimed instanceof IdempotencyConflict ? claimed : replay(claimed);
    let payload: P;
    try {
      payload = await execute(claimed);
    } catch (err) {
      await this.releaseUnlessMoved(claimed);
      throw err;
    }
    if (payload.retryable) await this.db.getRepository(IdempotencyRow).delete({ apiKeyId: claimed.actorId, key: claimed.key, owner: claimed.owner });
    else await this.finish(claimed, recordOutcome(payload as P & Record<string, unknown>, shownOnce));
    return payload;
  }

  /** Keeps the run's key past the end of its money movement's lease; false when another run has taken it over. */
  static async extendClaim(manager: EntityManager, claim: IdempotencyClaim, until: Date): Promise<boolean> {
    const result = await manager.update(IdempotencyRow, { apiKeyId: claim.actorId, key: claim.key, owner: claim.owner, status: 'IN_PROGRESS' }, { leaseUntil: until, updatedAt: new Date() });
    return result.affected === 1;
  }

  /** The new claim, the recorded outcome of an earlier run, or a conflict. */
  private async claim(scope: IdempotencyScope, key: string): Promise<IdempotencyClaim | RecordedOutcome | IdempotencyConflict> {
    const repo = this.db.getRepository(IdempotencyRow);
    const requestHash = this.fingerprint(scope.operation, scope.input);
    for (;;) {
      const now = new Date();
      const owner = randomBytes(16).toString('hex');
      try {
        await repo.insert({ apiKeyId: scope.actorId, key, operation: scope.operation, requestHash, status: 'IN_PROGRESS', owner, leaseUntil: new Date(now.getTime() + this.options.leaseMs), createdAt: now, updatedAt: now });
        return { actorId: scope.actorId, key, owner };
      } catch (err) {
        if ((err as { code?: string }).code !== 'ER_DUP_ENTRY') throw err;
      }
      const first = await repo.findOneBy({ apiKeyId: scope.actorId, key });
      if (!first) continue; // released meanwhile: claim it again
      if (first.operation !== scope.operation || first.requestHash !== requestHash) return REUSED();
      if (first.status === 'DONE') return first.response as RecordedOutcome;
      if (first.leaseUntil && first.leaseUntil.getTime() > now.getTime()) return IN_USE();
      const settled = await this.settleAbandoned(first);
      if (settled) return settled;
    }
  }

  /**
   * A run whose lease ran out: record what its money movement came to, or free the key when it
   * never recorded one. Conditional on the lease read, so that two retries settle it once.
   */
  private async settleAbandoned(record: IdempotencyRow): Promise<RecordedOutcome | IdempotencyConflict | undefined> {
    const recovered = await this.options.recoverAbandoned(record.apiKeyId, record.key);
    if (recovered === 'in-flight') return IN_USE();
    const where = { apiKeyId: record.apiKeyId, key: record.key, owner: record.owner ?? undefined, status: 'IN_PROGRESS' as const };
    const repo = this.db.getRepository(IdempotencyRow);
    if (recovered === undefined) {
      await repo.delete(where);
      return undefined;
    }
    await repo.update(where, { status: 'DONE', response: recovered as object, leaseUntil: null, updatedAt: new Date() });
    const now = await repo.findOneBy({ apiKeyId: record.apiKeyId, key: record.key });
    return now?.status === 'DONE' ? (now.response as RecordedOutcome) : IN_USE();
  }

  /** The run's outcome; also over a recovery's, since the run itself knows best. */
  private async finish(claim: IdempotencyClaim, recorded: RecordedOutcome): Promise<void> {
    await this.db.getRepository(IdempotencyRow).update({ apiKeyId: claim.actorId, key: claim.key, owner: claim.owner }, { status: 'DONE', response: recorded as object, leaseUntil: null, updatedAt: new Date() });
  }

  /** A run that failed frees its key, unless it recorded a money movement: that one is settled by its lease. */
  private async releaseUnlessMoved(claim: IdempotencyClaim): Promise<void> {
    await this.db.query(
      `DELETE r FROM idempotency_records r
        WHERE r.api_key_id = ? AND r.idempotency_key = ? AND r.owner = ?
          AND NOT EXISTS (SELECT 1 FROM money_movements m WHERE m.idempotency_api_key_id = r.api_key_id AND m.idempotency_key = r.idempotency_key AND m.state <> 'NOT_SENT')`,
      [claim.actorId, claim.key, claim.owner],
    );
  }
}
