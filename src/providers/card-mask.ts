/**
 * The card number shown for a stored card: the provider's masked one, or, where it returns none
 * (Welcome) or, against its manual, an unmasked one, the typed number with at most its first 6 and
 * last 4 digits visible.
 */
export function maskCardNumber(number: string): string {
  const digits = number.replace(/\D/g, '');
  return `${digits.slice(0, 6)}${'*'.repeat(Math.max(digits.length - 10, 0))}${digits.slice(-4)}`;
}

export function shownCardNumber(providerMasked: string | undefined, typed: string): string {
  return providerMasked && !/^\d{11,}$/.test(providerMasked.replace(/[\s-]/g, '')) ? providerMasked : maskCardNumber(typed);
}
