import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { Parent } from '../../graphql/parent';
import { ApiKeyRole, UserErrorCode } from '../../domain/enums';
import type { Context } from '../../graphql/context';
import { forbidden } from '../../graphql/errors';
import { runMutation } from '../../graphql/mutation';
import { Seller } from '../sellers/seller.types';
import { ApiKeyRow } from './api-key.entity';
import { ApiKey, ApiKeyPayload, CreateApiKeyInput, CreateApiKeyPayload, RevokeApiKeyInput, ViewerType } from './auth.types';
import { canSee } from './viewer';

const notFound = (field: string, message: string) => ({ field: [field], code: UserErrorCode.NOT_FOUND, message });

@Resolver(() => ApiKey)
export class AuthResolver {
  @Query(() => ViewerType, { description: 'Who is calling.' })
  viewer(@Ctx() ctx: Context) {
    return { role: ctx.viewer.role, seller: ctx.viewer.sellerId ? ctx.loaders.sellerOf(ctx.viewer.sellerId) : null };
  }

  @FieldResolver(() => Seller, { nullable: true, description: 'The seller a SELLER key acts for.' })
  seller(@Parent() key: ApiKeyRow, @Ctx() ctx: Context) {
    return key.sellerId ? ctx.loaders.sellerOf(key.sellerId) : null;
  }

  @Mutation(() => CreateApiKeyPayload, {
    description: 'Create an API key. A PLATFORM key creates any key; a SELLER key creates SELLER keys for its own seller. The secret is returned once; a repeat with the same idempotency key returns the key without it.',
  })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<CreateApiKeyPayload> {
    const { viewer } = ctx;
    if (viewer.role === ApiKeyRole.SELLER && (input.role !== ApiKeyRole.SELLER || (input.sellerId && input.sellerId !== viewer.sellerId))) throw forbidden('A SELLER key can only create SELLER keys for its own seller');
    const sellerId = input.role === ApiKeyRole.SELLER ? (input.sellerId ?? viewer.sellerId) : null;
    return runMutation(
      ctx,
      'createApiKey',
      input,
      async (): Promise<CreateApiKeyPayload> => {
        if (input.role === ApiKeyRole.SELLER && !(sellerId && (await ctx.loaders.sellerOf(sellerId)))) {
          return { apiKey: null, secret: null, userErrors: [notFound('sellerId', 'A SELLER key needs an existing seller')] };
        }
        if (input.role === ApiKeyRole.PLATFORM && input.sellerId) {
          return { apiKey: null, secret: null, userErrors: [{ field: ['sellerId'], code: UserErrorCode.INVALID_STATE, message: 'A PLATFORM key belongs to no seller' }] };
        }
        const created = await ctx.services.apiKeys.create({ name: input.name, role: input.role, sellerId });
        return { apiKey: created.apiKey, secret: created.secret, userErrors: [] };
      },
      ['secret'],
    );
  }

  @Mutation(() => ApiKeyPayload, { description: 'Revoke an API key for good. A SELLER key may revoke its own seller\'s keys.' })
  async revokeApiKey(@Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput, @Ctx() ctx: Context): Promise<ApiKeyPayload> {
    return runMutation(ctx, 'revokeApiKey', input, async (): Promise<ApiKeyPayload> => {
      const key = await ctx.services.apiKeys.findById(input.apiKeyId);
      if (!key || !(ctx.viewer.role === ApiKeyRole.PLATFORM || (key.sellerId && canSee(ctx.viewer, key.sellerId)))) {
        return { apiKey: null, userErrors: [notFound('apiKeyId', 'No such API key')] };
      }
      return { apiKey: await ctx.services.apiKeys.revoke(key.id), userErrors: [] };
    });
  }
}
