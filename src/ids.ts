import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulid';

/**
 * Ids are `<prefix>_<ULID>`: opaque to callers, unique across processes, and sortable by creation
 * time, so "newest first" is ORDER BY id DESC and an id is its own pagination cursor.
 */
export const ID_PREFIXES = {
  payment: 'pay',
  paymentEvent: 'pev',
  billingKey: 'bk',
  subscription: 'sub',
  subscriptionEvent: 'sev',
  cashReceipt: 'cr',
  cashReceiptEvent: 'cre',
  seller: 'sel',
  apiKey: 'key',
  movement: 'mov',
  webhookEndpoint: 'whe',
  webhookDelivery: 'whd',
  /** A billing key's state change, as domain events name it. */
  billingKeyEvent: 'bke',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
const randomPool = Buffer.alloc(4096);
let randomUsed = randomPool.length;

/** ulid's own source asks the system for one random byte per character (16 calls per id): the same bytes, fetched 4 KB at a time. */
function pooledRandom(): number {
  if (randomUsed === randomPool.length) {
    randomFillSync(randomPool);
    randomUsed = 0;
  }
  return randomPool[randomUsed++] / 0x100;
}

const ulid = monotonicFactory(pooledRandom);
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${ulid()}`;
}

/** The kind an id names, or undefined when it is not one of ours. */
export function kindOfId(id: string): IdKind | undefined {
  const [prefix, body, extra] = id.split('_');
  if (extra !== undefined || !body || !ULID.test(body)) return undefined;
  return (Object.keys(ID_PREFIXES) as IdKind[]).find((k) => ID_PREFIXES[k] === prefix);
}

export function isIdOf(kind: IdKind, id: string): boolean {
  return kindOfId(id) === kind;
}
