import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { visible } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/mutation';
import { withoutNulls } from '../../graphql/without-nulls';
import { answerOrRefuse } from '../../graphql/query-refusal';
import { actorOf } from '../auth/actor';
import { Payment } from '../payments/payment.types';
import { Seller } from '../sellers/seller.types';
import { CashReceiptRow } from './cash-receipt.entity';
import { CancelCashReceiptInput, IssueCashReceiptInput, ResolveUnknownCashReceiptInput } from './cash-receipt.inputs';
import { CashReceipt, CashReceiptEvent, CashReceiptPayload, NaverPayCashAmount } from './cash-receipt.types';

@Resolver(() => CashReceipt)
export class CashReceiptResolver {
  @Query(() => CashReceipt, { nullable: true, description: 'A cash receipt by id; null when it does not exist or is not the viewer\'s.' })
  async cashReceipt(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CashReceiptRow | null> {
    return visible(ctx, await ctx.loaders.cashReceipt.load(id));
  }

  @Query(() => NaverPayCashAmount, {
    description:
      'PayApp checkNpayCashReceiptReq: how much of a Naver Pay payment a cash receipt may cover. A payment that was not paid with Naver Pay is BAD_USER_INPUT; one that does not exist or is another seller\'s is NOT_FOUND; a provider refusal carries its code and providerCode.',
  })
  naverPayCashAmount(@Arg('paymentId', () => ID, { description: 'A NAVERPAY payment of the viewer.' }) paymentId: string, @Ctx() ctx: Context) {
    return answerOrRefuse(() => ctx.services.cashReceipts.naverPayCashAmount(actorOf(ctx.viewer), paymentId));
  }

  @Mutation(() => CashReceiptPayload, { description: 'Issue a cash receipt through PayApp (cashStRegist). An unanswered call leaves it UNKNOWN, never issued twice.' })
  issueCashReceipt(@Arg('input', () => IssueCashReceiptInput) input: IssueCashReceiptInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'issueCashReceipt', input, (actor, claim) => ctx.services.cashReceipts.issue(actor, withoutNulls(input), claim));
  }

  @Mutation(() => CashReceiptPayload, { description: 'Cancel an issued cash receipt (PayApp cashStCancel).' })
  cancelCashReceipt(@Arg('input', () => CancelCashReceiptInput) input: CancelCashReceiptInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'cancelCashReceipt', input, (actor, claim) => ctx.services.cashReceipts.cancel(actor, input, claim));
  }

  @Mutation(() => CashReceiptPayload, { description: 'Platform keys only: record what PayApp\'s own records show about a cash receipt left UNKNOWN.' })
  resolveUnknownCashReceipt(@Arg('input', () => ResolveUnknownCashReceiptInput) input: ResolveUnknownCashReceiptInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'resolveUnknownCashReceipt', input, (actor) => ctx.services.unknownCashReceipts.resolve(actor, input));
  }

  @FieldResolver(() => Seller, { description: 'The seller that issued it.' })
  seller(@Parent() r: CashReceiptRow, @Ctx() ctx: Context) {
    return ctx.loaders.sellerOf(r.sellerId);
  }

  @FieldResolver(() => Payment, { nullable: true, description: 'The payment it is for, if any.' })
  payment(@Parent() r: CashReceiptRow, @Ctx() ctx: Context) {
    return r.paymentId ? ctx.loaders.payment.load(r.paymentId) : null;
  }

  @FieldResolver(() => [CashReceiptEvent], { description: 'Every state change, oldest first: who asked, what PayApp answered, what an operator settled.' })
  events(@Parent() r: CashReceiptRow, @Ctx() ctx: Context) {
    return ctx.loaders.cashReceiptEvents.load(r.id);
  }
}
