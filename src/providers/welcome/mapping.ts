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

/** `CardKind` of a card billing key (payapi03 §3.1). */
export const WELCOME_CARD_KINDS: Readonly<Record<string, WelcomeCardKind>> = {
  '0': 'PERSONAL',
  '1': 'CORPORATE',
  '9': 'OTHER',
};
