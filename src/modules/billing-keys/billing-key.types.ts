import { Field, ObjectType } from 'type-graphql';
import { BillingKeyMethod, BillingKeyState, Provider } from '../../domain/enums';
import { connectionTypes } from '../../graphql/connection';
import { Node } from '../../graphql/node';

@ObjectType({ implements: Node, description: 'A card or phone stored at a provider, chargeable without the buyer present.' })
export class BillingKey extends Node {
  @Field(() => Provider, { description: 'The provider that holds the key.' })
  provider: Provider;
  @Field(() => BillingKeyMethod, { description: 'A card or a phone bill.' })
  method: BillingKeyMethod;
  @Field(() => String, { nullable: true, description: 'The card number as the provider masked it.' })
  maskedCardNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The card issuer\'s name.' })
  cardName: string | null;
  @Field(() => BillingKeyState, { description: 'Whether the key can still be charged.' })
  state: BillingKeyState;
  @Field({ description: 'When the key was registered.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the key was deleted.' })
  deletedAt: Date | null;
}

export const BillingKeyConnection = connectionTypes('BillingKey', BillingKey, 'billing key');
