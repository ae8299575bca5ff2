import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { Payment } from '../payments/payment.types';
import { SubscriptionEventRow } from './subscription-event.entity';
import { RecurringPayment, SubscriptionEvent } from './subscription.types';

@Resolver(() => SubscriptionEvent)
export class SubscriptionEventResolver {
  @FieldResolver(() => RecurringPayment, { description: 'The recurring payment that changed.' })
  subscription(@Parent() event: SubscriptionEventRow, @Ctx() ctx: Context) {
    return ctx.loaders.subscription.load(event.subscriptionId);
  }

  @FieldResolver(() => Payment, { nullable: true, description: 'The charge this event is about, if any.' })
  payment(@Parent() event: SubscriptionEventRow, @Ctx() ctx: Context) {
    return event.paymentId ? ctx.loaders.payment.load(event.paymentId) : null;
  }
}
