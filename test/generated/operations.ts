/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an API key may do. */
export type ApiKeyRole =
  /** Manages sellers and sees everything. */
  | 'PLATFORM'
  /** Sees and acts for one seller only. */
  | 'SELLER';

/** Create an API key. */
export type CreateApiKeyInput = {
  /** Makes a repeat of this call return the first result (without the secret). */
  idempotencyKey?: string | null | undefined;
  /** A name to tell keys apart. */
  name: string;
  /** PLATFORM (everything) or SELLER (one seller). */
  role: ApiKeyRole;
  /** The seller of a SELLER key; implied when a SELLER key creates a key. */
  sellerId?: string | number | null | undefined;
};

/** Onboard a seller that already has provider accounts. */
export type CreateSellerInput = {
  /** Makes a repeat of this call return the first result. */
  idempotencyKey?: string | null | undefined;
  /** The seller's display name. */
  name: string;
  /** The seller's PayApp account. */
  payApp?: PayAppCredentialsInput | null | undefined;
  /** The seller's Payup account. */
  payup?: PayupCredentialsInput | null | undefined;
  /** The seller's Welcome account. */
  welcome?: WelcomeCredentialsInput | null | undefined;
};

/** A seller's PayApp account: userid and the linkkey / linkval from the PayApp admin. */
export type PayAppCredentialsInput = {
  /** PayApp linkkey (secret; stored encrypted, never readable). */
  linkKey: string;
  /** PayApp linkval (secret; stored encrypted, never readable). */
  linkValue: string;
  /** PayApp seller id (userid). */
  userId: string;
};

/** A seller's Payup account. */
export type PayupCredentialsInput = {
  /** Payup API certification key (secret; stored encrypted, never readable). */
  apiCertKey: string;
  /** Payup merchant id. */
  merchantId: string;
};

/** A payment provider this API speaks to. */
export type Provider =
  | 'PAYAPP'
  | 'PAYUP'
  | 'WELCOME';

/** Why a mutation was refused. */
export type UserErrorCode =
  | 'AMOUNT_EXCEEDS_REMAINING'
  | 'IDEMPOTENCY_KEY_IN_USE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_STATE'
  | 'NOT_FOUND'
  | 'PROVIDER_NOT_CONFIGURED'
  | 'PROVIDER_REJECTED'
  | 'PROVIDER_UNAVAILABLE'
  | 'REMAINING_AMOUNT_CHANGED'
  | 'UNSUPPORTED_BY_PROVIDER';

/** A seller's WelcomePayments account. */
export type WelcomeCredentialsInput = {
  /** Welcome merchant id (mid). */
  mid: string;
  /** Welcome merchant key (secret; stored encrypted, never readable). */
  mkey: string;
};

export type CreateSellerMutationVariables = Exact<{
  input: CreateSellerInput;
}>;


export type CreateSellerMutation = { createSeller: { seller: { id: string, name: string, providerAccounts: Array<{ provider: Provider, accountId: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string, role: ApiKeyRole, revokedAt: string | null, seller: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };


export const CreateSellerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSeller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSeller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providerAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"accountId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSellerMutation, CreateSellerMutationVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;