import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Provider } from '../../domain/enums';
import { IdempotencyKeyField } from '../../graphql/input-fields';
import type { ProviderAccount } from '../../providers/types';

export const TOKEN = /^[\x21-\x7e]+$/; // printable ASCII, no spaces: how provider ids and keys look
export const TOKEN_MESSAGE = '$property must be printable ASCII without spaces';

@InputType({ description: 'A seller\'s PayApp account: userid and the linkkey / linkval from the PayApp admin.' })
export class PayAppCredentialsInput {
  @Field({ description: 'PayApp seller id (userid).' })
  @Length(1, 64)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  userId: string;
  @Field({ description: 'PayApp linkkey (secret; stored encrypted, never readable).' })
  @Length(1, 128)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  linkKey: string;
  @Field({ description: 'PayApp linkval (secret; stored encrypted, never readable).' })
  @Length(1, 128)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  linkValue: string;

  toAccount(): ProviderAccount {
    return { provider: Provider.PAYAPP, accountId: this.userId, secrets: { linkKey: this.linkKey, linkValue: this.linkValue } };
  }
}

@InputType({ description: 'A seller\'s WelcomePayments account.' })
export class WelcomeCredentialsInput {
  @Field({ description: 'Welcome merchant id (mid).' })
  @Length(1, 64)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  mid: string;
  @Field({ description: 'Welcome merchant key (secret; stored encrypted, never readable).' })
  @Length(1, 256)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  mkey: string;

  toAccount(): ProviderAccount {
    return { provider: Provider.WELCOME, accountId: this.mid, secrets: { mkey: this.mkey } };
  }
}

@InputType({ description: 'A seller\'s Payup account.' })
export class PayupCredentialsInput {
  @Field({ description: 'Payup merchant id.' })
  @Length(1, 64)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  merchantId: string;
  @Field({ description: 'Payup API certification key (secret; stored encrypted, never readable).' })
  @Length(1, 256)
  @Matches(TOKEN, { message: TOKEN_MESSAGE })
  apiCertKey: string;

  toAccount(): ProviderAccount {
    return { provider: Provider.PAYUP, accountId: this.merchantId, secrets: { apiCertKey: this.apiCertKey } };
  }
}

@InputType({ description: 'Onboard a seller that already has provider accounts.' })
export class CreateSellerInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field({ description: 'The seller\'s display name.' })
  @Length(1, 200)
  name: string;
  @Field(() => PayAppCredentialsInput, { nullable: true, description: 'The seller\'s PayApp account.' })
  @IsOptional()
  @ValidateNested()
  payApp?: PayAppCredentialsInput;
  @Field(() => WelcomeCredentialsInput, { nullable: true, description: 'The seller\'s Welcome account.' })
  @IsOptional()
  @ValidateNested()
  welcome?: WelcomeCredentialsInput;
  @Field(() => PayupCredentialsInput, { nullable: true, description: 'The seller\'s Payup account.' })
  @IsOptional()
  @ValidateNested()
  payup?: PayupCredentialsInput;

  /** The accounts given, each with the input field it came from (for a refusal's path). */
  accounts(): { field: string; account: ProviderAccount }[] {
    const given = { payApp: this.payApp, welcome: this.welcome, payup: this.payup };
    return Object.entries(given).flatMap(([field, credentials]) => (credentials ? [{ field, account: credentials.toAccount() }] : []));
  }
}
