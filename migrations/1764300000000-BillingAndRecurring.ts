import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Billing keys and recurring payments:
 * - billing keys issued for a fixed charge (Welcome phone keys) keep that amount and their issue date;
 * - a subscription charged by this service keeps the cycle date being charged (`due_on`), how many
 *   attempts at it were refused, and the scheduler's claim on it (owner and lease); expiry is
 *   looked up by (state, expires_on);
 * - `subscription_events`: the subscription ledger, one row per change with its own ordering
 *   (seq, from the event_sequence row 'subscription_events'), written with the change.
 */
export class BillingAndRecurring1764300000000 implements MigrationInterface {
  name = 'BillingAndRecurring1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE billing_keys ADD COLUMN fixed_amount INT NULL, ADD COLUMN issued_on DATE NULL');
    await q.query(`ALTER TABLE subscriptions
      ADD COLUMN due_on DATE NULL,
      ADD COLUMN charge_attempts TINYINT NOT NULL DEFAULT 0,
      ADD COLUMN claim_owner VARCHAR(32) NULL,
      ADD COLUMN claimed_until DATETIME(3) NULL,
      ADD KEY ix_subscriptions_expiry (state, expires_on)`);
    await q.query(`CREATE TABLE subscription_events (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      seq BIGINT NOT NULL,
      subscription_id VARCHAR(32) NOT NULL,
      seller_id VARCHAR(32) NOT NULL,
      kind VARCHAR(24) NOT NULL,
      from_state VARCHAR(24) NULL,
      to_state VARCHAR(24) NOT NULL,
      source VARCHAR(24) NOT NULL,
      payment_id VARCHAR(32) NULL,
      due_on DATE NULL,
      message VARCHAR(500) NULL,
      dedupe_key VARCHAR(191) NULL,
      data JSON NULL,
      occurred_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_subscription_events_seq (seq),
      UNIQUE KEY uq_subscription_events_dedupe (subscription_id, dedupe_key),
      KEY ix_subscription_events_subscription (subscription_id, id),
      KEY ix_subscription_events_seller_seq (seller_id, seq),
      CONSTRAINT fk_subscription_events_subscription FOREIGN KEY (subscription_id) REFERENCES subscriptions (id),
      CONSTRAINT fk_subscription_events_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await q.query(`INSERT INTO event_sequence (name, value) VALUES ('subscription_events', 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM event_sequence WHERE name = 'subscription_events'`);
    await q.query('DROP TABLE subscription_events');
    await q.query('ALTER TABLE subscriptions DROP KEY ix_subscriptions_expiry, DROP COLUMN due_on, DROP COLUMN charge_attempts, DROP COLUMN claim_owner, DROP COLUMN claimed_until');
    await q.query('ALTER TABLE billing_keys DROP COLUMN fixed_amount, DROP COLUMN issued_on');
  }
}
