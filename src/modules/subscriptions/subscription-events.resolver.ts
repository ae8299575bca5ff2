import { Arg, ID, Resolver, Subscription, SubscribeResolverData } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { AsyncQueue } from '../../events/async-queue';
import type { BusMessages } from '../../events/bus';
import type { Context } from '../../graphql/context';
import { canSee } from '../auth/viewer';
import { SubscriptionRow } from './subscription.entity';
import { RecurringPayment } from './subscription.types';

type Changed = BusMessages['subscriptionChanged'];

function subscribeChanges({ args, context }: SubscribeResolverData<unknown, { subscriptionId?: string | null }, Context>): AsyncIterable<Changed> {
  const queue: AsyncQueue<Changed> = new AsyncQueue(() => unsubscribe());
  const unsubscribe = context.services.subscriptionFeed.subscribe((message) => {
    if (canSee(context.viewer, message.sellerId) && (!args.subscriptionId || args.subscriptionId === message.subscriptionId)) queue.push(message);
  });
  return queue;
}

@Resolver()
export class SubscriptionEventsResolver {
  @Subscription(() => RecurringPayment, { description: 'State changes of the viewer\'s recurring payments, each as the change left the recurring payment.', subscribe: subscribeChanges as never })
  subscriptionStateChanged(
    @Parent() message: Changed,
    @Arg('subscriptionId', () => ID, { nullable: true, description: 'Only this recurring payment.' }) _subscriptionId?: string,
  ): SubscriptionRow {
    // Nested fields read through this event's own loaders (see SharedSubscriptions): fresh rows, never a long-lived subscription's stale ones.
    return message.subscription;
  }
}
