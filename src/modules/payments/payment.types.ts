import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Currency, EventSource, PaymentMethod, PaymentState, Provider } from '../../domain/enums';
import { connectionTypes } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType({ description: 'What the provider told us of the card used; never the card number itself.' })
export class CardDetails {
  @Field(() => String, { nullable: true, description: 'The card issuer\'s name.' })
  cardName: string | null;
  @Field(() => String, { nullable: true, description: 'The card number as the provider masked it.' })
  maskedNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The approval number.' })
  approvalNumber: string | null;
  @Field(() => Int, { nullable: true, description: 'Installment months; 0 is a lump sum.' })
  installmentMonths: number | null;
}

@ObjectType({ description: 'The virtual account a buyer deposits into.' })
export class VirtualAccount {
  @Field(() => String, { nullable: true, description: 'The bank.' })
  bank: string | null;
  @Field(() => String, { nullable: true, description: 'The account number.' })
  accountNumber: string | null;
}

@ObjectType({ implements: Node, description: 'One payment at one provider, from request to the last cancel.' })
export class Payment extends Node {
  @Field(() => Provider, { description: 'The provider that moves the money.' })
  provider: Provider;
  @Field(() => String, { nullable: true, description: 'PayApp mul_no, Welcome tid or Payup transactionId.' })
  providerPaymentId: string | null;
  @Field(() => String, { nullable: true, description: 'The merchant\'s own order number.' })
  orderId: string | null;
  @Field({ description: 'What is sold.' })
  goodName: string;
  @Field(() => Int, { description: 'The amount asked, in the currency\'s smallest unit.' })
  amount: number;
  @Field(() => Int, { description: 'How much of the amount has been cancelled so far (every cancel added up), in the currency\'s smallest unit.' })
  cancelledAmount: number;
  @Field(() => Int, { nullable: true, description: 'The taxable supply part of the amount (PayApp amount_taxable), in the currency\'s smallest unit.' })
  taxableAmount: number | null;
  @Field(() => Int, { nullable: true, description: 'The tax-free part of the amount (PayApp amount_taxfree), in the currency\'s smallest unit.' })
  taxFreeAmount: number | null;
  @Field(() => Int, { nullable: true, description: 'The VAT part of the amount (PayApp amount_vat), in the currency\'s smallest unit.' })
  vatAmount: number | null;
  @Field(() => Currency, { description: 'The currency of every amount of this payment.' })
  currency: Currency;
  @Field(() => PaymentState, { description: 'Where the payment stands now.' })
  state: PaymentState;
  @Field(() => Int, { nullable: true, description: 'The provider\'s raw state code of the latest transition (PayApp pay_state).' })
  payState: number | null;
  @Field(() => PaymentMethod, { nullable: true, description: 'How the buyer paid, once known.' })
  method: PaymentMethod | null;
  @Field(() => String, { nullable: true, description: 'Where the buyer pays (PayApp payurl).' })
  payUrl: string | null;
  @Field(() => String, { nullable: true, description: 'A QR code image of payUrl (PayApp qrurl).' })
  qrUrl: string | null;
  @Field(() => String, { nullable: true, description: 'The provider\'s receipt page (PayApp csturl).' })
  receiptUrl: string | null;
  @Field(() => String, { nullable: true, description: 'The merchant\'s memo.' })
  memo: string | null;
  @Field(() => String, { nullable: true, description: 'The merchant\'s own value, returned in every notice.' })
  var1: string | null;
  @Field(() => String, { nullable: true, description: 'A second merchant value, returned in every notice.' })
  var2: string | null;
  @Field(() => Date, { nullable: true, description: 'When the buyer was asked to pay.' })
  requestedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the payment was approved.' })
  paidAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the latest cancel happened.' })
  cancelledAt: Date | null;
  @Field({ description: 'When this service recorded the payment.' })
  createdAt: Date;
  @Field({ description: 'When the payment last changed.' })
  updatedAt: Date;
}

@ObjectType({ implements: Node, description: 'One state transition of a payment. This is what live subscriptions deliver.' })
export class PaymentEvent extends Node {
  @Field(() => PaymentState, { nullable: true, description: 'The state before; null for the payment\'s first event.' })
  from: PaymentState | null;
  @Field(() => PaymentState, { description: 'The state after.' })
  to: PaymentState;
  @Field(() => Int, { nullable: true, description: 'The provider\'s raw state code (PayApp pay_state).' })
  payState: number | null;
  @Field(() => Int, { nullable: true, description: 'The amount this transition moved, in the payment\'s currency\'s smallest unit: the amount paid, or the part a (partial) cancel gave back (PayApp price of the notice).' })
  amount: number | null;
  @Field(() => EventSource, { description: 'What caused the transition.' })
  source: EventSource;
  @Field(() => String, { nullable: true, description: 'What an operator wrote when settling an UNKNOWN outcome (source OPERATOR).' })
  note: string | null;
  @Field({ description: 'When the transition happened.' })
  occurredAt: Date;
}

@InputType({ description: 'Narrows a list of payments; every given condition must hold.' })
export class PaymentFilter {
  @Field(() => [PaymentState], { nullable: true, description: 'Any of these states.' })
  @IsOptional()
  @ArrayMaxSize(20)
  states?: PaymentState[];
  @Field(() => [Provider], { nullable: true, description: 'Any of these providers.' })
  @IsOptional()
  @ArrayMaxSize(10)
  providers?: Provider[];
  @Field(() => [PaymentMethod], { nullable: true, description: 'Any of these methods.' })
  @IsOptional()
  @ArrayMaxSize(20)
  methods?: PaymentMethod[];
  @Field(() => String, { nullable: true, description: 'Exactly this merchant order number.' })
  @IsOptional()
  @MaxLength(100)
  orderId?: string;
  @Field(() => String, { nullable: true, description: 'Exactly this provider payment id.' })
  @IsOptional()
  @MaxLength(64)
  providerPaymentId?: string;
  @Field(() => Date, { nullable: true, description: 'Created at or after this instant.' })
  @IsOptional()
  createdFrom?: Date;
  @Field(() => Date, { nullable: true, description: 'Created before this instant.' })
  @IsOptional()
  createdTo?: Date;
}

export const PaymentConnection = connectionTypes('Payment', Payment, 'payment', { counted: true });
export const PaymentEventConnection = connectionTypes('PaymentEvent', PaymentEvent, 'payment event');
