import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { isIdOf } from '../ids';
import { canSee } from '../modules/auth/viewer';
import type { Context } from './context';
import { Node } from './node';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id; null when it does not exist or is not the viewer\'s.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<{ id: string } | null> {
    if (isIdOf('apiKey', id)) return null; // API keys are not nodes
    const row = (await ctx.loaders.byId(id)) as { id: string; sellerId?: string | null; deletedAt?: Date | null } | null;
    if (!row || row.deletedAt) return null;
    // A seller is visible to itself; everything else through the seller it belongs to, and what
    // belongs to no seller (a platform webhook endpoint and its deliveries) to the platform only.
    return canSee(ctx.viewer, row.sellerId ?? row.id) ? row : null;
  }
}
