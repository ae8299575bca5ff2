import { UserErrorCode } from '../../domain/enums';
import type { WelcomeCardKind } from './types';

export const WELCOME_SUCCESS_CODE = '00';

/**
 * Failure `ResultCode`s with a meaning sharper than "the provider said no". The manual's code table
 * (payapi01 §1.3-6) documents only "00" (success) and "anything else" (failure), so nothing is
 * listed yet; add a code here when Welcome documents one (e.g. an unknown billing key → NOT_FOUND).
 */
export const WELCOME_RESULT_CODES: Readonly<Record<string, UserErrorCode>> = {};

export function welcomeErrorCode(resultCode: string): UserErrorCode {
  return WELCOME_RESULT_CODES[resultCode] ?? UserErrorCode.PROVIDER_REJECTED;
}

/**
 * `ResultCode`s after which a billing key can never be charged again, so that recurring charges
 * stop instead of retrying. Welcome documents no failure code (see WELCOME_RESULT_CODES), so these
 * are the sandbox's: an unknown or deleted key (W101), a lost or stolen card (C041), an expired
 * card (C054). Replace them with Welcome's own once it hands over its table; a code not listed is
 * retried on the schedule, which never charges twice.
 */
export const WELCOME_FINAL_CHARGE_REFUSALS: ReadonlySet<string> = new Set(['W101', 'C041', 'C054']);

/** `CardKind` of a card billing key (payapi03 §3.1). */
export const WELCOME_CARD_KINDS: Readonly<Record<string, WelcomeCardKind>> = {
  '0': 'PERSONAL',
  '1': 'CORPORATE',
  '9': 'OTHER',
};
