import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole data model. Ids are `<prefix>_<ULID>` (sortable), so every "newest first" list is an
 * index on (scope, id). Money is INT in the smallest currency unit; times are DATETIME(3) in UTC.
 */
export class Initial1764100000000 implements MigrationInterface {
  name = 'Initial1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE sellers (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      name VARCHAR(200) NOT NULL,
      payapp_user_id VARCHAR(64) NULL,
      payapp_secret TEXT NULL,
      welcome_mid VARCHAR(64) NULL,
      welcome_secret TEXT NULL,
      payup_merchant_id VARCHAR(64) NULL,
      payup_secret TEXT NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_sellers_payapp_user (payapp_user_id),
      UNIQUE KEY uq_sellers_welcome_mid (welcome_mid),
      UNIQUE KEY uq_sellers_payup_merchant (payup_merchant_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE sub_accounts (
      seller_id VARCHAR(32) NOT NULL,
      sub_user_id VARCHAR(64) NOT NULL,
      name VARCHAR(100) NOT NULL,
      permissions INT NOT NULL,
      created_at DATETIME(3) NOT NULL,
      PRIMARY KEY (seller_id, sub_user_id),
      CONSTRAINT fk_sub_accounts_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE api_keys (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      name VARCHAR(100) NOT NULL,
      role VARCHAR(16) NOT NULL,
      seller_id VARCHAR(32) NULL,
      secret_hash CHAR(64) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      revoked_at DATETIME(3) NULL,
      UNIQUE KEY uq_api_keys_secret_hash (secret_hash),
      CONSTRAINT fk_api_keys_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE billing_keys (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      seller_id VARCHAR(32) NOT NULL,
      provider VARCHAR(16) NOT NULL,
      method VARCHAR(16) NOT NULL,
      provider_key_secret TEXT NOT NULL,
      masked_card_number VARCHAR(32) NULL,
      card_name VARCHAR(100) NULL,
      buyer_name VARCHAR(100) NULL,
      buyer_phone VARCHAR(32) NULL,
      buyer_email VARCHAR(200) NULL,
      buyer_id VARCHAR(100) NULL,
      state VARCHAR(16) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      deleted_at DATETIME(3) NULL,
      KEY ix_billing_keys_seller (seller_id, id),
      CONSTRAINT fk_billing_keys_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE subscriptions (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      seller_id VARCHAR(32) NOT NULL,
      provider VARCHAR(16) NOT NULL,
      provider_subscription_id VARCHAR(64) NULL,
      good_name VARCHAR(200) NOT NULL,
      amount INT NOT NULL,
      cycle_unit VARCHAR(8) NOT NULL,
      cycle_day_of_month TINYINT NULL,
      cycle_day_of_week TINYINT NULL,
      expires_on DATE NOT NULL,
      state VARCHAR(24) NOT NULL,
      pay_url VARCHAR(500) NULL,
      billing_key_id VARCHAR(32) NULL,
      next_charge_on DATE NULL,
      last_failure_message VARCHAR(500) NULL,
      buyer_name VARCHAR(100) NULL,
      buyer_phone VARCHAR(32) NULL,
      buyer_email VARCHAR(200) NULL,
      memo VARCHAR(500) NULL,
      var1 VARCHAR(300) NULL,
      var2 VARCHAR(300) NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_subscriptions_provider_id (provider, provider_subscription_id),
      KEY ix_subscriptions_seller (seller_id, id),
      KEY ix_subscriptions_due (state, next_charge_on),
      KEY ix_subscriptions_billing_key (billing_key_id),
      CONSTRAINT fk_subscriptions_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
      CONSTRAINT fk_subscriptions_billing_key FOREIGN KEY (billing_key_id) REFERENCES billing_keys (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE payments (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      seller_id VARCHAR(32) NOT NULL,
      provider VARCHAR(16) NOT NULL,
      provider_payment_id VARCHAR(64) NULL,
      order_id VARCHAR(100) NULL,
      good_name VARCHAR(200) NOT NULL,
      amount INT NOT NULL,
      cancelled_amount INT NOT NULL DEFAULT 0,
      taxable_amount INT NULL,
      tax_free_amount INT NULL,
      vat_amount INT NULL,
      currency VARCHAR(3) NOT NULL,
      state VARCHAR(24) NOT NULL,
      pay_state SMALLINT NULL,
      method VARCHAR(24) NULL,
      buyer_name VARCHAR(100) NULL,
      buyer_phone VARCHAR(32) NULL,
      buyer_email VARCHAR(200) NULL,
      buyer_id VARCHAR(100) NULL,
      pay_url VARCHAR(500) NULL,
      qr_url VARCHAR(500) NULL,
      receipt_url VARCHAR(500) NULL,
      card_name VARCHAR(100) NULL,
      card_masked_number VARCHAR(32) NULL,
      card_approval_number VARCHAR(32) NULL,
      card_installment_months SMALLINT NULL,
      vbank_name VARCHAR(64) NULL,
      vbank_account_number VARCHAR(64) NULL,
      memo VARCHAR(500) NULL,
      var1 VARCHAR(300) NULL,
      var2 VARCHAR(300) NULL,
      billing_key_id VARCHAR(32) NULL,
      subscription_id VARCHAR(32) NULL,
      source VARCHAR(24) NOT NULL,
      requested_at DATETIME(3) NULL,
      paid_at DATETIME(3) NULL,
      cancelled_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_payments_provider_id (provider, provider_payment_id),
      KEY ix_payments_seller (seller_id, id),
      KEY ix_payments_state (state, id),
      KEY ix_payments_provider (provider, id),
      KEY ix_payments_method (method, id),
      KEY ix_payments_order (order_id),
      KEY ix_payments_billing_key (billing_key_id, id),
      KEY ix_payments_subscription (subscription_id, id),
      CONSTRAINT fk_payments_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
      CONSTRAINT fk_payments_billing_key FOREIGN KEY (billing_key_id) REFERENCES billing_keys (id),
      CONSTRAINT fk_payments_subscription FOREIGN KEY (subscription_id) REFERENCES subscriptions (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE payment_events (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      seq BIGINT NOT NULL,
      payment_id VARCHAR(32) NOT NULL,
      seller_id VARCHAR(32) NOT NULL,
      from_state VARCHAR(24) NULL,
      to_state VARCHAR(24) NOT NULL,
      pay_state SMALLINT NULL,
      amount INT NULL,
      source VARCHAR(24) NOT NULL,
      dedupe_key VARCHAR(191) NULL,
      data JSON NULL,
      occurred_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_payment_events_seq (seq),
      UNIQUE KEY uq_payment_events_dedupe (payment_id, dedupe_key),
      KEY ix_payment_events_payment (payment_id, id),
      KEY ix_payment_events_seller_seq (seller_id, seq),
      CONSTRAINT fk_payment_events_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    // The ordering point of all payment events (see PaymentEventRow.seq).
    await q.query(`CREATE TABLE event_sequence (
      name VARCHAR(32) NOT NULL PRIMARY KEY,
      value BIGINT NOT NULL
    ) ENGINE=InnoDB`);
    await q.query(`INSERT INTO event_sequence (name, value) VALUES ('payment_events', 0)`);

    await q.query(`CREATE TABLE cash_receipts (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      seller_id VARCHAR(32) NOT NULL,
      payment_id VARCHAR(32) NULL,
      provider VARCHAR(16) NOT NULL,
      provider_receipt_id VARCHAR(64) NULL,
      approval_number VARCHAR(64) NULL,
      receipt_url VARCHAR(500) NULL,
      purpose VARCHAR(24) NOT NULL,
      tax_type VARCHAR(16) NOT NULL,
      good_name VARCHAR(200) NOT NULL,
      buyer_name VARCHAR(100) NOT NULL,
      total_amount INT NOT NULL,
      supply_amount INT NOT NULL,
      service_fee INT NOT NULL,
      vat_amount INT NOT NULL,
      traded_at DATETIME(3) NOT NULL,
      state VARCHAR(16) NOT NULL,
      created_at DATETIME(3) NOT NULL,
      cancelled_at DATETIME(3) NULL,
      UNIQUE KEY uq_cash_receipts_provider_id (provider, provider_receipt_id),
      KEY ix_cash_receipts_seller (seller_id, id),
      KEY ix_cash_receipts_payment (payment_id, id),
      CONSTRAINT fk_cash_receipts_seller FOREIGN KEY (seller_id) REFERENCES sellers (id),
      CONSTRAINT fk_cash_receipts_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE idempotency_records (
      api_key_id VARCHAR(32) NOT NULL,
      idempotency_key VARCHAR(191) NOT NULL,
      operation VARCHAR(64) NOT NULL,
      request_hash CHAR(64) NOT NULL,
      status VARCHAR(16) NOT NULL,
      response JSON NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      PRIMARY KEY (api_key_id, idempotency_key)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['idempotency_records', 'cash_receipts', 'event_sequence', 'payment_events', 'payments', 'subscriptions', 'billing_keys', 'api_keys', 'sub_accounts', 'sellers']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
