import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { visible } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { Payment } from '../payments/payment.types';
import { Seller } from '../sellers/seller.types';
import { CashReceiptRow } from './cash-receipt.entity';
import { CashReceipt } from './cash-receipt.types';

@Resolver(() => CashReceipt)
export class CashReceiptResolver {
  @Query(() => CashReceipt, { nullable: true, description: 'A cash receipt by id; null when it does not exist or is not the viewer\'s.' })
  async cashReceipt(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CashReceiptRow | null> {
    return visible(ctx, await ctx.loaders.cashReceipt.load(id));
  }

  @FieldResolver(() => Seller, { description: 'The seller that issued it.' })
  seller(@Root() r: CashReceiptRow, @Ctx() ctx: Context) {
    return ctx.loaders.seller.load(r.sellerId);
  }

  @FieldResolver(() => Payment, { nullable: true, description: 'The payment it is for, if any.' })
  payment(@Root() r: CashReceiptRow, @Ctx() ctx: Context) {
    return r.paymentId ? ctx.loaders.payment.load(r.paymentId) : null;
  }
}
