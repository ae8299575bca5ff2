import { IsEmail, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CashReceiptPurpose, CashReceiptState, TaxType } from '../../domain/enums';
import { ActingSellerField, IdempotencyKeyField } from '../../graphql/input-fields';
import { MoneyField } from '../../graphql/money';
import { DigitsField, PhoneNumberField } from '../../graphql/normalized-fields';
import { SETTLED_STATES } from './cash-receipt-states';

@InputType({ description: 'PayApp cashStRegist.' })
export class IssueCashReceiptInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @ActingSellerField()
  sellerId?: string;
  @Field(() => ID, { nullable: true, description: 'A paid payment of the same seller that the receipt is for; its PayApp mul_no is sent with it.' })
  @IsOptional()
  @Length(1, 32)
  paymentId?: string;
  @Field({ description: 'What was sold.' })
  @Length(1, 200)
  goodName: string;
  @Field({ description: 'The buyer\'s name.' })
  @Length(1, 100)
  buyerName: string;
  @PhoneNumberField('The buyer\'s mobile number (buyr_tel1), as typed; sent to PayApp, not kept.')
  buyerPhone?: string;
  @Field(() => String, { nullable: true, description: 'The buyer\'s e-mail address (buyr_mail); sent to PayApp, not kept.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  buyerEmail?: string;
  @DigitsField('Phone number or business number (id_info), with or without dashes; 0100001234 for a receipt the seller issues unasked (자진발급). Sent to PayApp and kept masked only.', { required: true })
  identity: string;
  @Field({ description: 'When the sale happened; PayApp issues a receipt at most 6 days (Korean calendar) after it, never before it.' })
  tradedAt: Date;
  @Field(() => CashReceiptPurpose, { description: 'Income deduction (tr_code 0) or expense proof (tr_code 1).' })
  purpose: CashReceiptPurpose;
  @Field(() => TaxType, { description: 'Taxable (TG01) or tax free (TG02, no VAT).' })
  taxType: TaxType;
  @MoneyField('The total: supplyAmount + serviceFee + vatAmount.', { required: true })
  totalAmount: number;
  @MoneyField('The supply amount (0 or more).', { required: true, allowZero: true })
  supplyAmount: number;
  @MoneyField('The service fee (0 or more).', { required: true, allowZero: true })
  serviceFee: number;
  @MoneyField('The VAT (0 or more; 0 for TAX_FREE).', { required: true, allowZero: true })
  vatAmount: number;
}

@InputType({ description: 'PayApp cashStCancel.' })
export class CancelCashReceiptInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The ISSUED receipt (or an UNKNOWN one with a providerReceiptId) to cancel.' })
  @Length(1, 32)
  cashReceiptId: string;
}

@InputType({ description: 'An operator records what PayApp\'s own records show about an UNKNOWN cash receipt (PLATFORM keys only).' })
export class ResolveUnknownCashReceiptInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The UNKNOWN cash receipt.' })
  @Length(1, 32)
  cashReceiptId: string;
  @Field(() => CashReceiptState, { description: 'What PayApp shows: ISSUED, CANCELLED, or FAILED when it has no such receipt.' })
  @IsIn(SETTLED_STATES)
  state: CashReceiptState;
  @Field(() => String, { nullable: true, description: 'PayApp\'s receipt number (cashstno), required for ISSUED and CANCELLED when the receipt has none yet.' })
  @IsOptional()
  @Length(1, 64)
  providerReceiptId?: string;
  @Field(() => String, { nullable: true, description: 'The approval number PayApp shows.' })
  @IsOptional()
  @Length(1, 64)
  approvalNumber?: string;
  @Field({ description: 'What was checked, where and by whom.' })
  @Length(1, 1000)
  note: string;
}
