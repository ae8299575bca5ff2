import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/mutation';
import { CreateSubscriptionInput, SubscriptionActionInput, SubscriptionPayload } from './subscription.inputs';

@Resolver()
export class SubscriptionMutationsResolver {
  @Mutation(() => SubscriptionPayload, { description: 'A recurring payment: PayApp rebillRegist (PENDING_APPROVAL until the buyer approves at payUrl), or with billingKeyId a schedule this service charges (ACTIVE at once).' })
  createSubscription(@Arg('input', () => CreateSubscriptionInput) input: CreateSubscriptionInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'createSubscription', input, (actor) => ctx.services.subscriptions.create(actor, input));
  }

  @Mutation(() => SubscriptionPayload, { description: 'Pause an ACTIVE recurring payment (PayApp rebillStop, once approved): no charge until it is resumed.' })
  pauseSubscription(@Arg('input', () => SubscriptionActionInput) input: SubscriptionActionInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'pauseSubscription', input, (actor) => ctx.services.subscriptions.pause(actor, input));
  }

  @Mutation(() => SubscriptionPayload, { description: 'Resume a PAUSED recurring payment (PayApp rebillStart); a billing key\'s schedule charges again from the next cycle date on or after today.' })
  resumeSubscription(@Arg('input', () => SubscriptionActionInput) input: SubscriptionActionInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'resumeSubscription', input, (actor) => ctx.services.subscriptions.resume(actor, input));
  }

  @Mutation(() => SubscriptionPayload, { description: 'End a recurring payment for good (PayApp rebillCancel): a cancelled one never starts again.' })
  cancelSubscription(@Arg('input', () => SubscriptionActionInput) input: SubscriptionActionInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'cancelSubscription', input, (actor) => ctx.services.subscriptions.cancel(actor, input));
  }
}
