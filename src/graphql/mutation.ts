import { ForbiddenError, InputError, Outcome, Refusal } from '../domain/errors';
import { Actor, actorOf } from '../modules/auth/actor';
import { IdempotencyClaim, IdempotencyConflict, RecordedOutcome } from '../modules/idempotency/idempotency.service';
import type { Context } from './context';
import { badUserInput, forbidden } from './errors';

/** The GraphQL argument every mutation takes (the contract: one `input` object). */
const INPUT = 'input';

const inInput = (path: string[]): string[] => [INPUT, ...path];

/** A refusal with its field as a path from the operation's arguments. */
export function asUserError(refusal: Refusal): Refusal {
  return { ...refusal, field: refusal.field ? inInput(refusal.field) : null, providerCode: refusal.providerCode ?? null };
}

/** A service's domain error as the GraphQL error the contract names; anything else passes through. */
export function asGraphQLError(err: unknown, argument: string | null = INPUT): unknown {
  const at = (path: string[]) => (argument ? [argument, ...path] : path);
  if (err instanceof InputError) return badUserInput(`Invalid input: ${err.message.replace(/^([\w.]+): /, (_, field: string) => `${at(field.split('.')).join('.')}: `)}`, err.fields.map(at));
  if (err instanceof ForbiddenError) return forbidden(err.message);
  return err;
}

/** The payload a recorded outcome stands for: its objects as they are now (a repeat sees the present). */
async function replay<P>(ctx: Context, recorded: RecordedOutcome): Promise<P> {
  const payload: Record<string, unknown> = { ...recorded.values, userErrors: recorded.userErrors };
  for (const [name, id] of Object.entries(recorded.refs)) payload[name] = await ctx.loaders.byId(id);
  return payload as P;
}

/**
 * Every mutation runs through here, once: as the viewer's actor, under its idempotency key, with
 * refusals made userErrors at their input paths and domain errors made GraphQL errors. `shownOnce`
 * names payload fields never replayed (a secret shown once).
 */
export async function runMutation<P extends Outcome>(
  ctx: Context,
  operation: string,
  input: { idempotencyKey?: string | null },
  execute: (actor: Actor, claim: IdempotencyClaim | undefined) => Promise<P>,
  shownOnce: readonly string[] = [],
): Promise<P> {
  const actor = actorOf(ctx.viewer);
  try {
    const result = await ctx.services.idempotency.run<P>(
      { actorId: actor.id, operation, key: input.idempotencyKey, input },
      (claim) => execute(actor, claim),
      (recorded) => replay<P>(ctx, recorded),
      shownOnce,
    );
    const payload = result instanceof IdempotencyConflict ? ({ userErrors: [result.userError] } as unknown as P) : result;
    const { retryable: _retryable, ...rest } = payload;
    return { ...rest, userErrors: payload.userErrors.map(asUserError) } as unknown as P;
  } catch (err) {
    throw asGraphQLError(err);
  }
}
