import { Arg, Ctx, ID, Resolver, Subscription, SubscribeResolverData } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { PaymentState } from '../../domain/enums';
import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { isIdOf } from '../../ids';
import { canSee, sellerScope } from '../auth/viewer';
import type { CommittedPaymentEvent } from './payment-event-feed';
import { PaymentEventRow } from './payment.entity';
import { paymentEventStream } from './payment-stream';
import { PaymentEvent } from './payment.types';

interface PaymentStateChangedArgs {
  paymentId?: string | null;
  states?: PaymentState[] | null;
  after?: string | null;
}

/** Checks the arguments against what the viewer may see, then opens the stream. */
async function subscribePaymentEvents({ args, context }: SubscribeResolverData<unknown, PaymentStateChangedArgs, Context>): Promise<AsyncIterable<PaymentEventRow>> {
  const { services, viewer } = context;
  if (args.paymentId) {
    const payment = isIdOf('payment', args.paymentId) ? await context.loaders.payment.load(args.paymentId) : null;
    if (!payment || !canSee(viewer, payment.sellerId)) throw badUserInput('No such payment', [['paymentId']]);
  }
  let afterSeq: number | undefined;
  if (args.after) {
    const from = isIdOf('paymentEvent', args.after) ? await context.loaders.paymentEvent.load(args.after) : null;
    if (!from || !canSee(viewer, from.sellerId)) throw badUserInput('after is not a payment event cursor of yours', [['after']]);
    afterSeq = from.seq;
  }
  return paymentEventStream(services.db, services.paymentFeed, services.logger, {
    sellerId: sellerScope(viewer),
    paymentId: args.paymentId ?? undefined,
    states: args.states ?? undefined,
    afterSeq,
  });
}

@Resolver()
export class PaymentSubscriptionResolver {
  @Subscription(() => PaymentEvent, {
    description:
      'Every state transition of the viewer\'s payments, or of one payment, as it is committed.\nWith `after` (a PaymentEvent cursor or id), the events committed after it are delivered first,\nin order, then the live ones: a client that reconnects misses nothing and sees nothing twice.',
    subscribe: subscribePaymentEvents as never,
  })
  paymentStateChanged(
    @Parent() event: CommittedPaymentEvent,
    @Ctx() ctx: Context,
    @Arg('paymentId', () => ID, { nullable: true, description: 'Only this payment.' }) _paymentId?: string,
    @Arg('states', () => [PaymentState], { nullable: true, description: 'Only transitions into these states.' }) _states?: PaymentState[],
    @Arg('after', () => String, { nullable: true, description: 'Replay the events committed after this PaymentEvent id first.' }) _after?: string,
  ): PaymentEventRow {
    // The loaders are this event's own (see SharedSubscriptions): its payment as the event committed it, when it came with it.
    if (event.payment) ctx.loaders.payment.prime(event.paymentId, event.payment);
    return event;
  }
}
