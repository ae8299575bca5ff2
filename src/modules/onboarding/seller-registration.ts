import { ApiKeyRole, UserErrorCode } from '../../domain/enums';
import { ForbiddenError, InputError, Refusal } from '../../domain/errors';
import type { Logger } from '../../logger';
import type { ProviderFailure } from '../../providers/types';
import type { Actor } from '../auth/actor';
import type { ProviderAccess } from '../money/provider-access';
import { isRefusal, lookupRefusal, providerRefusal } from '../money/provider-refusals';
import { SellerAccountTakenError, SellerService } from '../sellers/seller.service';
import { ONBOARDING_PROVIDER, RegisterPayAppSellerCommand, SellerOutcome } from './onboarding.commands';

/** A PayApp id as the contract accepts it: printable ASCII without spaces, as seller_accounts keeps it. */
const ACCOUNT_ID = /^[\x21-\x7e]{1,64}$/;

const noSeller = (refusal: Refusal): SellerOutcome => ({ seller: null, userErrors: [refusal] });

function requirePlatform(actor: Pick<Actor, 'role'>, what: string): void {
  if (actor.role !== ApiKeyRole.PLATFORM) throw new ForbiddenError(`Only a PLATFORM key may ${what}`);
}

/**
 * Signing sellers up at PayApp through the platform's reseller account (sellerRegist), and asking
 * whether an id is free (useridCheck). The seller's password goes to PayApp and nowhere else; the
 * linkkey and linkval PayApp answers are sealed into the Seller created here.
 */
export class SellerRegistration {
  constructor(
    private readonly sellers: SellerService,
    private readonly providers: ProviderAccess,
    private readonly logger: Logger,
    private readonly options: {
      /** PAYAPP_RESELLER_ID; unset, both operations answer PROVIDER_NOT_CONFIGURED. */
      resellerId?: string;
      /** Our notice endpoint: PayApp's common feedback URL for the new seller. */
      noticeEndpoint: string;
    },
  ) {}

  async register(actor: Actor, c: RegisterPayAppSellerCommand): Promise<SellerOutcome> {
    requirePlatform(actor, 'register a seller through PayApp');
    const resellerId = this.resellerId();
    if (isRefusal(resellerId)) return noSeller(resellerId);
    const onboarding = this.providers.capability(ONBOARDING_PROVIDER, 'onboarding');
    if (isRefusal(onboarding)) return noSeller(onboarding);
    const userId = c.userId.trim();
    if (await this.sellers.findByAccount(ONBOARDING_PROVIDER, userId)) {
      return noSeller({ field: ['userId'], code: UserErrorCode.INVALID_STATE, message: 'A seller here already has this PayApp id' });
    }
    // Every payment of the new seller is reported to us, also those made outside this API (the PayApp app).
    const result = await onboarding.registerSeller({ ...c, userId, resellerId, noticeUrl: this.options.noticeEndpoint });
    if (result.kind !== 'ok') return this.notRegistered(userId, result);
    try {
      const seller = await this.sellers.create({ name: c.sellerName.trim(), accounts: [{ provider: ONBOARDING_PROVIDER, ...result.value }] });
      return { seller, userErrors: [] };
    } catch (err) {
      if (!(err instanceof SellerAccountTakenError)) throw err;
      return noSeller({ field: ['userId'], code: UserErrorCode.INVALID_STATE, message: err.message });
    }
  }

  /** Whether PayApp would sign a seller up under `userId` (useridCheck). */
  async idAvailable(actor: Pick<Actor, 'role'>, userId: string): Promise<boolean | Refusal> {
    requirePlatform(actor, 'ask PayApp whether a seller id is free');
    if (!ACCOUNT_ID.test(userId)) throw new InputError('userId: must be 1 to 64 printable ASCII characters without spaces', [['userId']]);
    const resellerId = this.resellerId();
    if (isRefusal(resellerId)) return resellerId;
    const onboarding = this.providers.capability(ONBOARDING_PROVIDER, 'onboarding');
    if (isRefusal(onboarding)) return onboarding;
    const result = await onboarding.accountIdAvailable({ resellerId, accountId: userId });
    return result.kind === 'ok' ? result.value.available : lookupRefusal(result);
  }

  private resellerId(): string | Refusal {
    return (
      this.options.resellerId ?? {
        field: null,
        code: UserErrorCode.PROVIDER_NOT_CONFIGURED,
        message: 'PAYAPP_RESELLER_ID is not set: the platform has no PayApp reseller account to sign sellers up with',
      }
    );
  }

  /**
   * Nothing is recorded: without the linkkey and linkval only PayApp could answer, there is no
   * account to keep. The key is released either way, since a repeat cannot sign up twice: PayApp
   * refuses an id it already has.
   */
  private notRegistered(userId: string, result: ProviderFailure): SellerOutcome {
    if (result.kind !== 'unknown') return { seller: null, userErrors: [providerRefusal(result)], retryable: result.kind === 'unavailable' };
    this.logger.warn({ userId }, 'PayApp sellerRegist went unanswered: the account may exist at PayApp');
    const message =
      `${result.message}. The PayApp account may or may not exist. Ask payAppSellerIdAvailable(userId): true, nothing was created and this ` +
      'call may be repeated (the same idempotency key may be used); false, it exists: take its linkkey and linkval from the PayApp admin and add it with createSeller';
    return { seller: null, userErrors: [{ field: null, code: UserErrorCode.PROVIDER_UNAVAILABLE, message }], retryable: true };
  }
}
