import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { visible } from '../../graphql/access';
import { Buyer, buyerOf } from '../../graphql/common.types';
import type { Context } from '../../graphql/context';
import { ForwardPageArgs } from '../../graphql/page-args';
import { paymentList } from '../payments/payment.lists';
import { PaymentConnection } from '../payments/payment.types';
import { Seller } from '../sellers/seller.types';
import { BillingKeyRow } from './billing-key.entity';
import { BillingKey } from './billing-key.types';

const paymentsOfBillingKey = paymentList(undefined, { parentColumn: 'billing_key_id' });

@Resolver(() => BillingKey)
export class BillingKeyResolver {
  @Query(() => BillingKey, { nullable: true, description: 'A billing key by id; null when it does not exist or is not the viewer\'s.' })
  async billingKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<BillingKeyRow | null> {
    return visible(ctx, await ctx.loaders.billingKey.load(id));
  }

  @FieldResolver(() => Seller, { description: 'The seller the key belongs to.' })
  seller(@Parent() key: BillingKeyRow, @Ctx() ctx: Context) {
    return ctx.loaders.sellerOf(key.sellerId);
  }

  @FieldResolver(() => Buyer, { description: 'Whose card or phone it is.' })
  buyer(@Parent() key: BillingKeyRow): Buyer {
    return buyerOf(key);
  }

  @FieldResolver(() => PaymentConnection, { description: 'Charges made with this key, newest first.' })
  payments(@Parent() key: BillingKeyRow, @Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page('BillingKey.payments', paymentsOfBillingKey, page, key.id);
  }
}
