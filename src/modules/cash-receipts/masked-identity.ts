/**
 * A cash receipt's identity (a phone or business number) as it is kept: every digit but the last
 * four hidden, enough for a person to recognise the receipt and useless to anyone else.
 */
export function maskIdentity(digits: string): string {
  return `${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`;
}
