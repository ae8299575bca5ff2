import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists that seek an index at any size, and counts that read no payment rows.
 *
 * Every payments list is `scope AND filter ORDER BY id DESC LIMIT n+1`; InnoDB secondary indexes
 * end with the primary key, so an index on (scope, filter column) is already ordered by id within
 * one value and the page is a seek, whatever the table's size. Scope is none (PLATFORM keys) or
 * seller_id (SELLER keys, Seller.payments):
 *
 * | filter            | no scope                          | seller_id                          |
 * |-------------------|-----------------------------------|------------------------------------|
 * | none              | PRIMARY                           | ix_payments_seller (existing)      |
 * | states            | ix_payments_state (existing)      | ix_payments_seller_state           |
 * | providers         | ix_payments_provider (existing)   | ix_payments_seller_provider        |
 * | methods           | ix_payments_method (existing)     | ix_payments_seller_method          |
 * | orderId           | ix_payments_order (existing)      | ix_payments_seller_order           |
 * | providerPaymentId | ix_payments_provider_payment      | ix_payments_provider_payment       |
 * | createdFrom/To    | an id range on any of the above   | an id range on any of the above    |
 *
 * payment_counts holds how many payments each seller has per (state, provider, method), changed
 * in the ledger's transaction with the payment (src/modules/payments/payment-counts.ts); it is
 * filled here from the rows that exist.
 */
export class FastReads1764600000000 implements MigrationInterface {
  name = 'FastReads1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE payments
      ADD KEY ix_payments_seller_state (seller_id, state, id),
      ADD KEY ix_payments_seller_provider (seller_id, provider, id),
      ADD KEY ix_payments_seller_method (seller_id, method, id),
      ADD KEY ix_payments_seller_order (seller_id, order_id, id),
      ADD KEY ix_payments_provider_payment (provider_payment_id, id)`);

    await q.query(`CREATE TABLE payment_counts (
      seller_id VARCHAR(32) NOT NULL,
      state VARCHAR(24) NOT NULL,
      provider VARCHAR(16) NOT NULL,
      method VARCHAR(24) NOT NULL DEFAULT '',
      n BIGINT NOT NULL,
      PRIMARY KEY (seller_id, state, provider, method)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    await q.query(`INSERT INTO payment_counts (seller_id, state, provider, method, n)
      SELECT seller_id, state, provider, COALESCE(method, ''), COUNT(*) FROM payments GROUP BY seller_id, state, provider, COALESCE(method, '')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE payment_counts');
    await q.query(`ALTER TABLE payments DROP KEY ix_payments_seller_state, DROP KEY ix_payments_seller_provider, DROP KEY ix_payments_seller_method,
      DROP KEY ix_payments_seller_order, DROP KEY ix_payments_provider_payment`);
  }
}
