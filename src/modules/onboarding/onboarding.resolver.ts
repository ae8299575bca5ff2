import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { runMutation } from '../../graphql/mutation';
import { withoutNulls } from '../../graphql/without-nulls';
import { answerOrRefuse } from '../../graphql/query-refusal';
import { actorOf } from '../auth/actor';
import { SellerPayload, SubAccountPayload } from '../sellers/seller.types';
import { PayAppAppLinkInput, RegisterPayAppSellerInput, RegisterSubAccountInput } from './onboarding.inputs';

@Resolver()
export class OnboardingResolver {
  @Mutation(() => SellerPayload, {
    description:
      'PLATFORM keys only: sign a seller up at PayApp through the platform\'s reseller account (sellerRegist, PAYAPP_RESELLER_ID) and create the Seller here with the linkkey and linkval PayApp answers. The password goes to PayApp and is stored nowhere.',
  })
  registerPayAppSeller(@Arg('input', () => RegisterPayAppSellerInput) input: RegisterPayAppSellerInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'registerPayAppSeller', input, (actor) => ctx.services.sellerRegistration.register(actor, withoutNulls(input)));
  }

  @Query(() => Boolean, { description: 'PayApp useridCheck (platform keys only): true when PayApp would sign a seller up under this id. Unset PAYAPP_RESELLER_ID: PROVIDER_NOT_CONFIGURED.' })
  payAppSellerIdAvailable(@Arg('userId', { description: 'The PayApp id to ask about.' }) userId: string, @Ctx() ctx: Context) {
    return answerOrRefuse(() => ctx.services.sellerRegistration.idAvailable(actorOf(ctx.viewer), userId));
  }

  @Mutation(() => SubAccountPayload, { description: 'Add a staff sub-account to the seller\'s PayApp account (subidregist). The password goes to PayApp and is stored nowhere.' })
  registerSubAccount(@Arg('input', () => RegisterSubAccountInput) input: RegisterSubAccountInput, @Ctx() ctx: Context) {
    return runMutation(ctx, 'registerSubAccount', input, (actor) => ctx.services.subAccounts.register(actor, withoutNulls(input)));
  }

  @Query(() => String, {
    description:
      'A PayApp seller-app link (https://payapp.kr/sdk-app?...) for a mobile app to open: every parameter of the manual, percent-encoded; PayApp reports the payment to this API. Combinations the manual forbids are BAD_USER_INPUT naming the field.',
  })
  payAppAppLink(@Arg('input', () => PayAppAppLinkInput) input: PayAppAppLinkInput, @Ctx() ctx: Context) {
    return answerOrRefuse(() => ctx.services.appLinks.link(actorOf(ctx.viewer), withoutNulls(input)), 'input');
  }
}
