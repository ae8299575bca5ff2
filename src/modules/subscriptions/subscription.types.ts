import { Field, Int, ObjectType } from 'type-graphql';
import { CycleUnit, Provider, SubscriptionState } from '../../domain/enums';
import { connectionTypes } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DateScalar } from '../../graphql/scalars';

@ObjectType({ description: 'When a recurring payment charges.' })
export class BillingCycle {
  @Field(() => CycleUnit, { description: 'Monthly, weekly or daily.' })
  unit: CycleUnit;
  @Field(() => Int, { nullable: true, description: '1-31 for MONTH; 90 means the last day of the month.' })
  dayOfMonth: number | null;
  @Field(() => Int, { nullable: true, description: '1 (Monday) to 7 (Sunday) for WEEK.' })
  dayOfWeek: number | null;
}

/** Named RecurringPayment in code; the schema calls it Subscription (see schema.ts). */
@ObjectType('RecurringPayment', { implements: Node, description: 'A recurring payment: PayApp rebill, or a billing key charged on a schedule by this service.' })
export class RecurringPayment extends Node {
  @Field(() => Provider, { description: 'The provider that charges.' })
  provider: Provider;
  @Field(() => String, { nullable: true, description: 'PayApp rebill_no.' })
  providerSubscriptionId: string | null;
  @Field({ description: 'What is sold.' })
  goodName: string;
  @Field(() => Int, { description: 'The amount of each charge in won (PayApp goodprice).' })
  amount: number;
  @Field(() => DateScalar, { description: 'The last day a charge may happen (Asia/Seoul).' })
  expiresOn: string;
  @Field(() => SubscriptionState, { description: 'Where the recurring payment stands.' })
  state: SubscriptionState;
  @Field(() => String, { nullable: true, description: 'Where the buyer approves the first charge (PayApp payurl).' })
  payUrl: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The next charge date, when this service charges it.' })
  nextChargeOn: string | null;
  @Field(() => String, { nullable: true, description: 'Why the latest charge failed.' })
  lastFailureMessage: string | null;
  @Field({ description: 'When the recurring payment was created.' })
  createdAt: Date;
  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}

export const SubscriptionConnection = connectionTypes('Subscription', RecurringPayment, 'subscription');
