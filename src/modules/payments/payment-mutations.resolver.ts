import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserError } from '../../graphql/common.types';
import { IdempotencyConflict } from '../idempotency/idempotency.service';
import { CancellationOutcome, PaymentOutcome } from './payment.service';
import {
  CancellationRequestPayload,
  CancelPaymentInput,
  PaymentPayload,
  PayWithCardInput,
  RequestCancellationInput,
  RequestPaymentInput,
} from './payment.inputs';

interface Recorded {
  paymentId: string | null;
  userErrors: UserError[];
  cancellationRequest?: CancellationOutcome['cancellationRequest'];
}

/**
 * Runs a payment mutation under its idempotency key. What is recorded is the payment's id and the
 * userErrors; a repeat answers with the payment as it stands now (it may have moved on since).
 */
async function idempotent<O extends PaymentOutcome>(ctx: Context, operation: string, input: { idempotencyKey?: string }, run: () => Promise<O>): Promise<O | { payment: null; userErrors: UserError[] }> {
  const result = await ctx.services.idempotency.run<O>(
    { apiKeyId: ctx.viewer.apiKeyId, operation, key: input.idempotencyKey, input: { ...input } },
    async () => {
      const outcome = await run();
      const record: Recorded = { paymentId: outcome.payment?.id ?? null, userErrors: outcome.userErrors, cancellationRequest: (outcome as Partial<CancellationOutcome>).cancellationRequest };
      return { result: outcome, record };
    },
    async (stored) => {
      const { paymentId, userErrors, cancellationRequest } = stored as Recorded;
      return { payment: paymentId ? await ctx.loaders.payment.load(paymentId) : null, userErrors, cancellationRequest: cancellationRequest ?? null } as unknown as O;
    },
  );
  return result instanceof IdempotencyConflict ? { payment: null, userErrors: [result.userError] } : result;
}

@Resolver()
export class PaymentMutationsResolver {
  @Mutation(() => PaymentPayload, { description: 'Ask a buyer to pay through PayApp (payrequest): SMS and/or a pay URL. The payment starts REQUESTED.' })
  requestPayment(@Arg('input', () => RequestPaymentInput) input: RequestPaymentInput, @Ctx() ctx: Context) {
    return idempotent(ctx, 'requestPayment', input, () => ctx.services.payments.requestPayment(ctx.viewer, input));
  }

  @Mutation(() => PaymentPayload, { description: 'Charge typed card data through Payup (keyin2). The card data goes to Payup and nowhere else.' })
  payWithCard(@Arg('input', () => PayWithCardInput) input: PayWithCardInput, @Ctx() ctx: Context) {
    return idempotent(ctx, 'payWithCard', input, () => ctx.services.payments.payWithCard(ctx.viewer, input));
  }

  @Mutation(() => PaymentPayload, { description: 'Cancel a payment in full or in part (PayApp paycancel, Payup cancel2).' })
  cancelPayment(@Arg('input', () => CancelPaymentInput) input: CancelPaymentInput, @Ctx() ctx: Context) {
    return idempotent(ctx, 'cancelPayment', input, () => ctx.services.payments.cancelPayment(ctx.viewer, input));
  }

  @Mutation(() => CancellationRequestPayload, { description: 'Ask PayApp for a cancellation after D+5 or after settlement (paycancelreq).' })
  async requestCancellation(@Arg('input', () => RequestCancellationInput) input: RequestCancellationInput, @Ctx() ctx: Context) {
    const outcome = await idempotent(ctx, 'requestCancellation', input, () => ctx.services.payments.requestCancellation(ctx.viewer, input));
    return { cancellationRequest: null, ...outcome };
  }
}
