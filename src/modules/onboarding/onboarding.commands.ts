import { Provider } from '../../domain/enums';
import type { Outcome } from '../../domain/errors';
import type { AppLinkCommand, RegisterSellerCommand, RegisterSubAccountCommand } from '../../providers/types';
import type { SellerRow, SubAccountRow } from '../sellers/seller.entity';

/** registerPayAppSeller, registerSubAccount and payAppAppLink are PayApp's (sellerRegist, subidregist, sdk-app). */
export const ONBOARDING_PROVIDER = Provider.PAYAPP;

/** A new seller; the reseller account and our notice URL are the platform's own. */
export type RegisterPayAppSellerCommand = Omit<RegisterSellerCommand, 'resellerId' | 'noticeUrl'>;

export interface SubAccountCommand extends RegisterSubAccountCommand {
  /** Required for a PLATFORM actor; implied by a SELLER key. */
  sellerId?: string;
}

export interface AppLinkRequest extends Omit<AppLinkCommand, 'noticeUrl'> {
  sellerId?: string;
}

export interface SellerOutcome extends Outcome {
  seller: SellerRow | null;
}

export interface SubAccountOutcome extends Outcome {
  subAccount: SubAccountRow | null;
}
