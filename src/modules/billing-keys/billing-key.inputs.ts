import { IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BillingKeyMethod, Provider } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { ActingSellerField, IdempotencyKeyField, MerchantValueField } from '../../graphql/input-fields';
import { MoneyField } from '../../graphql/money';
import { DateScalar } from '../../graphql/scalars';
import { BuyerInput, CardInput } from '../payments/payment.inputs';
import { BillingKey } from './billing-key.types';

@InputType({ description: 'PayApp billRegist, Welcome /billing/billkey/card (authenticate: true) or /noauth/billkey/card.' })
export class RegisterBillingKeyInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField()
  sellerId?: string;
  @Field(() => Provider, { description: 'The provider that keeps the card: PAYAPP or WELCOME.' })
  provider: Provider;
  @Field(() => BillingKeyMethod, {
    nullable: true,
    defaultValue: BillingKeyMethod.CARD,
    description: 'CARD. Welcome issues PHONE keys on its own web pages, never through its API: record one with recordPhoneBillingKey.',
  })
  method?: BillingKeyMethod;
  @Field(() => CardInput, { description: 'The card; sent to the provider and forgotten.' })
  @ValidateNested()
  card: CardInput;
  @Field(() => BuyerInput, { description: 'Whose card it is; kept with the key and used by its charges. PayApp needs a name and a phone, Welcome a name.' })
  @ValidateNested()
  buyer: BuyerInput;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Welcome: check the card against the birth date and password digits (/billing/billkey/card); false issues without them (/noauth/billkey/card). PayApp always checks them.',
  })
  authenticate?: boolean;
  @Field(() => String, { nullable: true, description: 'What the key is for (Welcome goodsName).' })
  @IsOptional()
  @Length(1, 80)
  goodName?: string;
  @Field(() => String, { nullable: true, description: 'A note kept by the provider (Welcome etc).' })
  @IsOptional()
  @MaxLength(100)
  note?: string;
}

@InputType({ description: 'A phone billing key Welcome issued on its own web pages (its payment window), recorded here so that it can be charged.' })
export class RecordPhoneBillingKeyInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField()
  sellerId?: string;
  @Field(() => Provider, { description: 'The provider that issued the key (WELCOME).' })
  provider: Provider;
  @Field({ description: 'The key the provider issued (Welcome billkey). Sealed at rest, never returned.' })
  @Length(1, 100)
  billingKey: string;
  @Field(() => DateScalar, { description: 'The day the key was issued (Asia/Seoul): Welcome charges it within 5 days either side of that day of each later month.' })
  issuedOn: string;
  @MoneyField('The amount the key was issued for: the only amount Welcome charges it.', { required: true })
  amount: number;
  @Field(() => BuyerInput, { description: 'Whose phone it is; Welcome needs a name.' })
  @ValidateNested()
  buyer: BuyerInput;
}

@InputType({ description: 'PayApp billPay, Welcome /billing/billpay (card) or /billing/hppbillpay (phone).' })
export class ChargeBillingKeyInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The billing key to charge.' })
  @Length(1, 32)
  billingKeyId: string;
  @Field(() => String, { nullable: true, description: 'The merchant\'s own order number (Welcome oid, at most 40 characters); the payment id is sent when omitted.' })
  @IsOptional()
  @Length(1, 100)
  orderId?: string;
  @Field({ description: 'What is sold (no URLs: PayApp refuses them).' })
  @Length(1, 200)
  goodName: string;
  @MoneyField('The amount in won.', { required: true })
  amount: number;
  @Field(() => BuyerInput, { nullable: true, description: 'Who pays; the key\'s own buyer fills in whatever is left out.' })
  @IsOptional()
  @ValidateNested()
  buyer?: BuyerInput;
  @MoneyField('The taxable supply amount (PayApp amount_taxable).')
  taxableAmount?: number;
  @MoneyField('The tax-free amount (PayApp amount_taxfree, Welcome taxfree).')
  taxFreeAmount?: number;
  @MoneyField('The VAT (PayApp amount_vat, Welcome tax, at most 10% of the amount).')
  vatAmount?: number;
  @Field(() => Int, { nullable: true, description: 'Installment months, 0 a lump sum: PayApp from 50,000 won; Welcome 0 or 2 and up (cardQuota). Not for phone keys.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  installmentMonths?: number;
  @Field(() => Boolean, { nullable: true, description: 'Interest-free installments (Welcome quotaInterest); PayApp has no such option.' })
  interestFree?: boolean;
  @MerchantValueField('The merchant\'s own value, returned in PayApp\'s notices.')
  var1?: string;
  @MerchantValueField('A second merchant value, returned in PayApp\'s notices.')
  var2?: string;
}

@InputType({ description: 'Which billing key to delete.' })
export class DeleteBillingKeyInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The billing key.' })
  @Length(1, 32)
  billingKeyId: string;
}

@ObjectType({ description: 'The result of a billing-key mutation.' })
export class BillingKeyPayload {
  @Field(() => BillingKey, { nullable: true, description: 'The billing key, as it stands after the mutation.' })
  billingKey: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused or not confirmed; empty on success.' })
  userErrors: UserError[];
}
