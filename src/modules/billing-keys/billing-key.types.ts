import { Field, Int, ObjectType } from 'type-graphql';
import { BillingKeyMethod, BillingKeyState, Provider } from '../../domain/enums';
import { connectionTypes } from '../../graphql/connection';
import { Node } from '../../graphql/node';
import { DateScalar } from '../../graphql/scalars';

@ObjectType({ implements: Node, description: 'A card or phone stored at a provider, chargeable without the buyer present.' })
export class BillingKey extends Node {
  @Field(() => Provider, { description: 'The provider that holds the key.' })
  provider: Provider;
  @Field(() => BillingKeyMethod, { description: 'A card or a phone bill.' })
  method: BillingKeyMethod;
  @Field(() => String, { nullable: true, description: 'The card number masked: as the provider masked it, or (Welcome returns none) the typed one with at most its first 6 and last 4 digits shown.' })
  maskedCardNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The card issuer\'s name.' })
  cardName: string | null;
  @Field(() => BillingKeyState, { description: 'Whether the key can still be charged.' })
  state: BillingKeyState;
  @Field(() => Int, { nullable: true, description: 'A key issued for one fixed charge (a Welcome phone key): the only amount it may be charged; null when any amount may be.' })
  fixedAmount: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the provider issued a fixed-charge key (Asia/Seoul): Welcome charges it within 5 days either side of that day of each later month.' })
  issuedOn: string | null;
  @Field({ description: 'When the key was registered.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the key was deleted.' })
  deletedAt: Date | null;
}

export const BillingKeyConnection = connectionTypes('BillingKey', BillingKey, 'billing key');
