import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cash receipts issued through the API:
 * - the buyer's identity (phone or business number) is kept masked, never in full;
 * - a receipt records each provider call before making it (ISSUING, CANCELLING) with a lease, so
 *   that a call whose process died is settled UNKNOWN by any instance, never guessed;
 * - `failure` keeps why the last call did not succeed; `call_event_id` names the event that started
 *   it, so that a late answer can only settle its own call;
 * - `cash_receipt_events`: every state change, with the idempotency key of the call it started.
 */
export class CashReceiptsAndOnboarding1764400000000 implements MigrationInterface {
  name = 'CashReceiptsAndOnboarding1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cash_receipts
      ADD COLUMN masked_identity VARCHAR(32) NULL AFTER buyer_name,
      ADD COLUMN failure JSON NULL,
      ADD COLUMN call_event_id VARCHAR(32) NULL,
      ADD COLUMN lease_until DATETIME(3) NULL,
      ADD KEY ix_cash_receipts_lease (state, lease_until)`);
    await q.query(`CREATE TABLE cash_receipt_events (
      id VARCHAR(32) NOT NULL PRIMARY KEY,
      cash_receipt_id VARCHAR(32) NOT NULL,
      seller_id VARCHAR(32) NOT NULL,
      from_state VARCHAR(16) NULL,
      to_state VARCHAR(16) NOT NULL,
      source VARCHAR(24) NOT NULL,
      idempotency_api_key_id VARCHAR(32) NULL,
      idempotency_key VARCHAR(191) NULL,
      data JSON NULL,
      note VARCHAR(1000) NULL,
      occurred_at DATETIME(3) NOT NULL,
      KEY ix_cash_receipt_events_receipt (cash_receipt_id, id),
      KEY ix_cash_receipt_events_idempotency (idempotency_api_key_id, idempotency_key),
      CONSTRAINT fk_cash_receipt_events_receipt FOREIGN KEY (cash_receipt_id) REFERENCES cash_receipts (id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE cash_receipt_events');
    await q.query(`ALTER TABLE cash_receipts DROP KEY ix_cash_receipts_lease,
      DROP COLUMN lease_until, DROP COLUMN call_event_id, DROP COLUMN failure, DROP COLUMN masked_identity`);
  }
}
