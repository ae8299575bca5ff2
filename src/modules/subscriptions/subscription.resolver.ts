import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { visible } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ForwardPageArgs } from '../../graphql/page-args';
import { BillingKey } from '../billing-keys/billing-key.types';
import { paymentList } from '../payments/payment.lists';
import { PaymentConnection } from '../payments/payment.types';
import { Seller } from '../sellers/seller.types';
import { SubscriptionRow } from './subscription.entity';
import { eventsOfSubscription } from './subscription.lists';
import { BillingCycle, RecurringPayment, SubscriptionEventConnection } from './subscription.types';

const paymentsOfSubscription = paymentList(undefined, { parentColumn: 'subscription_id' });

@Resolver(() => RecurringPayment)
export class SubscriptionResolver {
  @Query(() => RecurringPayment, { nullable: true, description: 'A recurring payment by id; null when it does not exist or is not the viewer\'s.' })
  async subscription(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SubscriptionRow | null> {
    return visible(ctx, await ctx.loaders.subscription.load(id));
  }

  @FieldResolver(() => Seller, { description: 'The seller that is paid.' })
  seller(@Parent() s: SubscriptionRow, @Ctx() ctx: Context) {
    return ctx.loaders.sellerOf(s.sellerId);
  }

  @FieldResolver(() => BillingCycle, { description: 'When it charges.' })
  cycle(@Parent() s: SubscriptionRow): BillingCycle {
    return { unit: s.cycleUnit, dayOfMonth: s.cycleDayOfMonth, dayOfWeek: s.cycleDayOfWeek };
  }

  @FieldResolver(() => BillingKey, { nullable: true, description: 'The billing key charged, when this service charges it.' })
  billingKey(@Parent() s: SubscriptionRow, @Ctx() ctx: Context) {
    return s.billingKeyId ? ctx.loaders.billingKey.load(s.billingKeyId) : null;
  }

  @FieldResolver(() => PaymentConnection, { description: 'The charges made, newest first.' })
  payments(@Parent() s: SubscriptionRow, @Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page('Subscription.payments', paymentsOfSubscription, page, s.id);
  }

  @FieldResolver(() => SubscriptionEventConnection, { description: 'What happened to it, newest first: state changes, charges, failures.' })
  events(@Parent() s: SubscriptionRow, @Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page('Subscription.events', eventsOfSubscription, page, s.id);
  }
}
