import { GraphQLError, GraphQLFormattedError } from 'graphql';

/**
 * The GraphQL errors of the contract. Business refusals are not errors: they are userErrors in
 * the payload (see UserError). These are for requests that cannot be served at all.
 */
export function badUserInput(message: string, fields: string[][]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

export function unauthenticated(message = 'A valid API key is required: Authorization: Bearer <secret>'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'This operation needs a PLATFORM key'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/**
 * The one formatter of errors for HTTP and WebSocket alike: known codes pass through (without
 * stack traces); anything unexpected is reported without internals, and logged by the caller.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
