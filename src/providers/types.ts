import { UserErrorCode } from '../domain/enums';

/**
 * What a provider call came to, in terms the core can act on without knowing the provider.
 * - ok: the provider did it; `value` holds the fields it returned (already in domain terms).
 * - refused: the provider answered and said no, with its own code and message, and the contract's
 *   UserErrorCode that code maps to.
 * - unavailable: the call certainly did not take effect (connection refused, HTTP 5xx, a body we
 *   cannot read): safe to report as a failure and to try again later.
 * - unknown: the request may have reached the provider and we have no answer (timed out after
 *   sending): money may have moved, so the core records UNKNOWN and never guesses.
 */
export type ProviderResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'refused'; providerCode: string; message: string; errorCode: UserErrorCode }
  | { kind: 'unavailable'; message: string }
  | { kind: 'unknown'; message: string };

export type ProviderName = 'PAYAPP' | 'WELCOME' | 'PAYUP';

export const ok = <T>(value: T): ProviderResult<T> => ({ kind: 'ok', value });
/** `errorCode` comes from the provider's code table (one per provider, in its mapping.ts). */
export const refused = (providerCode: string, message: string, errorCode: UserErrorCode = UserErrorCode.PROVIDER_REJECTED): ProviderResult<never> => ({
  kind: 'refused',
  providerCode,
  message,
  errorCode,
});
export const unavailable = (message: string): ProviderResult<never> => ({ kind: 'unavailable', message });
export const unknown = (message: string): ProviderResult<never> => ({ kind: 'unknown', message });
