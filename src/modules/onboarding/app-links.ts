import type { Refusal } from '../../domain/errors';
import type { Actor } from '../auth/actor';
import type { ProviderAccess } from '../money/provider-access';
import { isRefusal } from '../money/provider-refusals';
import { AppLinkRequest, ONBOARDING_PROVIDER } from './onboarding.commands';

/**
 * PayApp seller-app links: a URI the merchant's mobile app opens to hand a payment to the PayApp
 * app the seller is signed in to. The link carries no credentials; PayApp reports the payment to
 * our notice endpoint, where it is recorded like any other of the seller's payments.
 */
export class AppLinkService {
  constructor(
    private readonly providers: ProviderAccess,
    /** Our PayApp notice endpoint ($PUBLIC_BASE_URL/webhooks/payapp). */
    private readonly noticeEndpoint: string,
  ) {}

  async link(actor: Actor, c: AppLinkRequest): Promise<string | Refusal> {
    const at = await this.providers.actingAt(actor, c.sellerId, ONBOARDING_PROVIDER, 'onboarding');
    if (isRefusal(at)) return at;
    return at.capability.appLink({
      requestType: c.requestType,
      returnUri: c.returnUri,
      phoneNumber: c.phoneNumber,
      goodPrice: c.goodPrice,
      goodName: c.goodName,
      taxable: c.taxable,
      installmentMonths: c.installmentMonths,
      allPayTypes: c.allPayTypes,
      var1: c.var1,
      var2: c.var2,
      noticeUrl: this.noticeEndpoint,
    });
  }
}
