import { Provider, UserErrorCode } from '../../domain/enums';
import type { Refusal } from '../../domain/errors';
import type { ProviderRegistry } from '../../providers/registry';
import type { CapabilityName, ProviderAccount, ProviderCapabilities } from '../../providers/types';
import type { SellerService } from '../sellers/seller.service';
import { unsupported } from './provider-refusals';

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

  /** The seller's account at the provider, or PROVIDER_NOT_CONFIGURED. */
  async account(sellerId: string, provider: Provider): Promise<ProviderAccount | Refusal> {
    return (await this.sellers.account(sellerId, provider)) ?? { field: null, code: UserErrorCode.PROVIDER_NOT_CONFIGURED, message: `The seller has no ${provider} account` };
  }
}
