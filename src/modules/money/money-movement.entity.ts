import { Column, Entity, PrimaryColumn } from 'typeorm';
import { idColumn, moneyColumn, textColumn, timeColumn } from '../../db/columns';
import { EventSource, Provider, UserErrorCode } from '../../domain/enums';

/** What a money movement asks of the provider. */
export enum MovementKind {
  /** A pay request (PayApp payrequest): no money yet, but a second one would ask the buyer twice. */
  PAY_REQUEST = 'PAY_REQUEST',
  /** A charge: card key-in, a billing key. */
  CHARGE = 'CHARGE',
  /** A full or partial cancel. */
  CANCEL = 'CANCEL',
  /** A request that the provider cancel later (PayApp paycancelreq); its notice moves the money. */
  CANCEL_REQUEST = 'CANCEL_REQUEST',
}

/** Where a movement stands. Only IN_FLIGHT holds the payment's movement slot. */
export enum MovementState {
  IN_FLIGHT = 'IN_FLIGHT',
  SUCCEEDED = 'SUCCEEDED',
  REFUSED = 'REFUSED',
  /** The request certainly never left (connection refused, DNS): nothing happened. */
  NOT_SENT = 'NOT_SENT',
  /** Sent, and no explicit answer came (time-out, 5xx, unreadable answer, the process died). */
  UNKNOWN = 'UNKNOWN',
}

/**
 * One call that can move money, recorded before it is made (the intent) and settled with what
 * came of it. While IN_FLIGHT, `activePaymentId` equals `paymentId`, and its unique index lets one
 * movement per payment be in flight at a time; past `leaseUntil` any instance may settle it as
 * UNKNOWN (the process that made it is taken for dead).
 */
@Entity('money_movements')
export class MoneyMovementRow {
  @PrimaryColumn(idColumn) id: string;
  /** The payment it moves; for a pay request, the id reserved for the payment it will open. */
  @Column({ name: 'payment_id', ...idColumn }) paymentId: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ type: 'varchar', length: 16 }) provider: Provider;
  @Column({ type: 'varchar', length: 24 }) kind: MovementKind;
  @Column(moneyColumn('amount', true)) amount: number | null;
  @Column({ type: 'varchar', length: 16 }) state: MovementState;
  @Column({ name: 'active_payment_id', ...idColumn, nullable: true }) activePaymentId: string | null;
  @Column({ type: 'varchar', length: 24 }) source: EventSource;
  @Column({ name: 'idempotency_api_key_id', ...idColumn, nullable: true }) idempotencyApiKeyId: string | null;
  @Column(textColumn('idempotency_key', 191)) idempotencyKey: string | null;
  /** What was asked, in domain terms (never card data); for a pay request, the payment to open. */
  @Column({ type: 'json', nullable: true }) details: object | null;
  /** What came of it: the provider's code and words, or why it is unknown. */
  @Column({ type: 'json', nullable: true }) outcome: MovementOutcome | null;
  @Column(timeColumn('lease_until')) leaseUntil: Date;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('updated_at')) updatedAt: Date;
}

export interface MovementOutcome {
  message?: string;
  providerCode?: string;
  /** The refusal's code, for an idempotent replay. */
  errorCode?: UserErrorCode;
  /** The notice that confirmed this movement before its own answer was recorded. */
  confirmedBy?: string;
}
