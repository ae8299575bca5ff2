import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import type { Context } from '../../graphql/context';
import { PaymentEventRow } from './payment.entity';
import { Payment, PaymentEvent } from './payment.types';

@Resolver(() => PaymentEvent)
export class PaymentEventResolver {
  @FieldResolver(() => Payment, { description: 'The payment that changed.' })
  payment(@Parent() event: PaymentEventRow, @Ctx() ctx: Context) {
    return ctx.loaders.payment.load(event.paymentId);
  }
}
