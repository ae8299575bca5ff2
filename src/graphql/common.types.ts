import { Field, ObjectType } from 'type-graphql';
import { UserErrorCode } from '../domain/enums';

@ObjectType({ description: 'Who bought: whatever the merchant or the provider told us.' })
export class Buyer {
  @Field(() => String, { nullable: true, description: 'The buyer\'s name.' })
  name: string | null;
  @Field(() => String, { nullable: true, description: 'The buyer\'s phone number (digits).' })
  phone: string | null;
  @Field(() => String, { nullable: true, description: 'The buyer\'s e-mail address.' })
  email: string | null;
  @Field(() => String, { nullable: true, description: 'The merchant\'s own id for the buyer.' })
  buyerId: string | null;
}

/** Rows keep the buyer flat (buyer_name, …); this folds them into the API's Buyer. */
export function buyerOf(row: { buyerName: string | null; buyerPhone: string | null; buyerEmail?: string | null; buyerId?: string | null }): Buyer {
  return { name: row.buyerName, phone: row.buyerPhone, email: row.buyerEmail ?? null, buyerId: row.buyerId ?? null };
}

@ObjectType({ description: 'Why a mutation was refused: a business rule or the provider said no.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, if any.' })
  field: string[] | null;
  @Field({ description: 'What went wrong, for a person.' })
  message: string;
  @Field(() => UserErrorCode, { description: 'What went wrong, for a program.' })
  code: UserErrorCode;
  @Field(() => String, { nullable: true, description: 'The provider\'s own code (PayApp errno, Welcome ResultCode, Payup responseCode).' })
  providerCode?: string | null;
}
