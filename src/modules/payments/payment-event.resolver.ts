import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PaymentState } from '../../domain/enums';
import type { Context } from '../../graphql/context';
import { PaymentEventRow } from './payment.entity';
import { Payment, PaymentEvent } from './payment.types';

@Resolver(() => PaymentEvent)
export class PaymentEventResolver {
  @FieldResolver(() => Payment, { description: 'The payment that changed.' })
  payment(@Root() event: PaymentEventRow, @Ctx() ctx: Context) {
    return ctx.loaders.payment.load(event.paymentId);
  }

  @FieldResolver(() => PaymentState, { nullable: true, description: 'The state before; null for the payment\'s first event.' })
  from(@Root() event: PaymentEventRow): PaymentState | null {
    return event.fromState;
  }

  @FieldResolver(() => PaymentState, { description: 'The state after.' })
  to(@Root() event: PaymentEventRow): PaymentState {
    return event.toState;
  }
}
