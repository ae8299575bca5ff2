import { Provider, UserErrorCode } from '../../domain/enums';
import type { Outcome, Refusal } from '../../domain/errors';
import { CAPABILITY_LABELS, CapabilityName, ProviderFailure, ProviderResult } from '../../providers/types';

/** A provider call that did not succeed, as the refusal the caller gets. */
export function providerRefusal(result: ProviderFailure): Refusal {
  switch (result.kind) {
    case 'refused':
      return { field: null, code: result.errorCode, providerCode: result.providerCode || null, message: result.message || 'The provider refused the request' };
    case 'unavailable':
      return { field: null, code: UserErrorCode.PROVIDER_UNAVAILABLE, message: `${result.message}: nothing was changed; try again (the same idempotency key may be used)` };
    case 'unknown':
      return unknownOutcomeRefusal(result.message);
  }
}

/** A lookup that did not succeed: it changes nothing, so an unanswered one is only a reason to ask again. */
export function lookupRefusal(result: ProviderFailure): Refusal {
  return result.kind === 'refused' ? providerRefusal(result) : { field: null, code: UserErrorCode.PROVIDER_UNAVAILABLE, message: `${result.message}; nothing was changed: ask again` };
}

/** The refusal (if any) a provider result answers with, and whether nothing was sent (the idempotency key may be used again). */
export function answerOf(result: ProviderResult<unknown>): Pick<Outcome, 'userErrors' | 'retryable'> {
  return result.kind === 'ok' ? { userErrors: [] } : { userErrors: [providerRefusal(result)], retryable: result.kind === 'unavailable' };
}

export function unknownOutcomeRefusal(message: string): Refusal {
  return { field: null, code: UserErrorCode.PROVIDER_UNAVAILABLE, message: `${message}. The payment is UNKNOWN until the provider's notice or an operator settles it` };
}

/** The one refusal for a capability a provider does not have. */
export function unsupported(provider: Provider, capability: CapabilityName, field: string[] | null = null, detail?: string): Refusal {
  return { field, code: UserErrorCode.UNSUPPORTED_BY_PROVIDER, message: detail ?? `${provider} has no ${CAPABILITY_LABELS[capability]}` };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'field' in value;
}
