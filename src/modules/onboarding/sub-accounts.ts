import { DataSource } from 'typeorm';
import { UserErrorCode } from '../../domain/enums';
import type { Refusal } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import type { ProviderAccess } from '../money/provider-access';
import { isRefusal, providerRefusal } from '../money/provider-refusals';
import { SubAccountRow } from '../sellers/seller.entity';
import { ONBOARDING_PROVIDER, SubAccountCommand, SubAccountOutcome } from './onboarding.commands';

/** 부계정사용 (1): the sub-account may sign in. Sent explicitly, so that what is listed is what PayApp holds. */
const DEFAULT_PERMISSIONS = 1;

const noSubAccount = (refusal: Refusal): SubAccountOutcome => ({ subAccount: null, userErrors: [refusal] });
const taken = (): Refusal => ({ field: ['subUserId'], code: UserErrorCode.INVALID_STATE, message: 'The seller already has a sub-account with this id' });

const unanswered = (reason: string): Refusal => ({
  field: null,
  code: UserErrorCode.PROVIDER_UNAVAILABLE,
  message:
    `${reason}. The sub-account may or may not exist at PayApp. Repeat the call (the same idempotency key may be used): PayApp refuses an id it ` +
    'already has, so it cannot be registered twice; if PayApp then says the id is taken, the sub-account exists there (see the PayApp admin) and is not listed here',
});

/**
 * Staff logins under a seller's PayApp account (subidregist). Listed on Seller.subAccounts once
 * PayApp has confirmed them; the password goes to PayApp and is stored nowhere.
 */
export class SubAccountService {
  constructor(
    private readonly db: DataSource,
    private readonly providers: ProviderAccess,
  ) {}

  async register(actor: Actor, c: SubAccountCommand): Promise<SubAccountOutcome> {
    const at = await this.providers.actingAt(actor, c.sellerId, ONBOARDING_PROVIDER, 'onboarding');
    if (isRefusal(at)) return noSubAccount(at);
    const subUserId = c.subUserId.trim();
    const repo = this.db.getRepository(SubAccountRow);
    if (await repo.existsBy({ sellerId: at.seller.id, subUserId })) return noSubAccount(taken());
    const permissions = c.permissions ?? DEFAULT_PERMISSIONS;
    const result = await at.capability.registerSubAccount(at.account, { ...c, subUserId, permissions });
    // Not listed unless PayApp confirmed it; the key is released, as a repeat cannot register twice.
    if (result.kind !== 'ok') return { ...noSubAccount(result.kind === 'unknown' ? unanswered(result.message) : providerRefusal(result)), retryable: result.kind !== 'refused' };
    const row = Object.assign(new SubAccountRow(), { sellerId: at.seller.id, subUserId, name: c.name.trim(), permissions, createdAt: new Date() });
    try {
      await repo.insert(row);
    } catch (err) {
      if ((err as { code?: string }).code === 'ER_DUP_ENTRY') return noSubAccount(taken());
      throw err;
    }
    return { subAccount: row, userErrors: [] };
  }
}
