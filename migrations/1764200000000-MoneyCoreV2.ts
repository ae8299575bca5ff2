import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money core v2:
 * - provider accounts move out of `sellers` into `seller_accounts` (one row per seller and provider),
 *   so that a provider is a registry entry, not a set of columns;
 * - provider ids (PayApp mul_no, rebill_no, cashstno, …) are unique per seller, not globally:
 *   another seller's notice can never collide with this seller's rows;
 * - `money_movements`: every call that can move money is recorded before it is made, holds its
 *   payment's one movement slot while in flight, and carries a lease after which any instance
 *   settles it as UNKNOWN;
 * - idempotency records get a lease too, and payment events an operator's note.
 */
export class MoneyCoreV21764200000000 implements MigrationInterface {
  name = 'MoneyCoreV21764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE seller_accounts (
      seller_id VARCHAR(32) NOT NULL,
      provider VARCHAR(16) NOT NULL,
      account_id VARCHAR(64) NOT NULL,
      secret TEXT NOT NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (seller_id, provider),
      UNIQUE KEY uq_seller_accounts_account (provider, account_id),
      CONSTRAINT fk_seller_accounts_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
    for (const [provider, idColumn, secretColumn] of [
      ['PAYAPP', 'payapp_user_id', 'payapp_secret'],
      ['WELCOME', 'welcome_mid', 'welcome_secret'],
      ['PAYUP', 'payup_merchant_id', 'payup_secret'],
    ]) {
      await q.query(
        `INSERT INTO seller_accounts (seller_id, provider, account_id, secret, created_at)
         SELECT id, '${provider}', ${idColumn}, ${secretColumn}, created_at FROM sellers WHERE ${idColumn} IS NOT NULL AND ${secretColumn} IS NOT NULL`,
      );
    }
    await q.query(`ALTER TABLE sellers
      DROP INDEX uq_sellers_payapp_user, DROP INDEX uq_sellers_welcome_mid, DROP INDEX uq_sellers_payup_merchant,
      DROP COLUMN payapp_user_id, DROP COLUMN payapp_secret, DROP COLUMN welcome_mid, DROP COLUMN welcome_secret,
      DROP COLUMN payup_merchant_id, DROP COLUMN payup_secret`);

    await q.query('ALTER TABLE payments DROP INDEX uq_payments_provider_id, ADD UNIQUE KEY uq_payments_seller_provider_id (seller_id, provider, provider_payment_id)');
    await q.query('ALTER TABLE subscriptions DROP INDEX uq_subscriptions_provider_id, ADD UNIQUE KEY uq_subscriptions_seller_provider_id (seller_id, provider, provider_subscription_id)');
    await q.query('ALTER TABLE cash_receipts DROP INDEX uq_cash_receipts_provider_id, ADD UNIQUE KEY uq_cash_receipts_seller_provider_id (seller_id, provider, provider_receipt_id)');

    await q.query('ALTER TABLE payment_events ADD COLUMN note VARCHAR(1000) NULL');
    await q.query('ALTER TABLE idempotency_records ADD COLUMN owner VARCHAR(32) NULL, ADD COLUMN lease_until DATETIME(3) NULL');

    await q.query(`CREATE TABLE money_movements (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      payment_id VARCHAR(32) NOT NULL,
      seller_id VARCHAR(32) NOT NULL,
      provider VARCHAR(16) NOT NULL,
      kind VARCHAR(24) NOT NULL,
      amount INT NULL,
      state VARCHAR(16) NOT NULL,
      active_payment_id VARCHAR(32) NULL,
      source VARCHAR(24) NOT NULL,
      idempotency_api_key_id VARCHAR(32) NULL,
      idempotency_key VARCHAR(191) NULL,
      details JSON NULL,
      outcome JSON NULL,
      lease_until DATETIME(3) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_money_movements_active (active_payment_id),
      KEY ix_money_movements_payment (payment_id, id),
      KEY ix_money_movements_lease (state, lease_until),
      KEY ix_money_movements_idempotency (idempotency_api_key_id, idempotency_key)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE money_movements');
    await q.query('ALTER TABLE idempotency_records DROP COLUMN owner, DROP COLUMN lease_until');
    await q.query('ALTER TABLE payment_events DROP COLUMN note');
    await q.query('ALTER TABLE cash_receipts DROP INDEX uq_cash_receipts_seller_provider_id, ADD UNIQUE KEY uq_cash_receipts_provider_id (provider, provider_receipt_id)');
    await q.query('ALTER TABLE subscriptions DROP INDEX uq_subscriptions_seller_provider_id, ADD UNIQUE KEY uq_subscriptions_provider_id (provider, provider_subscription_id)');
    await q.query('ALTER TABLE payments DROP INDEX uq_payments_seller_provider_id, ADD UNIQUE KEY uq_payments_provider_id (provider, provider_payment_id)');
    await q.query(`ALTER TABLE sellers
      ADD COLUMN payapp_user_id VARCHAR(64) NULL, ADD COLUMN payapp_secret TEXT NULL, ADD COLUMN welcome_mid VARCHAR(64) NULL,
      ADD COLUMN welcome_secret TEXT NULL, ADD COLUMN payup_merchant_id VARCHAR(64) NULL, ADD COLUMN payup_secret TEXT NULL,
      ADD UNIQUE KEY uq_sellers_payapp_user (payapp_user_id), ADD UNIQUE KEY uq_sellers_welcome_mid (welcome_mid),
      ADD UNIQUE KEY uq_sellers_payup_merchant (payup_merchant_id)`);
    for (const [provider, idColumn, secretColumn] of [
      ['PAYAPP', 'payapp_user_id', 'payapp_secret'],
      ['WELCOME', 'welcome_mid', 'welcome_secret'],
      ['PAYUP', 'payup_merchant_id', 'payup_secret'],
    ]) {
      await q.query(`UPDATE sellers s JOIN seller_accounts a ON a.seller_id = s.id AND a.provider = '${provider}' SET s.${idColumn} = a.account_id, s.${secretColumn} = a.secret`);
    }
    await q.query('DROP TABLE seller_accounts');
  }
}
