import { Initial1764100000000 } from './1764100000000-Initial';
import { MoneyCoreV21764200000000 } from './1764200000000-MoneyCoreV2';
import { BillingAndRecurring1764300000000 } from './1764300000000-BillingAndRecurring';
import { CashReceiptsAndOnboarding1764400000000 } from './1764400000000-CashReceiptsAndOnboarding';
import { OutgoingWebhooks1764500000000 } from './1764500000000-OutgoingWebhooks';
import { FastReads1764600000000 } from './1764600000000-FastReads';

/** Every migration, in order. Listed by import so that ts-jest and the built output agree. */
export const migrations = [Initial1764100000000, MoneyCoreV21764200000000, BillingAndRecurring1764300000000, CashReceiptsAndOnboarding1764400000000, OutgoingWebhooks1764500000000, FastReads1764600000000];
