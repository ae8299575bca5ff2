import { IsEmail, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { ActingSellerField, IdempotencyKeyField } from '../../graphql/input-fields';
import { MoneyField } from '../../graphql/money';
import { DigitsField, PhoneNumberField } from '../../graphql/normalized-fields';
import { TOKEN, TOKEN_MESSAGE } from '../sellers/seller.inputs';
import { PayAppSellerType, PayAppUserType } from './onboarding.enums';

/** Optional free text of at most `max` characters. */
function OptionalText(description: string, max = 200): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, description })(target, key);
    IsOptional()(target, key);
    Length(1, max)(target, key);
  };
}

@InputType({ description: 'PayApp sellerRegist through the platform\'s reseller account; creates the Seller here too.' })
export class RegisterPayAppSellerInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field({ description: 'The PayApp id the seller will sign in with (userid); it becomes the seller\'s PayApp account id.' })
  @Length(1, 64)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  userId: string;
  @Field({ description: 'The seller\'s PayApp password: at least 8 characters, letters and digits only, with both. Sent to PayApp and stored nowhere.' })
  @Length(1, 64)
  password: string;
  @Field({ description: 'The seller\'s name; also the name of the Seller created here.' })
  @Length(1, 200)
  sellerName: string;
  @PhoneNumberField('The seller\'s mobile number, as typed; kept as its digits.', { required: true })
  phone: string;
  @Field({ description: 'The seller\'s e-mail address.' })
  @IsEmail()
  @MaxLength(200)
  email: string;
  @Field({ description: 'PayApp bizkind, one of: Blog사업자, 쇼핑몰사업자, 방문판매, 음식점(배달), A/S긴급출동, 운수업, 컨텐츠, 도소매, 유통, 서비스, 숙박업, 임대업, 농수산업, 기타.' })
  @Length(1, 50)
  businessKind: string;
  @Field(() => PayAppUserType, { description: 'A person or a business; decides which fields below are required.' })
  userType: PayAppUserType;
  @Field(() => PayAppSellerType, { nullable: true, defaultValue: PayAppSellerType.SELLER, description: 'A seller (default) or a reseller.' })
  sellerType?: PayAppSellerType;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'PayApp join_type: 0 paid, 4 discounted (resellers join paid).' })
  @IsOptional()
  @IsInt()
  joinType?: number;
  @OptionalText('The person\'s name (username); required for INDIVIDUAL.', 100)
  personName?: string;
  @DigitsField('The business registration number (10 digits, dashes allowed); required for BUSINESS.')
  businessNumber?: string;
  @OptionalText('The company name; required for BUSINESS.')
  companyName?: string;
  @OptionalText('The business type (업태); required for BUSINESS.')
  businessType?: string;
  @OptionalText('The business item (업종); required for BUSINESS.')
  businessItem?: string;
  @OptionalText('The CEO\'s name; required for BUSINESS.', 100)
  ceoName?: string;
  @OptionalText('Postal code.', 10)
  zipCode?: string;
  @OptionalText('Address, first line.')
  address1?: string;
  @OptionalText('Address, second line.')
  address2?: string;
  @OptionalText('Home page URL.', 1000)
  homepage?: string;
  @OptionalText('The bank settlements are paid to.')
  settlementBank?: string;
  @DigitsField('The settlement account number (dashes allowed).')
  settlementAccountNumber?: string;
  @OptionalText('The settlement account holder.')
  settlementAccountHolder?: string;
}

@InputType({ description: 'PayApp subidregist: a staff login under the seller\'s PayApp account.' })
export class RegisterSubAccountInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField()
  sellerId?: string;
  @Field({ description: 'The sub-account\'s login id (subuserid).' })
  @Length(1, 64)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  subUserId: string;
  @Field({ description: 'The sub-account\'s password (subpwd). Sent to PayApp and stored nowhere.' })
  @Length(1, 64)
  password: string;
  @Field({ description: 'The staff member\'s name (subname).' })
  @Length(1, 100)
  name: string;
  @Field(() => Int, { nullable: true, description: 'Bit flags: 1 may use the sub-account, 2 main manager, 4 may cancel payments (0 to 7). 1 when omitted.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(7)
  permissions?: number;
  @OptionalText('Organisation, top level (subetc1).')
  category1?: string;
  @OptionalText('Organisation, middle level (subetc2).')
  category2?: string;
  @OptionalText('Organisation, bottom level (subetc3).')
  category3?: string;
  @OptionalText('Job title (subjtype).')
  position?: string;
}

@InputType({ description: 'A PayApp seller-app link: REMOTE (an SMS pay request) or a face-to-face type.' })
export class PayAppAppLinkInput {
  @ActingSellerField()
  sellerId?: string;
  @Field({ description: 'REMOTE, OCR, MANUAL, NFC, SAMSUNG, QR, KAKAO_PAY, NAVER_PAY, SMILE_PAY, APPLE_PAY, PAYCO, WECHAT_PAY' })
  @Length(1, 20)
  requestType: string;
  @Field({ description: 'Where the PayApp app returns to: the calling app\'s own URI (e.g. myshop://payapp/done).' })
  @Length(1, 1000)
  returnUri: string;
  @PhoneNumberField('The buyer\'s mobile number, as typed: required for REMOTE, and for face-to-face types from 100,000 won.')
  phoneNumber?: string;
  @MoneyField('The amount in won.', { required: true })
  goodPrice: number;
  @Field({ description: 'What is sold.' })
  @Length(1, 200)
  goodName: string;
  @Field(() => Boolean, { nullable: true, description: 'Taxable (true) or tax-free (false) (hasTax).' })
  taxable?: boolean;
  @Field(() => Int, { nullable: true, description: 'Card instalment months (cardinst): from 50,000 won, for OCR, MANUAL, NFC and SAMSUNG only.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(36)
  installmentMonths?: number;
  @Field(() => Boolean, { nullable: true, description: 'Offer every face-to-face type in the app (isAllPayReqType); face-to-face types only.' })
  allPayTypes?: boolean;
  @Field(() => String, { nullable: true, description: 'A value of the caller\'s, echoed in the app\'s answer and PayApp\'s notice.' })
  @IsOptional()
  @MaxLength(500)
  var1?: string;
  @Field(() => String, { nullable: true, description: 'A second value of the caller\'s, echoed likewise.' })
  @IsOptional()
  @MaxLength(500)
  var2?: string;
}
