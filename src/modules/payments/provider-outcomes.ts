import { UserErrorCode } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { badUserInput } from '../../graphql/errors';
import { ProviderInputError } from '../../providers/input-rules';
import type { ProviderResult } from '../../providers/types';

type Failure = Exclude<ProviderResult<unknown>, { kind: 'ok' }>;

/** A provider call that did not succeed, as the userError the caller gets. */
export function providerUserError(result: Failure): UserError {
  switch (result.kind) {
    case 'refused':
      return { code: result.errorCode, providerCode: result.providerCode || null, message: result.message || 'The provider refused the request', field: null };
    case 'unavailable':
      return { code: UserErrorCode.PROVIDER_UNAVAILABLE, message: `${result.message}; nothing was changed, try again later`, field: null };
    case 'unknown':
      return { code: UserErrorCode.PROVIDER_UNAVAILABLE, message: `${result.message}. The payment is UNKNOWN until the provider reports its outcome`, field: null };
  }
}

/**
 * Runs a provider call whose input rules may reject caller input; such a rejection happens before
 * anything is sent and becomes BAD_USER_INPUT at the caller's field (`fields` maps the client's
 * field names to input paths; unmapped ones are taken as input fields of the same name).
 */
export async function withInputRules<T>(fields: Record<string, string[]>, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof ProviderInputError)) throw err;
    const path = fields[err.field] ?? ['input', ...err.field.split('.')];
    throw badUserInput(`Invalid input: ${path.join('.')}: ${err.message.slice(err.field.length + 2)}`, [path]);
  }
}
