import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/mutation';
import {
  CancellationRequestPayload,
  CancelPaymentInput,
  PaymentPayload,
  PayWithCardInput,
  RequestCancellationInput,
  RequestPaymentInput,
  ResolveUnknownPaymentInput,
} from './payment.inputs';

@Resolver()
export class PaymentMutationsResolver {
  @Mutation(() => PaymentPayload, { description: 'Ask a buyer to pay through PayApp (payrequest): SMS and/or a pay URL. The payment starts REQUESTED.' })
  requestPayment(@Arg('input', () => RequestPaymentInput) input: RequestPaymentInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'requestPayment', input, (actor, claim) => ctx.services.payments.requestPayment(actor, input, claim));
  }

  @Mutation(() => PaymentPayload, { description: 'Charge typed card data through Payup (keyin2). The card data goes to Payup and nowhere else.' })
  payWithCard(@Arg('input', () => PayWithCardInput) input: PayWithCardInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'payWithCard', input, (actor, claim) => ctx.services.payments.payWithCard(actor, input, claim));
  }

  @Mutation(() => PaymentPayload, { description: 'Cancel a payment in full or in part (PayApp paycancel, Payup cancel2).' })
  cancelPayment(@Arg('input', () => CancelPaymentInput) input: CancelPaymentInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'cancelPayment', input, (actor, claim) => ctx.services.payments.cancelPayment(actor, input, claim));
  }

  @Mutation(() => CancellationRequestPayload, { description: 'Ask PayApp for a cancellation after D+5 or after settlement (paycancelreq).' })
  requestCancellation(@Arg('input', () => RequestCancellationInput) input: RequestCancellationInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'requestCancellation', input, (actor, claim) => ctx.services.payments.requestCancellation(actor, input, claim));
  }

  @Mutation(() => PaymentPayload, { description: 'Platform keys only: record what the provider\'s own records show about a payment left UNKNOWN.' })
  resolveUnknownPayment(@Arg('input', () => ResolveUnknownPaymentInput) input: ResolveUnknownPaymentInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'resolveUnknownPayment', input, (actor) => ctx.services.unknownPayments.resolve(actor, input));
  }
}
