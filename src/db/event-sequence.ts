import type { EntityManager } from 'typeorm';

/** The event logs whose order is commit order, each numbered by its own row of `event_sequence`. */
export type EventLog = 'payment_events' | 'subscription_events';

/**
 * The next number of `log`. Call it as the transaction's last write before the event row: the
 * sequence row stays locked until commit, so numbers are handed out in commit order. One statement:
 * the server reports the LAST_INSERT_ID(expr) an UPDATE sets as its insert id (the MySQL manual's
 * sequence idiom).
 */
export async function nextSeq(manager: EntityManager, log: EventLog): Promise<number> {
  const { insertId } = await manager.query('UPDATE event_sequence SET value = LAST_INSERT_ID(value + 1) WHERE name = ?', [log]);
  return Number(insertId);
}
