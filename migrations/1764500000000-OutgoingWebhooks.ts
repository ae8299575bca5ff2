import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed outgoing webhooks: endpoints (a seller's, or the platform's with no seller) and their
 * deliveries, a transactional outbox: a delivery row is written in the same transaction as the
 * event it carries, and any instance claims due ones (a lease on `next_attempt_at`).
 */
export class OutgoingWebhooks1764500000000 implements MigrationInterface {
  name = 'OutgoingWebhooks1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE webhook_endpoints (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      seller_id VARCHAR(32) NULL,
      url VARCHAR(2000) NOT NULL,
      event_types VARCHAR(200) NOT NULL,
      secret TEXT NOT NULL,
      enabled TINYINT(1) NOT NULL,
      disabled_reason VARCHAR(200) NULL,
      created_at DATETIME(3) NOT NULL,
      updated_at DATETIME(3) NOT NULL,
      deleted_at DATETIME(3) NULL,
      KEY ix_webhook_endpoints_seller (seller_id, id),
      CONSTRAINT fk_webhook_endpoints_seller FOREIGN KEY (seller_id) REFERENCES sellers (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);

    await q.query(`CREATE TABLE webhook_deliveries (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      endpoint_id VARCHAR(32) NOT NULL,
      seller_id VARCHAR(32) NULL,
      event_type VARCHAR(40) NOT NULL,
      event_id VARCHAR(32) NOT NULL,
      subject_id VARCHAR(32) NOT NULL,
      body MEDIUMTEXT NOT NULL,
      state VARCHAR(16) NOT NULL,
      attempts INT NOT NULL DEFAULT 0,
      next_attempt_at DATETIME(3) NULL,
      claimed_by VARCHAR(32) NULL,
      last_attempt_at DATETIME(3) NULL,
      last_status_code SMALLINT NULL,
      last_error VARCHAR(500) NULL,
      delivered_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL,
      UNIQUE KEY uq_webhook_deliveries_event (endpoint_id, event_id),
      KEY ix_webhook_deliveries_endpoint (endpoint_id, id),
      KEY ix_webhook_deliveries_endpoint_state (endpoint_id, state, id),
      KEY ix_webhook_deliveries_due (state, next_attempt_at),
      CONSTRAINT fk_webhook_deliveries_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoints (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_deliveries');
    await q.query('DROP TABLE webhook_endpoints');
  }
}
