import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CycleUnit, Provider, SubscriptionState } from '../../domain/enums';
import { idColumn, moneyColumn, textColumn, timeColumn } from '../../db/columns';

/** A recurring payment: a PayApp rebill, or a billing key this service charges on a schedule. */
@Entity('subscriptions')
export class SubscriptionRow {
  @PrimaryColumn(idColumn) id: string;
  @Column({ name: 'seller_id', ...idColumn }) sellerId: string;
  @Column({ type: 'varchar', length: 16 }) provider: Provider;
  @Column(textColumn('provider_subscription_id', 64)) providerSubscriptionId: string | null;
  @Column({ name: 'good_name', type: 'varchar', length: 200 }) goodName: string;
  @Column(moneyColumn('amount')) amount: number;
  @Column({ name: 'cycle_unit', type: 'varchar', length: 8 }) cycleUnit: CycleUnit;
  @Column({ name: 'cycle_day_of_month', type: 'tinyint', nullable: true }) cycleDayOfMonth: number | null;
  @Column({ name: 'cycle_day_of_week', type: 'tinyint', nullable: true }) cycleDayOfWeek: number | null;
  /** Calendar dates in Asia/Seoul, kept as 'YYYY-MM-DD' strings. */
  @Column({ name: 'expires_on', type: 'date' }) expiresOn: string;
  @Column({ type: 'varchar', length: 24 }) state: SubscriptionState;
  @Column(textColumn('pay_url', 500)) payUrl: string | null;
  @Column({ name: 'billing_key_id', ...idColumn, nullable: true }) billingKeyId: string | null;
  /** The next charge (or retry) this service makes; null when it makes none (PayApp-run, paused, ended). */
  @Column({ name: 'next_charge_on', type: 'date', nullable: true }) nextChargeOn: string | null;
  /** The cycle date being charged while its retries run; it names the charge's idempotency key. */
  @Column({ name: 'due_on', type: 'date', nullable: true }) dueOn: string | null;
  /** How many attempts at `dueOn` the provider refused. */
  @Column({ name: 'charge_attempts', type: 'tinyint' }) chargeAttempts: number;
  /** The scheduler run charging it now, and until when its claim holds (then any instance may take it over). */
  @Column(textColumn('claim_owner', 32)) claimOwner: string | null;
  @Column(timeColumn('claimed_until', true)) claimedUntil: Date | null;
  @Column(textColumn('last_failure_message', 500)) lastFailureMessage: string | null;
  @Column(textColumn('buyer_name', 100)) buyerName: string | null;
  @Column(textColumn('buyer_phone', 32)) buyerPhone: string | null;
  @Column(textColumn('buyer_email', 200)) buyerEmail: string | null;
  @Column(textColumn('memo', 500)) memo: string | null;
  @Column(textColumn('var1', 300)) var1: string | null;
  @Column(textColumn('var2', 300)) var2: string | null;
  @Column(timeColumn('created_at')) createdAt: Date;
  @Column(timeColumn('updated_at')) updatedAt: Date;
}
