/**
 * Values people type in many ways, reduced once, at the edge, to the one form every provider and
 * every query sees: a phone typed `010-2345-6789` is `01023456789` everywhere.
 */

const PHONE_AS_TYPED = /^\+?[\d\s().-]+$/;
const KOREA = '82';

/**
 * A phone number's digits in national form (`+82 10-2345-6789` → `01023456789`), or undefined
 * when the text is not a phone number (letters, fewer than 8 or more than 15 digits).
 */
export function normalizePhone(typed: string): string | undefined {
  const text = typed.trim();
  if (!PHONE_AS_TYPED.test(text)) return undefined;
  let digits = text.replace(/\D/g, '');
  // Korean numbers go to Korean providers in national form: +82 10 … (or +82 (0)10 …) is 010 ….
  if (text.startsWith('+') && digits.startsWith(KOREA)) digits = `0${digits.slice(KOREA.length).replace(/^0+/, '')}`;
  return digits.length >= 8 && digits.length <= 15 ? digits : undefined;
}

/** A number typed with separators (business number `123-45-67890`): its digits, or undefined if anything else is in it. */
export function normalizeDigits(typed: string): string | undefined {
  const text = typed.trim();
  return /^[\d\s.-]+$/.test(text) && /\d/.test(text) ? text.replace(/\D/g, '') : undefined;
}
