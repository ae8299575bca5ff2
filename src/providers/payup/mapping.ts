import { UserErrorCode } from '../../domain/enums';

export const PAYUP_SUCCESS_CODE = '0000';

/** A failure code's meaning: refused with this UserErrorCode, or, for OUTCOME_UNKNOWN, Payup may have acted. */
export type PayupCodeMeaning = UserErrorCode | 'OUTCOME_UNKNOWN';

/** Every failure `responseCode` of the manual's table (§3.1); any other code is a payment error. */
export const PAYUP_RESPONSE_CODES: Readonly<Record<string, PayupCodeMeaning>> = {
  '1001': UserErrorCode.PROVIDER_NOT_CONFIGURED, // service (merchant) id not registered with Payup
  '1002': UserErrorCode.PROVIDER_UNAVAILABLE, // partner process could not be created: Payup's own failure
  '1003': UserErrorCode.PROVIDER_REJECTED, // not enough to settle against: the merchant's balance, not the payment's state
  '1004': UserErrorCode.INVALID_STATE, // nothing to cancel
  '1005': UserErrorCode.INVALID_STATE, // not in a cancellable state (e.g. already cancelled)
  '1006': 'OUTCOME_UNKNOWN', // "cancel update error": the cancel may have gone through without being recorded
  '2001': UserErrorCode.PROVIDER_REJECTED, // message verification (signature) failed
  '5001': UserErrorCode.PROVIDER_REJECTED, // below the minimum amount
  '5002': UserErrorCode.PROVIDER_REJECTED, // above the maximum amount
  '5003': UserErrorCode.PROVIDER_REJECTED, // merchant daily limit
  '5004': UserErrorCode.PROVIDER_REJECTED, // merchant monthly limit
  '5005': UserErrorCode.PROVIDER_REJECTED, // guarantee insurance limit
  '6001': UserErrorCode.PROVIDER_REJECTED, // a required parameter is missing
  '6002': UserErrorCode.PROVIDER_REJECTED, // a parameter is wrong
  '6003': UserErrorCode.PROVIDER_REJECTED, // check the parameters
  '9001': UserErrorCode.PROVIDER_REJECTED, // contact support
};

export function payupCodeMeaning(responseCode: string): PayupCodeMeaning {
  return PAYUP_RESPONSE_CODES[responseCode] ?? UserErrorCode.PROVIDER_REJECTED;
}
