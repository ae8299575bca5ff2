import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { PaymentState } from '../../domain/enums';
import type { Context } from '../../graphql/context';
import { PaymentEventRow } from './payment.entity';
import { Payment, PaymentEvent } from './payment.types';

@Resolver(() => PaymentEvent)
export class PaymentEventResolver {
  @FieldResolver(() => Payment, { description: 'The payment that changed.' })
  payment(@Parent() event: PaymentEventRow, @Ctx() ctx: Context) {
    return ctx.loaders.payment.load(event.paymentId);
  }

  @FieldResolver(() => PaymentState, { nullable: true, description: 'The state before; null for the payment\'s first event.' })
  from(@Parent() event: PaymentEventRow): PaymentState | null {
    return event.fromState;
  }

  @FieldResolver(() => PaymentState, { description: 'The state after.' })
  to(@Parent() event: PaymentEventRow): PaymentState {
    return event.toState;
  }
}
