import { getArgumentValues, GraphQLObjectType } from 'graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { loadPages, pageWindow } from '../../db/pagination';
import { visible } from '../../graphql/access';
import { Buyer, buyerOf } from '../../graphql/common.types';
import { nodeFieldSelection, Page, selectedNodeFields } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { AFTER_DESCRIPTION, FIRST_DESCRIPTION, PageArgs } from '../../graphql/page-args';
import { sellerScope } from '../auth/viewer';
import { BillingKey } from '../billing-keys/billing-key.types';
import { CashReceipt } from '../cash-receipts/cash-receipt.types';
import { Seller } from '../sellers/seller.types';
import { RecurringPayment } from '../subscriptions/subscription.types';
import { PaymentRow } from './payment.entity';
import { eventsOfPayment, paymentColumnsFor, paymentEventColumnsFor, paymentList } from './payment.lists';
import { CardDetails, Payment, PaymentConnection, PaymentEventConnection, PaymentFilter, VirtualAccount } from './payment.types';

/**
 * The events of a page's payments, read with the page when the operation asks for them once (one
 * set of arguments): Payment.events then answers each payment at once, where the batched loader
 * costs a promise per payment. The statement is the same. Arguments the events refuse (a bad
 * cursor) are left to Payment.events, which reports them on each payment's own path.
 */
async function preloadEvents(ctx: Context, info: GraphQLResolveInfo, page: Page<PaymentRow>): Promise<void> {
  const fieldNodes = nodeFieldSelection(info, 'events');
  if (!fieldNodes || !page.edges.length) return;
  const definition = (info.schema.getType('Payment') as GraphQLObjectType).getFields().events;
  const { first, after } = getArgumentValues(definition, fieldNodes[0], info.variableValues) as { first?: number; after?: string };
  try {
    pageWindow({ first, after }, eventsOfPayment.kind);
  } catch {
    return; // refused arguments: Payment.events reports them, on each payment's own path
  }
  const only = paymentEventColumnsFor(ctx.services.db, selectedNodeFields({ fieldNodes, fragments: info.fragments }));
  await ctx.loaders.preloadPages('Payment.events', eventsOfPayment, { first, after }, page.edges.map((edge) => edge.node.id), { only });
}

@Resolver(() => Payment)
export class PaymentResolver {
  @Query(() => Payment, { nullable: true, description: 'A payment by id; null when it does not exist or is not the viewer\'s.' })
  async payment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PaymentRow | null> {
    return visible(ctx, await ctx.loaders.payment.load(id));
  }

  @Query(() => PaymentConnection, { description: 'The viewer\'s payments (every seller\'s for a PLATFORM key), newest first.' })
  async payments(
    @Args() page: PageArgs,
    @Arg('filter', () => PaymentFilter, { nullable: true, description: 'Narrows the list.' }) filter: PaymentFilter | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { db } = ctx.services;
    const only = paymentColumnsFor(db, selectedNodeFields(info));
    const [result] = await loadPages(db, paymentList(filter, { sellerId: sellerScope(ctx.viewer) }), page, null, { only });
    await preloadEvents(ctx, info, result);
    return result;
  }

  // Not async: a seller in memory is returned as it is, without a promise for each payment of a page.
  @FieldResolver(() => Seller, { description: 'The seller the payment is for.' })
  seller(@Parent() payment: PaymentRow, @Ctx() ctx: Context) {
    return ctx.loaders.sellerOf(payment.sellerId);
  }

  @FieldResolver(() => Int, { description: 'What can still be cancelled: amount - cancelledAmount.' })
  remainingAmount(@Parent() payment: PaymentRow): number {
    return payment.amount - payment.cancelledAmount;
  }

  @FieldResolver(() => Buyer, { description: 'Who pays.' })
  buyer(@Parent() payment: PaymentRow): Buyer {
    return buyerOf(payment);
  }

  @FieldResolver(() => CardDetails, { nullable: true, description: 'The card used, once the provider reported it.' })
  card(@Parent() p: PaymentRow): CardDetails | null {
    if (p.cardName == null && p.cardMaskedNumber == null && p.cardApprovalNumber == null) return null;
    return { cardName: p.cardName, maskedNumber: p.cardMaskedNumber, approvalNumber: p.cardApprovalNumber, installmentMonths: p.cardInstallmentMonths };
  }

  @FieldResolver(() => VirtualAccount, { nullable: true, description: 'The virtual account issued for the deposit, if any.' })
  virtualAccount(@Parent() p: PaymentRow): VirtualAccount | null {
    return p.vbankName == null && p.vbankAccountNumber == null ? null : { bank: p.vbankName, accountNumber: p.vbankAccountNumber };
  }

  @FieldResolver(() => BillingKey, { nullable: true, description: 'The billing key charged, for a billing payment.' })
  billingKey(@Parent() p: PaymentRow, @Ctx() ctx: Context) {
    return p.billingKeyId ? ctx.loaders.billingKey.load(p.billingKeyId) : null;
  }

  @FieldResolver(() => RecurringPayment, { nullable: true, description: 'The recurring payment this charge belongs to.' })
  subscription(@Parent() p: PaymentRow, @Ctx() ctx: Context) {
    return p.subscriptionId ? ctx.loaders.subscription.load(p.subscriptionId) : null;
  }

  // Answered at once when the page's events were read with it (preloadEvents), else batched.
  @FieldResolver(() => PaymentEventConnection, { description: 'The payment\'s state transitions, newest first.' })
  events(
    @Parent() p: PaymentRow,
    // ForwardPageArgs' arguments as scalars: this runs for every payment of a page, and an args
    // class is built and validated on each call (the page size is checked before execution, limits.ts).
    @Arg('first', () => Int, { nullable: true, description: FIRST_DESCRIPTION }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) after: string | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.loaders.page('Payment.events', eventsOfPayment, { first, after }, p.id, { only: paymentEventColumnsFor(ctx.services.db, selectedNodeFields(info)) });
  }

  @FieldResolver(() => [CashReceipt], { description: 'Cash receipts issued for this payment, newest first.' })
  cashReceipts(@Parent() p: PaymentRow, @Ctx() ctx: Context) {
    return ctx.loaders.cashReceiptsByPayment.load(p.id);
  }
}
