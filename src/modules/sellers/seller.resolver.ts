import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { UserErrorCode } from '../../domain/enums';
import { runMutation } from '../../graphql/mutation';
import { requirePlatform } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ForwardPageArgs, PageArgs } from '../../graphql/page-args';
import { ListSpec, loadPages } from '../../db/pagination';
import { canSee, sellerScope } from '../auth/viewer';
import { BillingKeyConnection } from '../billing-keys/billing-key.types';
import { billingKeysOfSeller } from '../billing-keys/billing-key.lists';
import { CashReceiptConnection } from '../cash-receipts/cash-receipt.types';
import { cashReceiptsOfSeller } from '../cash-receipts/cash-receipt.lists';
import { paymentList } from '../payments/payment.lists';
import { PaymentConnection, PaymentFilter } from '../payments/payment.types';
import { SubscriptionConnection } from '../subscriptions/subscription.types';
import { subscriptionsOfSeller } from '../subscriptions/subscription.lists';
import { SellerRow } from './seller.entity';
import { CreateSellerInput } from './seller.inputs';
import { SellerAccountTakenError } from './seller.service';
import { ProviderAccount, Seller, SellerConnection, SellerPayload, SubAccount } from './seller.types';

const sellerList = (sellerId?: string): ListSpec<SellerRow> => ({
  entity: SellerRow,
  kind: 'seller',
  where: (qb) => {
    if (sellerId) qb.andWhere('t.id = :sellerId', { sellerId });
  },
});

@Resolver(() => Seller)
export class SellerResolver {
  @Query(() => Seller, { nullable: true, description: 'A seller by id; null when it does not exist or is not the viewer\'s.' })
  async seller(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SellerRow | null> {
    const row = await ctx.loaders.sellerOf(id);
    return row && canSee(ctx.viewer, row.id) ? row : null;
  }

  @Query(() => SellerConnection, { description: 'Every seller (a SELLER key sees only its own), newest first.' })
  async sellers(@Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    const [result] = await loadPages(ctx.services.db, sellerList(sellerScope(ctx.viewer)), page, null);
    return result;
  }

  @Mutation(() => SellerPayload, { description: 'Onboard a seller that already has provider accounts (PLATFORM keys only).' })
  async createSeller(@Arg('input', () => CreateSellerInput) input: CreateSellerInput, @Ctx() ctx: Context): Promise<SellerPayload> {
    requirePlatform(ctx);
    return runMutation(ctx, 'createSeller', input, async (): Promise<SellerPayload> => {
      const given = input.accounts();
      try {
        return { seller: await ctx.services.sellers.create({ name: input.name, accounts: given.map((g) => g.account) }), userErrors: [] };
      } catch (err) {
        if (!(err instanceof SellerAccountTakenError)) throw err;
        const field = given.find((g) => g.account.provider === err.provider)?.field ?? null;
        return { seller: null, userErrors: [{ field: field ? [field] : null, code: UserErrorCode.INVALID_STATE, message: err.message }] };
      }
    });
  }

  @FieldResolver(() => [ProviderAccount], { description: 'The seller\'s provider accounts; secrets are never readable.' })
  async providerAccounts(@Parent() seller: SellerRow, @Ctx() ctx: Context): Promise<ProviderAccount[]> {
    const accounts = await ctx.loaders.accountsBySeller.load(seller.id);
    return accounts.map(({ provider, accountId }) => ({ provider, accountId }));
  }

  @FieldResolver(() => [SubAccount], { description: 'Staff sub-accounts registered through this service.' })
  subAccounts(@Parent() seller: SellerRow, @Ctx() ctx: Context) {
    return ctx.loaders.subAccountsBySeller.load(seller.id);
  }

  @FieldResolver(() => PaymentConnection, { description: 'The seller\'s payments, newest first.' })
  payments(@Parent() seller: SellerRow, @Args() page: PageArgs, @Arg('filter', () => PaymentFilter, { nullable: true, description: 'Narrows the list.' }) filter: PaymentFilter | undefined, @Ctx() ctx: Context) {
    return ctx.loaders.page(`Seller.payments:${JSON.stringify(filter ?? {})}`, paymentList(filter, { parentColumn: 'seller_id' }), page, seller.id);
  }

  @FieldResolver(() => BillingKeyConnection, { description: 'The seller\'s billing keys, newest first.' })
  billingKeys(@Parent() seller: SellerRow, @Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page('Seller.billingKeys', billingKeysOfSeller, page, seller.id);
  }

  @FieldResolver(() => SubscriptionConnection, { description: 'The seller\'s recurring payments, newest first.' })
  subscriptions(@Parent() seller: SellerRow, @Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page('Seller.subscriptions', subscriptionsOfSeller, page, seller.id);
  }

  @FieldResolver(() => CashReceiptConnection, { description: 'The seller\'s cash receipts, newest first.' })
  cashReceipts(@Parent() seller: SellerRow, @Args() page: ForwardPageArgs, @Ctx() ctx: Context) {
    return ctx.loaders.page('Seller.cashReceipts', cashReceiptsOfSeller, page, seller.id);
  }
}
