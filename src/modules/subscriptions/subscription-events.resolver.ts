import { Arg, Ctx, ID, Resolver, Root, Subscription, SubscribeResolverData } from 'type-graphql';
import { AsyncQueue } from '../../events/async-queue';
import type { BusMessages } from '../../events/bus';
import type { Context } from '../../graphql/context';
import { canSee } from '../auth/viewer';
import { SubscriptionRow } from './subscription.entity';
import { RecurringPayment } from './subscription.types';

type Changed = BusMessages['subscriptionChanged'];

function subscribeChanges({ args, context }: SubscribeResolverData<unknown, { subscriptionId?: string | null }, Context>): AsyncIterable<Changed> {
  const queue: AsyncQueue<Changed> = new AsyncQueue(() => unsubscribe());
  const unsubscribe = context.services.bus.subscribe('subscriptionChanged', (message) => {
    if (canSee(context.viewer, message.sellerId) && (!args.subscriptionId || args.subscriptionId === message.subscriptionId)) queue.push(message);
  });
  return queue;
}

@Resolver()
export class SubscriptionEventsResolver {
  @Subscription(() => RecurringPayment, { description: 'State changes of the viewer\'s recurring payments.', subscribe: subscribeChanges as never })
  async subscriptionStateChanged(
    @Root() message: Changed,
    @Ctx() ctx: Context,
    @Arg('subscriptionId', () => ID, { nullable: true, description: 'Only this recurring payment.' }) _subscriptionId?: string,
  ): Promise<SubscriptionRow | null> {
    // Read after the commit that announced it, so the subscriber sees the state it was told about.
    return ctx.services.db.getRepository(SubscriptionRow).findOneBy({ id: message.subscriptionId });
  }
}
