import { formatKstTimestamp } from '../providers/kst';

/**
 * The test cards of the Welcome and Payup simulators: the card number picks the outcome.
 * - ending in 0002: the card company declines it (issue, key-in approval).
 * - ending in 0003: a billing key is issued, but every charge on it is declined as over the limit (Welcome C051).
 * - ending in 0004: a billing key is issued, but every charge on it is declined as a lost or stolen card (Welcome C041).
 * - an expiry month before the current one (sandbox clock, KST): declined as expired.
 * - any other number: approved.
 * The first digit picks the issuer reported back (ISSUERS).
 */
export type CardVerdict = 'APPROVED' | 'DECLINED' | 'EXPIRED';

export function cardVerdict(number: string, expiry: { month: string; year: string }, now: Date): CardVerdict {
  if (number.endsWith('0002')) return 'DECLINED';
  const currentMonth = formatKstTimestamp(now).slice(0, 6);
  return `20${expiry.year}${expiry.month}` < currentMonth ? 'EXPIRED' : 'APPROVED';
}

/** How the charges on a Welcome billing key of this card are declined, if they are. */
export type ChargeDecline = 'OVER_LIMIT' | 'LOST_CARD';

export function chargeDeclineOf(number: string): ChargeDecline | undefined {
  if (number.endsWith('0003')) return 'OVER_LIMIT';
  if (number.endsWith('0004')) return 'LOST_CARD';
  return undefined;
}

/** Issuer name (Payup `cardName`) and card company code (Welcome `CardResultCode`) by first digit. */
const ISSUERS: Readonly<Record<string, { name: string; code: string }>> = {
  '3': { name: '롯데카드', code: '03' },
  '4': { name: '신한카드', code: '14' },
  '5': { name: 'KB국민카드', code: '06' },
  '9': { name: 'BC카드', code: '11' },
};
const DEFAULT_ISSUER = { name: '현대카드', code: '04' };

export const issuerOf = (number: string): { name: string; code: string } => ISSUERS[number[0]] ?? DEFAULT_ISSUER;

/** What a simulator keeps of a card number: the first six and last four digits. */
export function maskCardNumber(number: string): string {
  return `${number.slice(0, 6)}${'*'.repeat(Math.max(number.length - 10, 0))}${number.slice(-4)}`;
}
