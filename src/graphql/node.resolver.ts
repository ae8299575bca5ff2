import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { kindOfId } from '../ids';
import { canSee } from '../modules/auth/viewer';
import { visible } from './access';
import type { Context } from './context';
import { Node } from './node';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id; null when it does not exist or is not the viewer\'s.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<{ id: string } | null> {
    const { loaders } = ctx;
    switch (kindOfId(id)) {
      case 'payment':
        return visible(ctx, await loaders.payment.load(id));
      case 'paymentEvent':
        return visible(ctx, await loaders.paymentEvent.load(id));
      case 'billingKey':
        return visible(ctx, await loaders.billingKey.load(id));
      case 'subscription':
        return visible(ctx, await loaders.subscription.load(id));
      case 'cashReceipt':
        return visible(ctx, await loaders.cashReceipt.load(id));
      case 'seller': {
        const seller = await loaders.seller.load(id);
        return seller && canSee(ctx.viewer, seller.id) ? seller : null;
      }
      default:
        return null;
    }
  }
}
