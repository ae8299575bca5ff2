import { ApolloServer, ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, GraphQLSchema, ValidationRule } from 'graphql';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Authenticator } from '../modules/auth/authenticator';
import type { RateLimits } from '../modules/auth/rate-limits';
import type { Services } from '../services';
import { admitOperation } from './admission';
import { compiledExecution } from './compiled-execution';
import { Context, createContext } from './context';
import { errorCode, errorFormatter, formatGraphQLError } from './errors';
import { tooManyTokens } from './limits';
import { finishOperation, OperationRecord, outcomeOf, responseExtensions, startOperation } from './operation-log';

/**
 * Admission before execution (see admitOperation), `extensions` on every response, and the
 * operation's name, type, cost and outcome for its access log line.
 */
function admissionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let refusal: readonly GraphQLError[] = [];
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // execution reports the unknown operation
          const record = contextValue.operation;
          record.name = operation.name?.value;
          record.type = operation.operation;
          const admission = admitOperation(schema, document, operation, request.variables ?? {});
          record.cost = admission.cost;
          refusal = admission.errors;
        },
        async responseForOperation() {
          if (!refusal.length) return null;
          return { http: { status: 400, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: refusal.map((e) => formatGraphQLError(e.toJSON(), e)) } } };
        },
        async willSendResponse({ response, errors, contextValue }) {
          const record = contextValue.operation;
          record.outcome = outcomeOf(refusal.length ? refusal : errors);
          if (response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, ...responseExtensions(record) };
        },
      };
    },
  };
}

function sendJsonError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * GraphQL over HTTP on /graphql: Apollo Server run by our own http.Server. Each request is
 * authenticated (failures throttled per client address), counted against its key's rate limit,
 * then parsed, validated and admitted before anything runs; it leaves one access log line.
 * Automatic persisted queries are Apollo's (per instance; an unknown hash asks the client for
 * the query, a wrong one is BAD_REQUEST).
 */
export async function startGraphQLOverHttp(deps: {
  httpServer: Server;
  schema: GraphQLSchema;
  services: Services;
  authenticator: Authenticator;
  limits: RateLimits;
  validationRules: ValidationRule[];
  /** Closes what must close before the HTTP server (the WebSocket side). */
  drain: () => Promise<void>;
}): Promise<{ handle(req: IncomingMessage, res: ServerResponse, body: Buffer, requestId: string): Promise<void>; stop(): Promise<void> }> {
  const { services, authenticator, limits } = deps;
  const { config, logger, metrics } = services;
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(deps.schema, config.compileQueriesAfter, metrics),
    introspection: config.introspection,
    validationRules: deps.validationRules,
    // A browser cannot send an Authorization header across sites without a preflight, and every request needs one.
    csrfPrevention: { requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'] },
    formatError: errorFormatter(logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(), // browsers get the bundled IDE instead (src/web)
      // No response is cached by HTTP caches (every request carries a key), and the default plugin wraps every field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer }),
      admissionPlugin(),
      { async serverWillStart() { return { drainServer: deps.drain }; } },
    ],
  });
  await apollo.start();

  /** Who calls, within its rate, with a document small enough to parse: all before Apollo parses anything. */
  const contextFor = async (req: IncomingMessage, query: unknown, record: OperationRecord): Promise<Context> => {
    try {
      const viewer = await authenticator.authenticate(req.headers.authorization, req.socket.remoteAddress ?? 'unknown');
      record.apiKeyId = viewer.apiKeyId;
      await limits.consumeOperation(viewer.apiKeyId);
      const tooLong = typeof query === 'string' ? tooManyTokens(query) : undefined;
      if (tooLong) throw tooLong;
      return createContext(services, viewer, record);
    } catch (err) {
      record.outcome = errorCode(err as GraphQLError);
      throw err;
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer, requestId: string): Promise<void> {
    const record = startOperation('http', requestId);
    try {
      let parsed: unknown = undefined;
      // Only a JSON request has a JSON body; any other POST is refused by Apollo as having none (400).
      if (body.length && /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          record.outcome = 'BAD_REQUEST';
          return sendJsonError(res, 400, 'BAD_REQUEST', 'The request body is not JSON');
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const url = new URL(req.url ?? '/', 'http://localhost');
      const query = (parsed as { query?: unknown } | undefined)?.query ?? url.searchParams.get('query');
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
        context: () => contextFor(req, query, record),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return void res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      finishOperation(record, logger, metrics);
    }
  }

  return { handle, stop: () => apollo.stop() };
}
