import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CycleUnit, EventSource, Provider, SubscriptionState } from '../../domain/enums';
import { connectionTypes } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DateScalar } from '../../graphql/scalars';
import { SubscriptionEventKind } from './subscription-event.entity';

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
  @Field(() => DateScalar, { nullable: true, description: 'The day (Asia/Seoul) of the next charge or retry this service makes, for a billing key\'s schedule; null when it makes none (PayApp runs the schedule, paused, or no date is left before expiresOn).' })
  nextChargeOn: string | null;
  @Field(() => String, { nullable: true, description: 'Why the latest charge failed (or got no answer); null once a later charge is paid.' })
  lastFailureMessage: string | null;
  @Field({ description: 'When the recurring payment was created.' })
  createdAt: Date;
  @Field({ description: 'When it last changed.' })
  updatedAt: Date;
}

export const SubscriptionConnection = connectionTypes('Subscription', RecurringPayment, 'subscription');

registerEnumType(SubscriptionEventKind, {
  name: 'SubscriptionEventKind',
  description: 'What happened to a recurring payment.',
  valuesConfig: {
    CREATED: { description: 'It was created.' },
    APPROVED: { description: 'The buyer approved a PayApp rebill: its first payment was notified.' },
    PAUSED: { description: 'Paused (pauseSubscription).' },
    RESUMED: { description: 'Resumed (resumeSubscription).' },
    CANCELLED: { description: 'Cancelled for good (cancelSubscription).' },
    EXPIRED: { description: 'Its expiresOn passed.' },
    CHARGED: { description: 'A charge was paid.' },
    CHARGE_FAILED: { description: 'A charge was refused (PayApp pay_state 99, or a provider\'s refusal); data says whether and when it is retried.' },
    CHARGE_UNKNOWN: { description: 'A charge got no answer: its payment is UNKNOWN, never retried blindly; the schedule goes on.' },
    STOPPED: { description: 'This service paused it: its billing key can never be charged again (deleted, a lost, stolen or expired card).' },
  },
});

@ObjectType({ implements: Node, description: 'One change of a recurring payment: of its state, or a charge made on it.' })
export class SubscriptionEvent extends Node {
  @Field(() => SubscriptionEventKind, { description: 'What happened.' })
  kind: SubscriptionEventKind;
  @Field(() => SubscriptionState, { nullable: true, description: 'The state before; null for its first event.' })
  from: SubscriptionState | null;
  @Field(() => SubscriptionState, { description: 'The state after (the same as before for a charge).' })
  to: SubscriptionState;
  @Field(() => EventSource, { description: 'What caused it: the API, a provider notice, the scheduler.' })
  source: EventSource;
  @Field(() => DateScalar, { nullable: true, description: 'The cycle date a charge event is about.' })
  dueOn: string | null;
  @Field(() => String, { nullable: true, description: 'Why a charge failed or was not answered, or why the recurring payment stopped.' })
  message: string | null;
  @Field({ description: 'When it happened.' })
  occurredAt: Date;
}

export const SubscriptionEventConnection = connectionTypes('SubscriptionEvent', SubscriptionEvent, 'recurring payment event');
