import type { BillingKeyMethod, Provider } from '../../domain/enums';
import type { Outcome } from '../../domain/errors';
import type { BuyerData, CardData, TaxSplit } from '../../providers/types';
import type { BillingKeyRow } from './billing-key.entity';

/** What the billing-key services take (the GraphQL inputs have these shapes) and give back. */

export interface RegisterBillingKeyCommand {
  /** Required for a PLATFORM actor; implied by a SELLER key. */
  sellerId?: string;
  provider: Provider;
  method?: BillingKeyMethod;
  card: CardData;
  buyer: BuyerData;
  authenticate?: boolean;
  goodName?: string;
  note?: string;
}

/** A phone billing key the provider issued on its own pages (Welcome), recorded here to be charged. */
export interface RecordPhoneBillingKeyCommand {
  sellerId?: string;
  provider: Provider;
  billingKey: string;
  /** 'yyyy-mm-dd' in Asia/Seoul. */
  issuedOn: string;
  amount: number;
  buyer: BuyerData;
}

export interface ChargeBillingKeyCommand extends TaxSplit {
  billingKeyId: string;
  orderId?: string;
  goodName: string;
  amount: number;
  /** The key's own buyer fills in whatever is left out. */
  buyer?: BuyerData;
  installmentMonths?: number;
  interestFree?: boolean;
  var1?: string;
  var2?: string;
}

export interface DeleteBillingKeyCommand {
  billingKeyId: string;
}

export interface BillingKeyOutcome extends Outcome {
  billingKey: BillingKeyRow | null;
}
