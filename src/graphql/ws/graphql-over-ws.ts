import { DocumentNode, getOperationAST, GraphQLError, GraphQLSchema, specifiedRules, ValidationRule } from 'graphql';
import { handleProtocols, makeServer } from 'graphql-ws';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Authenticator } from '../../modules/auth/authenticator';
import type { RateLimits } from '../../modules/auth/rate-limits';
import type { Viewer } from '../../modules/auth/viewer';
import { currentRequestScope, requestIdFrom } from '../../request-scope';
import type { Services } from '../../services';
import { admitOperation } from '../admission';
import { createContext } from '../context';
import { errorCode, errorFormatter, tooManySubscriptions, unauthenticated } from '../errors';
import { MAX_MESSAGE_BYTES, tooManyTokens } from '../limits';
import { finishOperation, OperationRecord, outcomeOf, responseExtensions, startOperation } from '../operation-log';
import { CLOSE_CODES, CloseSocket } from './close-codes';
import { closeRevokedConnections, ConnectionsByKey } from './connections';
import { ParsedDocuments } from './parsed-documents';
import { SharedSubscriptions } from './shared-subscriptions';
import { serveGraphQLOverWebSocket } from './socket-server';

/** What the service knows of one connection. */
interface Connection {
  address: string;
  close: CloseSocket;
  viewer?: Viewer;
  /** Operations being admitted or running, by graphql-ws id: what counts against WS_MAX_SUBSCRIPTIONS. */
  operations: Map<string, OperationRecord>;
  /** graphql-ws handles messages concurrently; operations are admitted one at a time, in the order sent, so that the subscription cap refuses the one over it. */
  admitting: Promise<unknown>;
}

const KEEP_ALIVE_MS = 12_000;

function withCode(errors: readonly GraphQLError[], code: string): GraphQLError[] {
  return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code } }));
}

/**
 * GraphQL over WebSocket (graphql-ws) on /graphql, under the same rules as HTTP: the key is
 * authenticated (and failures throttled) at connection_init and checked again as each operation
 * starts; each operation counts against the key's rate limit, is parsed, validated and admitted
 * (cost, depth, aliases, variables) before it runs, and gets a request id and one access log line.
 * Messages are at most MAX_MESSAGE_BYTES; a connection holds at most WS_MAX_SUBSCRIPTIONS
 * subscriptions, a key at most WS_MAX_CONNECTIONS_PER_KEY connections. Subscribers that would get
 * the same answer to an event share one execution of it (SharedSubscriptions).
 */
export function startGraphQLOverWebSocket(deps: { httpServer: Server; schema: GraphQLSchema; services: Services; authenticator: Authenticator; limits: RateLimits; validationRules: readonly ValidationRule[] }): { dispose(): Promise<void> } {
  const { schema, services, authenticator, limits } = deps;
  const { config, logger, metrics, apiKeys } = services;
  const documents = new ParsedDocuments(schema, [...specifiedRules, ...deps.validationRules]);
  const format = errorFormatter(logger);
  const connections = new ConnectionsByKey(config.wsMaxConnectionsPerKey);
  const stopWatching = closeRevokedConnections(connections, { bus: services.bus, apiKeys, logger });
  const subscriptions = new SharedSubscriptions(services);

  const finish = (connection: Connection, id: string) => {
    const record = connection.operations.get(id);
    if (!record) return;
    connection.operations.delete(id);
    finishOperation(record, logger, metrics);
  };

  /** The operation's document, parsed and validated (once per text: ParsedDocuments), or why it cannot run. */
  const documentFor = (query: string): DocumentNode | GraphQLError[] => {
    const known = documents.known(query);
    if (known) return known;
    const tooLong = tooManyTokens(query);
    if (tooLong) return [tooLong];
    try {
      const { document, errors } = documents.parseAndValidate(query);
      return errors.length ? withCode(errors, 'GRAPHQL_VALIDATION_FAILED') : document;
    } catch (err) {
      if (err instanceof GraphQLError) return withCode([err], 'GRAPHQL_PARSE_FAILED');
      throw err;
    }
  };

  /** Everything before execution; the errors refuse the operation, which then never runs. */
  const prepare = async (connection: Connection, viewer: Viewer, record: OperationRecord, query: string, operationName: string | null | undefined, variables: Record<string, unknown>) => {
    if (!(await apiKeys.isLive(viewer.apiKeyId))) {
      connection.close(CLOSE_CODES.FORBIDDEN, 'API key revoked');
      return [unauthenticated('This API key has been revoked')];
    }
    try {
      await limits.consumeOperation(viewer.apiKeyId);
    } catch (err) {
      if (err instanceof GraphQLError) return [err];
      throw err;
    }
    const document = documentFor(query);
    if (Array.isArray(document)) return document;
    const operation = getOperationAST(document, operationName);
    if (!operation) return [new GraphQLError('Unable to identify the operation to run: give operationName', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
    record.name = operation.name?.value;
    record.type = operation.operation;
    if (record.type === 'subscription') {
      // Counted and claimed in one synchronous step: concurrent subscribes cannot both take the last place.
      const held = [...connection.operations.values()].filter((r) => r !== record && r.type === 'subscription').length;
      if (held >= config.wsMaxSubscriptions) return [tooManySubscriptions(config.wsMaxSubscriptions)];
    }
    const admission = admitOperation(schema, document, operation, variables);
    record.cost = admission.cost;
    if (admission.errors.length) return admission.errors;
    return { schema, document, operationName, variableValues: variables, contextValue: createContext(services, viewer, record) };
  };

  const graphqlWs = makeServer<Record<string, unknown>, Connection>({
    schema,
    subscribe: (args) => subscriptions.subscribe(args),
    onConnect: async ({ connectionParams, extra: connection }) => {
      try {
        connection.viewer = await authenticator.authenticate(connectionParams?.authorization, connection.address);
      } catch (err) {
        const code = errorCode(err as GraphQLError);
        if (code !== 'UNAUTHENTICATED' && code !== 'RATE_LIMITED') throw err;
        logger.info({ outcome: code, address: connection.address }, 'GraphQL WebSocket refused');
        connection.close(CLOSE_CODES.FORBIDDEN, (err as GraphQLError).message.slice(0, 120));
        return false;
      }
      if (!connections.add(connection.viewer.apiKeyId, connection.close)) {
        connection.close(CLOSE_CODES.TOO_MANY_CONNECTIONS, `This API key already holds ${config.wsMaxConnectionsPerKey} connections`);
        return false;
      }
      return true;
    },
    onClose: ({ extra: connection }) => {
      if (connection.viewer) connections.remove(connection.viewer.apiKeyId, connection.close);
    },
    onSubscribe: async ({ extra: connection }, id, payload) => {
      const viewer = connection.viewer as Viewer; // graphql-ws accepts subscribe messages only once onConnect said yes
      const record = startOperation('ws', requestIdFrom(payload.extensions?.requestId));
      record.apiKeyId = viewer.apiKeyId;
      const scope = currentRequestScope();
      if (scope) scope.requestId = record.requestId;
      connection.operations.set(id, record);
      let prepared;
      try {
        const admitted = connection.admitting.then(() => prepare(connection, viewer, record, payload.query, payload.operationName, payload.variables ?? {}));
        connection.admitting = admitted.catch(() => undefined);
        prepared = await admitted;
      } catch (err) {
        record.outcome = 'INTERNAL_SERVER_ERROR';
        finish(connection, id);
        throw err;
      }
      // A refused operation ends here: graphql-ws sends its errors (through onError) and no onComplete follows.
      if (Array.isArray(prepared)) {
        record.outcome = outcomeOf(prepared);
        finish(connection, id);
      }
      return prepared;
    },
    onNext: ({ extra: connection }, id, _payload, _args, result) => {
      const record = connection.operations.get(id);
      if (!record) return undefined;
      if (result.errors?.length) record.outcome = outcomeOf(result.errors);
      return { ...result, errors: result.errors?.map((e) => format(e.toJSON(), e)), extensions: { ...result.extensions, ...responseExtensions(record) } };
    },
    onError: ({ extra: connection }, id, _payload, errors) => {
      const record = connection.operations.get(id);
      if (record) record.outcome = outcomeOf(errors); // a running operation that failed: onComplete follows
      return errors.map((e) => format(e.toJSON(), e));
    },
    onComplete: ({ extra: connection }, id) => finish(connection, id),
  });

  const wss = new WebSocketServer({ server: deps.httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES, handleProtocols });
  const served = serveGraphQLOverWebSocket<Connection>(wss, graphqlWs, {
    maxBufferedBytes: config.wsMaxBufferedBytes,
    keepAliveMs: KEEP_ALIVE_MS,
    logger,
    extra: (request: IncomingMessage, close) => ({ address: request.socket.remoteAddress ?? 'unknown', close, operations: new Map(), admitting: Promise.resolve() }),
  });
  return {
    async dispose() {
      stopWatching();
      await served.dispose();
    },
  };
}
