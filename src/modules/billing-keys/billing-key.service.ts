import { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../../clock';
import type { SecretBox } from '../../crypto/secret-box';
import { kstDateOf } from '../../domain/calendar';
import { BillingKeyMethod, BillingKeyState, EventSource, Provider, SubscriptionState, UserErrorCode } from '../../domain/enums';
import { InputError, notFound, Refusal } from '../../domain/errors';
import type { DomainEvents } from '../../events/domain-events';
import { newId } from '../../ids';
import type { ProviderFailure } from '../../providers/types';
import type { Actor } from '../auth/actor';
import { canSee } from '../auth/viewer';
import type { ProviderAccess } from '../money/provider-access';
import { isRefusal, providerRefusal, unsupported } from '../money/provider-refusals';
import { stoppedChange } from '../subscriptions/charge-schedule';
import type { SubscriptionLedger } from '../subscriptions/subscription-ledger';
import { SubscriptionRow } from '../subscriptions/subscription.entity';
import type { BillingKeyOutcome, DeleteBillingKeyCommand, RecordPhoneBillingKeyCommand, RegisterBillingKeyCommand } from './billing-key.commands';
import { BillingKeyRow } from './billing-key.entity';

const noKey = (refusal: Refusal): BillingKeyOutcome => ({ billingKey: null, userErrors: [refusal] });

/** What a registration that got no answer comes to: nothing recorded, and why that is safe. */
function unansweredRegistration(result: ProviderFailure): Refusal {
  const refusal = providerRefusal(result);
  if (result.kind !== 'unknown') return refusal;
  return {
    ...refusal,
    message: `${result.message}. Nothing was recorded: a key the provider may have issued is known to nobody here and can never be charged. Register the card again (the same idempotency key may be used)`,
  };
}

/**
 * Billing keys: registered with card data (which goes to the provider and nowhere else), recorded
 * when the provider issued them on its own pages (Welcome phone keys), deleted. The provider's key
 * is a secret of the seller: sealed at rest, never returned, never logged. Registering moves no
 * money, so it is not a money movement: a registration that got no answer records nothing.
 */
export class BillingKeyService {
  constructor(
    private readonly db: DataSource,
    private readonly providers: ProviderAccess,
    private readonly box: SecretBox,
    private readonly subscriptions: SubscriptionLedger,
    private readonly domainEvents: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async register(actor: Actor, c: RegisterBillingKeyCommand): Promise<BillingKeyOutcome> {
    const method = c.method ?? BillingKeyMethod.CARD;
    const at = await this.providers.actingAt(actor, c.sellerId, c.provider, 'billingKeys');
    if (isRefusal(at)) return noKey(at);
    if (!at.capability.methods.includes(method)) return noKey(unsupported(c.provider, 'billingKeys', ['method'], `${c.provider} has no ${method} billing keys`));
    const result = await at.capability.register(at.account, { method, card: c.card, buyer: c.buyer, authenticate: c.authenticate ?? true, goodName: c.goodName, note: c.note });
    if (result.kind !== 'ok') return { billingKey: null, userErrors: [unansweredRegistration(result)], retryable: result.kind !== 'refused' };
    const { billingKey, maskedCardNumber, cardName } = result.value;
    const key = this.newKey(at.seller.id, c.provider, method, billingKey, c.buyer, { maskedCardNumber: maskedCardNumber ?? null, cardName: cardName ?? null });
    await this.db.transaction((manager) => this.insert(manager, key, actor.source));
    return { billingKey: key, userErrors: [] };
  }

  /**
   * A phone billing key the provider issued on its own web pages (Welcome: the merchant receives it
   * from Welcome's payment window), with the amount and the date it was issued for: Welcome charges
   * it only that amount, within 5 days of that day of each later month. No API can check such a
   * key; its first charge does.
   */
  async recordPhoneKey(actor: Actor, c: RecordPhoneBillingKeyCommand): Promise<BillingKeyOutcome> {
    const at = await this.providers.actingAt(actor, c.sellerId, c.provider, 'billingKeys');
    if (isRefusal(at)) return noKey(at);
    if (!at.capability.methods.includes(BillingKeyMethod.PHONE)) return noKey(unsupported(c.provider, 'billingKeys', ['provider'], `${c.provider} has no phone billing keys`));
    if (c.issuedOn > kstDateOf(this.clock.now())) throw new InputError('issuedOn: must not be after today (Asia/Seoul)', [['issuedOn']]);
    if (!c.buyer.name) throw new InputError('buyer.name: is required: every phone charge names the buyer', [['buyer', 'name']]);
    const key = this.newKey(at.seller.id, c.provider, BillingKeyMethod.PHONE, c.billingKey, c.buyer, { fixedAmount: c.amount, issuedOn: c.issuedOn });
    await this.db.transaction((manager) => this.insert(manager, key, actor.source));
    return { billingKey: key, userErrors: [] };
  }

  /**
   * Deletes the key at the provider, then here. A key deleted here is never charged again, and the
   * recurring payments charging it are stopped (PAUSED) in the same transaction. When the provider
   * refuses, or its answer never comes, the key is deleted here all the same — nothing but this
   * service charges it — and the userError says the provider may still hold it. Only a provider
   * that could not be reached (nothing sent) leaves the key as it was.
   */
  async delete(actor: Actor, c: DeleteBillingKeyCommand): Promise<BillingKeyOutcome> {
    const key = await this.db.getRepository(BillingKeyRow).findOneBy({ id: c.billingKeyId });
    if (!key || !canSee(actor, key.sellerId)) return noKey(notFound('billingKeyId', 'billing key'));
    const refuse = (refusal: Refusal): BillingKeyOutcome => ({ billingKey: key, userErrors: [refusal] });
    if (key.state === BillingKeyState.DELETED) return refuse({ field: ['billingKeyId'], code: UserErrorCode.INVALID_STATE, message: 'The billing key is deleted already' });
    const billingKeys = this.providers.capability(key.provider, 'billingKeys', ['billingKeyId']);
    if (isRefusal(billingKeys)) return refuse(billingKeys);
    const account = await this.providers.account(key.sellerId, key.provider);
    if (isRefusal(account)) return refuse(account);

    const result = await billingKeys.remove(account, { billingKey: this.box.open<string>(key.providerKeySecret), method: key.method });
    if (result.kind === 'unavailable') return { billingKey: key, userErrors: [providerRefusal(result)], retryable: true };
    const deleted = await this.subscriptions.write(async (tx) => {
      const current = await tx.manager.getRepository(BillingKeyRow).createQueryBuilder('k').setLock('pessimistic_write').where('k.id = :id', { id: key.id }).getOneOrFail();
      if (current.state === BillingKeyState.DELETED) return current;
      const now = new Date();
      await tx.manager.update(BillingKeyRow, { id: key.id }, { state: BillingKeyState.DELETED, deletedAt: now });
      const updated = Object.assign(current, { state: BillingKeyState.DELETED, deletedAt: now });
      await this.recordStateChange(tx.manager, updated, BillingKeyState.ACTIVE, actor.source);
      const charging = await tx.manager.find(SubscriptionRow, { where: { billingKeyId: key.id, state: SubscriptionState.ACTIVE }, select: { id: true } });
      for (const { id } of charging) await tx.change(id, () => stoppedChange(actor.source, 'Its billing key was deleted: create a new key and a new recurring payment'));
      return updated;
    });
    if (result.kind === 'ok') return { billingKey: deleted, userErrors: [] };
    const refusal = providerRefusal(result);
    return { billingKey: deleted, userErrors: [{ ...refusal, message: `${refusal.message}. The key is deleted here and will never be charged, but ${key.provider} may still hold it` }] };
  }

  private newKey(sellerId: string, provider: Provider, method: BillingKeyMethod, providerKey: string, buyer: RegisterBillingKeyCommand['buyer'], details: Partial<BillingKeyRow>): BillingKeyRow {
    return Object.assign(new BillingKeyRow(), {
      id: newId('billingKey'),
      sellerId,
      provider,
      method,
      providerKeySecret: this.box.seal(providerKey),
      maskedCardNumber: null,
      cardName: null,
      buyerName: buyer.name ?? null,
      buyerPhone: buyer.phone ?? null,
      buyerEmail: buyer.email ?? null,
      buyerId: buyer.buyerId ?? null,
      state: BillingKeyState.ACTIVE,
      fixedAmount: null,
      issuedOn: null,
      createdAt: new Date(),
      deletedAt: null,
      ...details,
    } satisfies BillingKeyRow);
  }

  private async insert(manager: EntityManager, key: BillingKeyRow, source: EventSource): Promise<void> {
    await manager.insert(BillingKeyRow, key);
    await this.recordStateChange(manager, key, null, source);
  }

  /** billing_key.state_changed, in the transaction that makes the change; never the provider's key. */
  private recordStateChange(manager: EntityManager, key: BillingKeyRow, from: BillingKeyState | null, source: EventSource): Promise<void> {
    const eventId = newId('billingKeyEvent');
    const occurredAt = key.deletedAt ?? key.createdAt;
    return this.domainEvents.record(manager, {
      type: 'billing_key.state_changed',
      sellerId: key.sellerId,
      eventId,
      subjectId: key.id,
      occurredAt,
      data: {
        id: eventId,
        from,
        to: key.state,
        source,
        occurredAt: occurredAt.toISOString(),
        billingKey: { id: key.id, sellerId: key.sellerId, provider: key.provider, method: key.method, state: key.state, maskedCardNumber: key.maskedCardNumber, cardName: key.cardName },
      },
    });
  }
}
