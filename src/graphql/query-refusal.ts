import { GraphQLError } from 'graphql';
import type { Refusal } from '../domain/errors';
import { isRefusal } from '../modules/money/provider-refusals';
import { asGraphQLError } from './mutation';

/**
 * Runs a query's service call. A query has no userErrors: a refusal a mutation would report as one
 * is the query's error instead, coded as the refusal is (NOT_FOUND, PROVIDER_NOT_CONFIGURED, …)
 * with its field (under `argument`, when the query takes an input object) and the provider's code.
 * Domain errors become BAD_USER_INPUT or FORBIDDEN as for mutations.
 */
export async function answerOrRefuse<T>(answer: () => Promise<T | Refusal>, argument: string | null = null): Promise<T> {
  let value: T | Refusal;
  try {
    value = await answer();
  } catch (err) {
    throw asGraphQLError(err, argument);
  }
  if (!isRefusal(value)) return value;
  const path = value.field && (argument ? [argument, ...value.field] : value.field);
  throw new GraphQLError(value.message, {
    extensions: { code: value.code, ...(path && { fields: [path] }), ...(value.providerCode && { providerCode: value.providerCode }) },
  });
}
