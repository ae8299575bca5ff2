import { Field, Int, ObjectType } from 'type-graphql';
import { CashReceiptPurpose, CashReceiptState, Provider, TaxType } from '../../domain/enums';
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
  @Field(() => CashReceiptState, { description: 'Issued or cancelled.' })
  state: CashReceiptState;
  @Field({ description: 'When the receipt was issued here.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null;
}

export const CashReceiptConnection = connectionTypes('CashReceipt', CashReceipt, 'cash receipt');
