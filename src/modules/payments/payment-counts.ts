import { DataSource, EntityManager } from 'typeorm';
import { queueWrite } from '../../db/write-batch';
import type { PaymentRow } from './payment.entity';
import type { PaymentFilter } from './payment.types';

/**
 * How many payments each seller has per (state, provider, method): `totalCount` of a list
 * filtered by nothing but those reads a few counter rows instead of counting a million payments.
 * The ledger changes them in the transaction that changes the payment, after the event has taken
 * its seq (so every writer takes the sequence row before any counter row: no deadlock), and they
 * commit or roll back with it.
 */
export type Counted = Pick<PaymentRow, 'sellerId' | 'state' | 'provider' | 'method'>;

const keyOf = (p: Counted): [string, string, string, string] => [p.sellerId, p.state, p.provider, p.method ?? ''];

/** Moves a payment from the counter of `before` (none for a new payment) to that of `after`: one statement, or none. */
export async function countPaymentChange(manager: EntityManager, before: Counted | null, after: Counted): Promise<void> {
  const to = keyOf(after);
  const from = before && keyOf(before);
  if (from && from.join('\0') === to.join('\0')) return;
  const rows = from ? [[...from, -1], [...to, 1]] : [[...to, 1]];
  await queueWrite(
    manager,
    `INSERT INTO payment_counts (seller_id, state, provider, method, n) VALUES ${rows.map(() => '(?, ?, ?, ?, ?)').join(', ')} ON DUPLICATE KEY UPDATE n = n + VALUES(n)`,
    rows.flat(),
  );
}

/** Whether the counters alone answer a filter: they know states, providers and methods, nothing else. */
export function countersAnswer(filter: PaymentFilter | undefined): boolean {
  return !filter || (filter.orderId == null && filter.providerPaymentId == null && filter.createdFrom == null && filter.createdTo == null);
}

/**
 * How many payments match `filter` (which countersAnswer), from the counters: one number per seller
 * of `sellerIds`, or with null a single number for every seller (a PLATFORM key's list).
 */
export async function countedPayments(db: DataSource, sellerIds: string[] | null, filter: PaymentFilter | undefined): Promise<number[]> {
  if (sellerIds && !sellerIds.length) return [];
  const where: string[] = [];
  const params: unknown[] = [];
  const within = (column: string, values: readonly unknown[] | undefined) => {
    if (!values?.length) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  within('seller_id', sellerIds ?? undefined);
  within('state', filter?.states);
  within('provider', filter?.providers);
  within('method', filter?.methods);
  const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
  if (!sellerIds) {
    const [row] = await db.query(`SELECT COALESCE(SUM(n), 0) AS n FROM payment_counts ${condition}`, params);
    return [Number(row.n)];
  }
  const rows: { sellerId: string; n: string | number }[] = await db.query(`SELECT seller_id AS sellerId, SUM(n) AS n FROM payment_counts ${condition} GROUP BY seller_id`, params);
  const bySeller = new Map(rows.map((r) => [r.sellerId, Number(r.n)]));
  return sellerIds.map((id) => bySeller.get(id) ?? 0);
}

/** Rebuilds every counter from the payment rows, for rows written without the ledger (bulk seeding). */
export async function recountPayments(db: DataSource | EntityManager): Promise<void> {
  await db.query('DELETE FROM payment_counts');
  await db.query(
    "INSERT INTO payment_counts (seller_id, state, provider, method, n) SELECT seller_id, state, provider, COALESCE(method, ''), COUNT(*) FROM payments GROUP BY seller_id, state, provider, COALESCE(method, '')",
  );
}
