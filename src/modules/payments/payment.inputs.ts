import { ArrayMaxSize, IsEmail, IsInt, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_AMOUNT, MoneyField } from '../../graphql/money';
import { Currency, PaymentMethod, PaymentState } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { Payment } from './payment.types';
import { ActingSellerField, IdempotencyKeyField } from '../../graphql/input-fields';
import { PhoneNumberField } from '../../graphql/normalized-fields';

@InputType({ description: 'Who pays.' })
export class BuyerInput {
  @Field(() => String, { nullable: true, description: 'The buyer\'s name.' })
  @IsOptional()
  @Length(1, 100)
  name?: string;
  @PhoneNumberField('The buyer\'s mobile number, as typed (010-2345-6789, +82 10 2345 6789); kept as its digits. PayApp sends the pay request to it by SMS.')
  phone?: string;
  @Field(() => String, { nullable: true, description: 'The buyer\'s e-mail address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string;
  @Field(() => String, { nullable: true, description: 'The merchant\'s own id for the buyer.' })
  @IsOptional()
  @Length(1, 100)
  buyerId?: string;
}

@InputType({ description: 'Card data typed by the buyer. It goes to the provider and nowhere else.' })
export class CardInput {
  @Field({ description: 'The card number, digits only.' })
  @Matches(/^\d{13,19}$/, { message: 'number must be 13 to 19 digits' })
  number: string;
  @Field({ description: 'Expiry month, MM.' })
  @Matches(/^(0[1-9]|1[0-2])$/, { message: 'expiryMonth must be 01 to 12' })
  expiryMonth: string;
  @Field({ description: 'Expiry year, YY or YYYY.' })
  @Matches(/^(\d{2}|\d{4})$/, { message: 'expiryYear must be YY or YYYY' })
  expiryYear: string;
  @Field(() => String, { nullable: true, description: 'Birth date (YYMMDD) or business number; not needed for Welcome no-auth keys.' })
  @IsOptional()
  @Matches(/^(\d{6}|\d{10})$/, { message: 'birthDateOrBusinessNumber must be YYMMDD or a 10-digit business number' })
  birthDateOrBusinessNumber?: string;
  @Field(() => String, { nullable: true, description: 'First two digits of the card password; not needed for Welcome no-auth keys.' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'passwordFirstTwo must be two digits' })
  passwordFirstTwo?: string;
}

@InputType({ description: 'PayApp payrequest.' })
export class RequestPaymentInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField()
  sellerId?: string;
  @Field(() => String, { nullable: true, description: 'The merchant\'s own order number.' })
  @IsOptional()
  @Length(1, 100)
  orderId?: string;
  @Field({ description: 'What is sold (no URLs: PayApp refuses them).' })
  @Length(1, 200)
  goodName: string;
  @MoneyField('The amount, in the currency\'s smallest unit.', { required: true })
  amount: number;
  @Field(() => Currency, { nullable: true, defaultValue: Currency.KRW, description: 'KRW by default; USD needs countryCallingCode and allows cards only.' })
  currency?: Currency;
  @Field(() => String, { nullable: true, description: 'PayApp vccode; required for USD.' })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: 'countryCallingCode must be 1 to 4 digits' })
  countryCallingCode?: string;
  @Field(() => BuyerInput, { description: 'Who pays; a phone number is needed for the SMS.' })
  @ValidateNested()
  buyer: BuyerInput;
  @Field(() => String, { nullable: true, description: 'A memo shown to the buyer (no URLs).' })
  @IsOptional()
  @MaxLength(500)
  memo?: string;
  @Field(() => Boolean, { nullable: true, description: 'Ask the buyer for an address.' })
  requestAddress?: boolean;
  @Field(() => [PaymentMethod], { nullable: true, description: 'The methods the buyer may choose from (PayApp openpaytype); all when omitted.' })
  @IsOptional()
  @ArrayMaxSize(14)
  methods?: PaymentMethod[];
  @MoneyField('The taxable supply part of amount (PayApp amount_taxable); with the other two parts it must add up to amount.')
  taxableAmount?: number;
  @MoneyField('The tax-free part of amount (PayApp amount_taxfree).')
  taxFreeAmount?: number;
  @MoneyField('The VAT part of amount (PayApp amount_vat).')
  vatAmount?: number;
  @Field(() => Boolean, { nullable: true, defaultValue: true, description: 'Send the pay request by SMS.' })
  sendSms?: boolean;
  @Field(() => String, { nullable: true, description: 'Where the buyer returns after paying.' })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  returnUrl?: string;
  @Field(() => Boolean, { nullable: true, description: 'Skip PayApp\'s receipt page after payment.' })
  skipReceiptPage?: boolean;
  @Field(() => String, { nullable: true, description: 'The merchant app\'s URL scheme to return to.' })
  @IsOptional()
  @MaxLength(500)
  appUrl?: string;
  @Field(() => String, { nullable: true, description: 'The merchant\'s own value, returned in every notice.' })
  @IsOptional()
  @MaxLength(300)
  var1?: string;
  @Field(() => String, { nullable: true, description: 'A second merchant value, returned in every notice.' })
  @IsOptional()
  @MaxLength(300)
  var2?: string;
}

@InputType({ description: 'Payup keyin2: approve a card payment from typed card data.' })
export class PayWithCardInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField()
  sellerId?: string;
  @Field({ description: 'The merchant\'s own order number (Payup orderNumber).' })
  @Matches(/^[A-Za-z0-9_-]{1,50}$/, { message: 'orderId must be 1 to 50 letters, digits, _ or -' })
  orderId: string;
  @Field({ description: 'What is sold.' })
  @Length(1, 200)
  goodName: string;
  @MoneyField('The amount in won.', { required: true })
  amount: number;
  @Field(() => CardInput, { description: 'The card; sent to Payup and forgotten.' })
  @ValidateNested()
  card: CardInput;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Installment months; 0 is a lump sum.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(36)
  installmentMonths?: number;
  @Field(() => BuyerInput, { description: 'Who pays; Payup needs a name.' })
  @ValidateNested()
  buyer: BuyerInput;
  @Field(() => Boolean, { nullable: true, description: 'Send Payup\'s KakaoTalk receipt to the buyer\'s phone.' })
  sendKakaoNotice?: boolean;
  @MoneyField('The taxable part of amount in won (Payup taxAmount).')
  taxableAmount?: number;
  @MoneyField('The tax-free part of amount in won (Payup freeAmount).')
  taxFreeAmount?: number;
}

/** What cancelPayment and requestCancellation share: which payment, why, and how much of it. */
@InputType('GiveBackFields', { description: 'Fields shared by the inputs that give money back.' })
abstract class GiveBackInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The payment.' })
  @Length(1, 32)
  paymentId: string;
  @Field({ description: 'Why (PayApp cancelmemo).' })
  @Length(1, 200)
  reason: string;
  @MoneyField('How much to give back, in the currency\'s smallest unit: less than remainingAmount gives back a part (PayApp partcancel, cancelprice); omitted, all that remains.')
  amount?: number;
  @MoneyField('The taxable part given back.')
  taxableAmount?: number;
  @MoneyField('The tax-free part given back.')
  taxFreeAmount?: number;
  @MoneyField('The VAT part given back.')
  vatAmount?: number;
}

@InputType({ description: 'PayApp paycancel (full, partial, or request-only) or Payup cancel2.' })
export class CancelPaymentInput extends GiveBackInput {
  @Field(() => Boolean, { nullable: true, description: 'PayApp cancelmode=ready: cancel only while still REQUESTED.' })
  onlyIfNotPaid?: boolean;
  @Field(() => Int, { nullable: true, description: 'Optimistic check: when given, the cancel is refused with REMAINING_AMOUNT_CHANGED unless the payment\'s remainingAmount is exactly this.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRemainingAmount?: number;
}

@InputType({ description: 'PayApp paycancelreq: ask for a cancellation after D+5 or after settlement.' })
export class RequestCancellationInput extends GiveBackInput {
  @Field(() => String, { nullable: true, description: 'The depositor\'s name for the refund transfer (PayApp dpname).' })
  @IsOptional()
  @Length(1, 50)
  depositorName?: string;
}

@InputType({
  description:
    'An operator (PLATFORM key) records what the provider\'s own records (its admin site, a phone call)\nshow about a payment whose outcome is UNKNOWN. Refused with INVALID_STATE unless the payment is\nUNKNOWN. The change is one PaymentEvent with source OPERATOR that keeps the note.',
})
export class ResolveUnknownPaymentInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The UNKNOWN payment.' })
  @Length(1, 32)
  paymentId: string;
  @Field(() => PaymentState, { description: 'The state the provider reports; not UNKNOWN.' })
  state: PaymentState;
  @Field(() => String, { nullable: true, description: 'The provider\'s payment id, when the call that timed out never returned one.' })
  @IsOptional()
  @Length(1, 64)
  providerPaymentId?: string;
  @Field(() => Int, { nullable: true, description: 'The total the provider has cancelled of this payment, when a cancel\'s outcome was unknown.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  cancelledAmount?: number;
  @Field({ description: 'What was checked, where and by whom.' })
  @Length(1, 1000)
  note: string;
}

@ObjectType({ description: 'What PayApp answered to a cancellation request.' })
export class CancellationRequest {
  @Field(() => Int, { nullable: true, description: 'What the seller must pay back before the cancel (PayApp paybackprice).' })
  paybackAmount: number | null;
  @Field(() => String, { nullable: true, description: 'Where to pay it back (PayApp paybackbank).' })
  paybackBank: string | null;
  @Field({ description: 'Whether a part of the amount is asked for.' })
  partial: boolean;
  @Field(() => Int, { nullable: true, description: 'The amount asked to cancel (PayApp partprice).' })
  requestedAmount: number | null;
}

@ObjectType({ description: 'The result of a payment mutation.' })
export class PaymentPayload {
  @Field(() => Payment, { nullable: true, description: 'The payment, as it stands after the mutation.' })
  payment: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused or not confirmed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of requestCancellation.' })
export class CancellationRequestPayload {
  @Field(() => Payment, { nullable: true, description: 'The payment.' })
  payment: unknown;
  @Field(() => CancellationRequest, { nullable: true, description: 'What PayApp answered.' })
  cancellationRequest: CancellationRequest | null;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}
