import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CashReceiptPurpose, CashReceiptState, EventSource, Provider, TaxType } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { connectionTypes } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType({ implements: Node, description: 'A cash receipt (Korean tax receipt) issued through PayApp.' })
export class CashReceipt extends Node {
  @Field(() => Provider, { description: 'The provider that issued it.' })
  provider: Provider;
  @Field(() => String, { nullable: true, description: 'PayApp cashstno.' })
  providerReceiptId: string | null;
  @Field(() => String, { nullable: true, description: 'The tax authority\'s approval number.' })
  approvalNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The receipt page.' })
  receiptUrl: string | null;
  @Field(() => CashReceiptPurpose, { description: 'Income deduction or expense proof.' })
  purpose: CashReceiptPurpose;
  @Field(() => TaxType, { description: 'Taxable or tax free.' })
  taxType: TaxType;
  @Field({ description: 'What was sold.' })
  goodName: string;
  @Field({ description: 'The buyer\'s name.' })
  buyerName: string;
  @Field(() => String, { nullable: true, description: 'The phone or business number it is issued to, all but the last four digits hidden; the full number is kept nowhere.' })
  maskedIdentity: string | null;
  @Field(() => Int, { description: 'The receipt\'s total in won: supplyAmount + serviceFee + vatAmount (PayApp amt_tot).' })
  totalAmount: number;
  @Field(() => Int, { description: 'The supply amount in won (PayApp amt_sup).' })
  supplyAmount: number;
  @Field(() => Int, { description: 'The service fee in won (PayApp amt_svc).' })
  serviceFee: number;
  @Field(() => Int, { description: 'The VAT in won (PayApp amt_tax).' })
  vatAmount: number;
  @Field({ description: 'When the sale happened.' })
  tradedAt: Date;
  @Field(() => CashReceiptState, { description: 'Where the receipt stands (see CashReceiptState).' })
  state: CashReceiptState;
  @Field({ description: 'When the receipt was recorded here, just before PayApp was asked to issue it.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;
}

export const CashReceiptConnection = connectionTypes('CashReceipt', CashReceipt, 'cash receipt');

@ObjectType({ description: 'One state change of a cash receipt, oldest first in CashReceipt.events.' })
export class CashReceiptEvent {
  @Field(() => ID, { description: 'The event\'s id (cre_…).' })
  id: string;
  @Field(() => CashReceiptState, { nullable: true, description: 'The state before; null when the receipt was recorded.' })
  from: CashReceiptState | null;
  @Field(() => CashReceiptState, { description: 'The state after.' })
  to: CashReceiptState;
  @Field(() => EventSource, { description: 'What caused it: the API, or an operator.' })
  source: EventSource;
  @Field(() => String, { nullable: true, description: 'What an operator wrote when settling an UNKNOWN receipt.' })
  note: string | null;
  @Field({ description: 'When it happened.' })
  occurredAt: Date;
}

@ObjectType({ description: 'The result of a cash receipt mutation.' })
export class CashReceiptPayload {
  @Field(() => CashReceipt, { nullable: true, description: 'The receipt as it now stands; also when a call was refused or went unanswered.' })
  cashReceipt: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused or not confirmed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'How much of a Naver Pay payment a cash receipt may cover (PayApp checkNpayCashReceiptReq).' })
export class NaverPayCashAmount {
  @Field(() => Int, { description: 'The cash part of the payment (totalCashAmount).' })
  totalAmount: number;
  @Field(() => Int, { description: 'Its supply amount (supplyCashAmount).' })
  supplyAmount: number;
  @Field(() => Int, { description: 'Its VAT (vatCashAmount); 0 with a supply amount means tax-free.' })
  vatAmount: number;
}
