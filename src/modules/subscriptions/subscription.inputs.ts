import { ArrayMaxSize, IsInt, IsOptional, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CycleUnit, PaymentMethod } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { ActingSellerField, IdempotencyKeyField, MerchantValueField } from '../../graphql/input-fields';
import { MoneyField } from '../../graphql/money';
import { DateScalar } from '../../graphql/scalars';
import { BuyerInput } from '../payments/payment.inputs';
import { RecurringPayment } from './subscription.types';

@InputType({ description: 'When a recurring payment charges. Dates are in Asia/Seoul.' })
export class BillingCycleInput {
  @Field(() => CycleUnit, { description: 'Monthly, weekly or daily.' })
  unit: CycleUnit;
  @Field(() => Int, { nullable: true, description: 'MONTH only: 1-31, or 90 for the last day. A day a month lacks falls on its last day (the 31st charges on 28/29 February, 30 April).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90)
  dayOfMonth?: number;
  @Field(() => Int, { nullable: true, description: 'WEEK only: 1 (Monday) to 7 (Sunday).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  dayOfWeek?: number;
}

@InputType({ description: 'PayApp rebillRegist; or, with billingKeyId, a schedule that this service charges itself.' })
export class CreateSubscriptionInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField()
  sellerId?: string;
  @Field(() => ID, { nullable: true, description: 'Charge this billing key on the cycle (this service charges it, from the first cycle date on or after today); omitted, PayApp runs the schedule once the buyer approves at payUrl.' })
  @IsOptional()
  @Length(1, 32)
  billingKeyId?: string;
  @Field({ description: 'What is sold (no URLs: PayApp refuses them).' })
  @Length(1, 200)
  goodName: string;
  @MoneyField('The amount of each charge, in won.', { required: true })
  amount: number;
  @Field(() => BillingCycleInput, { description: 'When it charges.' })
  @ValidateNested()
  cycle: BillingCycleInput;
  @Field(() => DateScalar, { description: 'The last day a charge may happen (Asia/Seoul); the day after, the recurring payment is EXPIRED.' })
  expiresOn: string;
  @Field(() => BuyerInput, { description: 'Who pays; PayApp sends the request to the phone. Charges of a billing key name this buyer.' })
  @ValidateNested()
  buyer: BuyerInput;
  @Field(() => String, { nullable: true, description: 'A memo shown to the buyer (no URLs).' })
  @IsOptional()
  @MaxLength(500)
  memo?: string;
  @Field(() => [PaymentMethod], { nullable: true, description: 'PayApp only: CARD and/or PHONE (PHONE with a MONTH cycle only); all when omitted.' })
  @IsOptional()
  @ArrayMaxSize(2)
  methods?: PaymentMethod[];
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'PayApp only: send the request by SMS.' })
  sendSms?: boolean;
  @Field(() => String, { nullable: true, description: 'PayApp only: where the buyer goes after approving.' })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  returnUrl?: string;
  @MerchantValueField('The merchant\'s own value, returned in every notice and kept on each charge.')
  var1?: string;
  @MerchantValueField('A second merchant value, returned in every notice and kept on each charge.')
  var2?: string;
}

@InputType({ description: 'PayApp rebillStop / rebillStart / rebillCancel; for a billing key\'s schedule, this service\'s own.' })
export class SubscriptionActionInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The recurring payment.' })
  @Length(1, 32)
  subscriptionId: string;
}

@ObjectType({ description: 'The result of a recurring-payment mutation.' })
export class SubscriptionPayload {
  @Field(() => RecurringPayment, { nullable: true, description: 'The recurring payment, as it stands after the mutation.' })
  subscription: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused or not confirmed; empty on success.' })
  userErrors: UserError[];
}
