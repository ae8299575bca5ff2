import { IsEnum, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiKeyRole } from '../../domain/enums';
import { UserError } from '../../graphql/common.types';
import { Seller } from '../sellers/seller.types';
import { IdempotencyKeyField } from '../../graphql/input-fields';

@ObjectType('Viewer', { description: 'Who is calling: the role of the API key and, for a SELLER key, its seller.' })
export class ViewerType {
  @Field(() => ApiKeyRole, { description: 'What the key may do.' })
  role: ApiKeyRole;
  @Field(() => Seller, { nullable: true, description: 'The seller a SELLER key acts for.' })
  seller: unknown;
}

@ObjectType({ description: 'An API key. Its secret is shown once, when it is created.' })
export class ApiKey {
  @Field(() => ID, { description: 'The key\'s id (key_…).' })
  id: string;
  @Field({ description: 'A name to tell keys apart.' })
  name: string;
  @Field(() => ApiKeyRole, { description: 'What the key may do.' })
  role: ApiKeyRole;
  @Field(() => Seller, { nullable: true, description: 'The seller a SELLER key acts for.' })
  seller: unknown;
  @Field({ description: 'When the key was created.' })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the key was revoked; a revoked key authenticates nothing.' })
  revokedAt: Date | null;
}

@InputType({ description: 'Create an API key.' })
export class CreateApiKeyInput {
  @IdempotencyKeyField('Makes a repeat of this call return the first result (without the secret).')
  idempotencyKey?: string;
  @Field(() => ApiKeyRole, { description: 'PLATFORM (everything) or SELLER (one seller).' })
  @IsEnum(ApiKeyRole)
  role: ApiKeyRole;
  @Field(() => ID, { nullable: true, description: 'The seller of a SELLER key; implied when a SELLER key creates a key.' })
  @IsOptional()
  @Length(1, 32)
  sellerId?: string;
  @Field({ description: 'A name to tell keys apart.' })
  @Length(1, 100)
  name: string;
}

@InputType({ description: 'Revoke an API key for good.' })
export class RevokeApiKeyInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
  @Field(() => ID, { description: 'The key to revoke.' })
  @Length(1, 32)
  apiKeyId: string;
}

@ObjectType({ description: 'The result of createApiKey.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key.' })
  apiKey: unknown;
  @Field(() => String, { nullable: true, description: 'The secret, shown once; only its hash is stored.' })
  secret: string | null;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'The result of an API key mutation.' })
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The key.' })
  apiKey: unknown;
  @Field(() => [UserError], { description: 'Why the mutation was refused; empty on success.' })
  userErrors: UserError[];
}
