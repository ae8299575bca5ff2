import type { CycleUnit, PaymentMethod } from '../../domain/enums';
import type { Outcome } from '../../domain/errors';
import type { BuyerData } from '../../providers/types';
import type { SubscriptionRow } from './subscription.entity';

/** What the subscription services take (the GraphQL inputs have these shapes) and give back. */

export interface BillingCycleCommand {
  unit: CycleUnit;
  dayOfMonth?: number;
  dayOfWeek?: number;
}

export interface CreateSubscriptionCommand {
  sellerId?: string;
  /** Given: this service charges the key on the cycle; omitted: PayApp runs a rebill the buyer approves. */
  billingKeyId?: string;
  goodName: string;
  amount: number;
  cycle: BillingCycleCommand;
  /** 'yyyy-mm-dd' in Asia/Seoul: the last day a charge may happen. */
  expiresOn: string;
  buyer: BuyerData;
  memo?: string;
  methods?: PaymentMethod[];
  sendSms?: boolean;
  returnUrl?: string;
  var1?: string;
  var2?: string;
}

export interface SubscriptionActionCommand {
  subscriptionId: string;
}

export interface SubscriptionOutcome extends Outcome {
  subscription: SubscriptionRow | null;
}
