import { ASTNode, GraphQLError, GraphQLFormattedError, Kind, print } from 'graphql';
import type { Logger } from '../logger';

/**
 * The GraphQL errors of the contract. Business refusals are not errors: they are userErrors in
 * the payload (see UserError). These are for requests that cannot be served at all.
 */
export function badUserInput(message: string, fields: string[][], nodes?: ASTNode): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: 'BAD_USER_INPUT', fields } });
}

export function unauthenticated(message = 'A valid API key is required: Authorization: Bearer <secret>'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'This operation needs a PLATFORM key'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** Refused before anything ran: too deep, too costly, too many aliases or directives. */
export function queryTooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** Over a rate limit: HTTP 429 with Retry-After; the same code on a WebSocket operation. */
export function rateLimited(message: string, msBeforeNext: number): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new GraphQLError(`${message}; retry in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

export function tooManySubscriptions(limit: number): GraphQLError {
  return new GraphQLError(`This connection already holds ${limit} subscriptions, the most it may; complete one first`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
}

/**
 * The code a client sees for an error. An error without one is ours (a bug, reported as
 * INTERNAL_SERVER_ERROR) unless it was marked as the client's with a 4xx status, as Apollo
 * marks a persisted query whose hash does not match.
 */
export function errorCode(error: { extensions?: Record<string, unknown> }): string {
  const { code, http } = error.extensions ?? {};
  if (typeof code === 'string') return code;
  const status = (http as { status?: number } | undefined)?.status;
  return status && status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

const LITERAL_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.ENUM, Kind.LIST, Kind.OBJECT]);

/**
 * graphql-js quotes a wrong literal written into the document ("String cannot represent a non
 * string value: 4518…"), which may be card data typed inline: the quote becomes `<value>`.
 */
function withoutQuotedLiterals(message: string, original: unknown): string {
  let safe = message;
  for (const node of original instanceof GraphQLError ? (original.nodes ?? []) : []) {
    if (!LITERAL_KINDS.has(node.kind)) continue;
    const raw = 'value' in node && typeof node.value === 'string' && node.value.length >= 4 ? [node.value] : [];
    for (const quote of [print(node), ...raw]) safe = safe.split(quote).join('<value>');
  }
  return safe;
}

/**
 * The one formatter of errors for HTTP and WebSocket alike: known codes pass through (without
 * stack traces or echoed literals); anything unexpected is reported without internals, and
 * logged by the caller.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const code = errorCode(original instanceof GraphQLError ? original : formatted);
  if (code === 'INTERNAL_SERVER_ERROR') {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: withoutQuotedLiterals(formatted.message, original), extensions: { ...extensions, code } };
}

/** formatGraphQLError for a transport: our own failures are logged (at error) with their cause; client mistakes are not. */
export function errorFormatter(logger: Logger): (formatted: GraphQLFormattedError, original?: unknown) => GraphQLFormattedError {
  return (formatted, original) => {
    const safe = formatGraphQLError(formatted, original);
    if (safe.extensions?.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: original ?? formatted }, 'unexpected GraphQL error');
    return safe;
  };
}
