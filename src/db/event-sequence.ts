import type { EntityManager } from 'typeorm';
import { queueWrite } from './write-batch';

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

/**
 * The value of an event row's seq column that takes the number queueNextSeq drew: the INSERT
 * must follow that statement directly (nothing in between may set the connection's LAST_INSERT_ID).
 */
export const DRAWN_SEQ = { toSqlString: () => 'LAST_INSERT_ID()' };

/**
 * nextSeq for a transaction that holds writes (write-batch.ts): the number is drawn by a held
 * statement and the event row takes it as DRAWN_SEQ, so neither waits for a round trip of its own;
 * `drawn` learns the number when the statements have been sent.
 */
export function queueNextSeq(manager: EntityManager, log: EventLog, drawn: (seq: number) => void): Promise<void> {
  return queueWrite(manager, 'UPDATE event_sequence SET value = LAST_INSERT_ID(value + 1) WHERE name = ?', [log], (raw) => drawn(Number((raw as { insertId: number }).insertId)));
}
