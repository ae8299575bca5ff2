import { Field, Int, ObjectType } from 'type-graphql';
import { Provider } from '../../domain/enums';
import { connectionTypes } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { UserError } from '../../graphql/common.types';

@ObjectType({ description: 'A provider account of a seller. Secrets are never readable.' })
export class ProviderAccount {
  @Field(() => Provider, { description: 'Which provider the account is at.' })
  provider: Provider;
  @Field({ description: 'PayApp userid, Welcome mid or Payup merchantId.' })
  accountId: string;
}

@ObjectType({ description: 'A staff login under a PayApp seller account (subidregist).' })
export class SubAccount {
  @Field({ description: 'The sub-account\'s login id at PayApp.' })
  subUserId: string;
  @Field({ description: 'The staff member\'s name.' })
  name: string;
  @Field(() => Int, { description: 'PayApp permission bit flags (1, 2, 4).' })
  permissions: number;
}

@ObjectType({ implements: Node, description: 'A merchant of the platform, with its provider accounts.' })
export class Seller extends Node {
  @Field({ description: 'The seller\'s display name.' })
  name: string;
  @Field({ description: 'When the seller was created.' })
  createdAt: Date;
}

export const SellerConnection = connectionTypes('Seller', Seller, 'seller');

@ObjectType({ description: 'The result of a seller mutation.' })
export class SellerPayload {
  @Field(() => Seller, { nullable: true, description: 'The seller, when the mutation succeeded.' })
  seller: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of registerSubAccount.' })
export class SubAccountPayload {
  @Field(() => SubAccount, { nullable: true, description: 'The sub-account, when PayApp registered it.' })
  subAccount: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}
