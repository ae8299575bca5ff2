import { Provider, UserErrorCode } from '../../domain/enums';
import type { Refusal } from '../../domain/errors';
import type { ProviderRegistry } from '../../providers/registry';
import type { CapabilityName, ProviderAccount, ProviderCapabilities } from '../../providers/types';
import type { SellerService } from '../sellers/seller.service';
import type { Actor } from '../auth/actor';
import type { SellerRow } from '../sellers/seller.entity';
import { isRefusal, unsupported } from './provider-refusals';

export interface ActingAt<K extends CapabilityName> {
  seller: SellerRow;
  capability: ProviderCapabilities[K];
  account: ProviderAccount;
}

/** What a service needs of a provider: one of its capabilities, and the seller's account there. */
export class ProviderAccess {
  constructor(
    private readonly registry: ProviderRegistry,
    private readonly sellers: SellerService,
  ) {}

  /** The capability, or the UNSUPPORTED_BY_PROVIDER refusal (the one place it is made). */
  capability<K extends CapabilityName>(provider: Provider, name: K, field: string[] | null = null): ProviderCapabilities[K] | Refusal {
    return this.registry.capability(provider, name) ?? unsupported(provider, name, field);
  }

  /**
   * What a mutation acting for a seller at a provider needs, in the order a caller can be refused:
   * the seller (named by a PLATFORM key, implied by a SELLER key), the capability, the account.
   */
  async actingAt<K extends CapabilityName>(actor: Pick<Actor, 'role' | 'sellerId'>, sellerId: string | null | undefined, provider: Provider, name: K): Promise<ActingAt<K> | Refusal> {
    const seller = await this.sellers.actingSeller(actor, sellerId);
    if (isRefusal(seller)) return seller;
    const capability = this.capability(provider, name);
    if (isRefusal(capability)) return capability;
    const account = await this.account(seller.id, provider);
    return isRefusal(account) ? account : { seller, capability, account };
  }

  /** The seller's account at the provider, or PROVIDER_NOT_CONFIGURED. */
  async account(sellerId: string, provider: Provider): Promise<ProviderAccount | Refusal> {
    return (await this.sellers.account(sellerId, provider)) ?? { field: null, code: UserErrorCode.PROVIDER_NOT_CONFIGURED, message: `The seller has no ${provider} account` };
  }
}
