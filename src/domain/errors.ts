import { UserErrorCode } from './enums';

/**
 * The errors and refusals services speak, free of any transport. `src/graphql/errors.ts` turns them
 * into GraphQL errors (BAD_USER_INPUT, FORBIDDEN) and userErrors; the scheduler reads them as they are.
 * Field paths are relative to the command a service was given (e.g. ['buyer', 'phone']).
 */

/** Input that cannot be served, found before anything happened or was sent. Never carries a value. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly fields: string[][],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The actor may not do this at all (e.g. a SELLER key calling a platform-only operation). */
export class ForbiddenError extends Error {
  constructor(message = 'This operation needs a PLATFORM key') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** A business rule or the provider said no: returned in the outcome, not thrown. */
export interface Refusal {
  field: string[] | null;
  code: UserErrorCode;
  message: string;
  /** The provider's own code (PayApp errno, Welcome ResultCode, Payup responseCode). */
  providerCode?: string | null;
}

/** What a mutation comes to: its objects, and why it was refused or not confirmed (empty on success). */
export interface Outcome {
  userErrors: Refusal[];
  /**
   * Nothing reached the provider (connection refused): the idempotency key is released, so that a
   * retry with the same key tries again instead of replaying this refusal.
   */
  retryable?: boolean;
}

/** The object named by an input field does not exist, or the actor may not see it (the same answer). */
export function notFound(field: string, what: string): Refusal {
  return { field: [field], code: UserErrorCode.NOT_FOUND, message: `No such ${what}` };
}
