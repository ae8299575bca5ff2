import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/mutation';
import { PaymentPayload } from '../payments/payment.inputs';
import { BillingKeyPayload, ChargeBillingKeyInput, DeleteBillingKeyInput, RecordPhoneBillingKeyInput, RegisterBillingKeyInput } from './billing-key.inputs';

@Resolver()
export class BillingKeyMutationsResolver {
  @Mutation(() => BillingKeyPayload, { description: 'Register a card for later charges (PayApp billRegist, Welcome /billing/billkey/card or /noauth/billkey/card). The card data goes to the provider and nowhere else; the provider\'s key is sealed and never returned.' })
  registerBillingKey(@Arg('input', () => RegisterBillingKeyInput) input: RegisterBillingKeyInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'registerBillingKey', input, (actor) => ctx.services.billingKeys.register(actor, input));
  }

  @Mutation(() => BillingKeyPayload, { description: 'Record a phone billing key Welcome issued on its own web pages, with the amount and day it was issued for.' })
  recordPhoneBillingKey(@Arg('input', () => RecordPhoneBillingKeyInput) input: RecordPhoneBillingKeyInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'recordPhoneBillingKey', input, (actor) => ctx.services.billingKeys.recordPhoneKey(actor, input));
  }

  @Mutation(() => PaymentPayload, { description: 'Charge a billing key (PayApp billPay, Welcome /billing/billpay or /billing/hppbillpay): a payment with method BILLING, PAID, FAILED or UNKNOWN.' })
  chargeBillingKey(@Arg('input', () => ChargeBillingKeyInput) input: ChargeBillingKeyInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'chargeBillingKey', input, (actor, claim) => ctx.services.billingKeyCharges.charge(actor, input, claim));
  }

  @Mutation(() => BillingKeyPayload, { description: 'Delete a billing key at its provider and here; it is never charged again, and the recurring payments charging it stop (PAUSED).' })
  deleteBillingKey(@Arg('input', () => DeleteBillingKeyInput) input: DeleteBillingKeyInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'deleteBillingKey', input, (actor) => ctx.services.billingKeys.delete(actor, input));
  }
}
