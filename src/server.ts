import { ApolloServer, ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, GraphQLSchema, parse } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { Context, createContext } from './graphql/context';
import { formatGraphQLError, unauthenticated } from './graphql/errors';
import { checkQueryLimits } from './graphql/limits';
import type { Viewer } from './modules/auth/viewer';
import type { Services } from './services';
import { webRoutes, WebOptions } from './web';
import { payAppWebhook } from './webhooks/payapp';

/** An HTTP route: answers the request itself, given its whole body. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void>;

export interface RunningServer {
  url: string;
  httpServer: Server;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_000_000;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function bearer(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match?.[1];
}

async function authenticate(services: Services, authorization: unknown): Promise<Viewer> {
  const secret = bearer(authorization);
  const viewer = secret ? await services.apiKeys.authenticate(secret) : undefined;
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Query limits before execution, and one count per operation by type and outcome. */
function operationsPlugin(metrics: Services['metrics']): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = checkQueryLimits(document, request.variables ?? {});
          if (error) throw error;
        },
        async willSendResponse({ operation, errors }) {
          metrics.graphqlOperations.inc({ type: operation?.operation ?? 'invalid', outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

/**
 * One http.Server: GraphQL over HTTP (Apollo) and over WebSocket (graphql-ws) on /graphql,
 * provider webhooks, /healthz, /readyz and /metrics. close() drains both transports
 * and leaves the database pool to the caller.
 */
export async function startServer(services: Services, schema: GraphQLSchema, web: WebOptions = {}): Promise<RunningServer> {
  const { config, logger, metrics } = services;
  const httpServer = createServer();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.viewer = await authenticate(services, ctx.connectionParams?.authorization);
          return true;
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      context: (ctx) => createContext(services, ctx.extra.viewer as Viewer),
      onSubscribe: (_ctx, _id, payload) => {
        metrics.graphqlOperations.inc({ type: 'subscription', outcome: 'started' });
        let document;
        try {
          document = parse(payload.query);
        } catch (err) {
          return [err as GraphQLError];
        }
        const error = checkQueryLimits(document, payload.variables ?? {});
        return error ? [error] : undefined;
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.warn({ errors: errors.map((e) => e.message) }, 'graphql-ws operation failed');
        return errors.map((e) => ({ ...e, ...formatGraphQLError(e.toJSON()) })) as never;
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    formatError: (formatted, error) => {
      if (formatGraphQLError(formatted).extensions?.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error }, 'unexpected GraphQL error');
      return formatGraphQLError(formatted);
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(), // browsers get the bundled IDE instead (src/web)
      ApolloServerPluginDrainHttpServer({ httpServer }),
      operationsPlugin(metrics),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    let parsed: unknown = undefined;
    if (body.length) {
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'The request body is not JSON', extensions: { code: 'BAD_REQUEST' } }] }));
        return;
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => createContext(services, await authenticate(services, req.headers.authorization)),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const allRoutes: Record<string, RouteHandler> = {
    '/graphql': handleGraphQL,
    '/healthz': async (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
    '/readyz': async (_req, res) => {
      try {
        await services.db.query('SELECT 1');
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ready');
      } catch (err) {
        logger.warn({ err }, 'readiness check failed');
        res.writeHead(503, { 'content-type': 'text/plain' }).end('database unavailable');
      }
    },
    '/metrics': async (_req, res) => void res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics()),
    '/webhooks/payapp': payAppWebhook({ sellers: services.sellers, notices: services.notices, logger: logger.child({ webhook: 'payapp' }) }),
  };

  const webRoute = webRoutes(web);
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const route = new URL(req.url ?? '/', 'http://localhost').pathname;
    const page = webRoute(req, route);
    const handler = allRoutes[route] as RouteHandler | undefined;
    const stop = metrics.httpRequests.startTimer({ route: page?.route ?? (handler ? route : 'unknown') });
    res.on('finish', () => stop({ status: String(res.statusCode) }));
    if (page) return page.handle(req, res);
    if (!handler) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    readBody(req)
      .then((body) => handler(req, res, body))
      .catch((err: { status?: number }) => {
        logger.error({ err, route }, 'request failed');
        if (!res.headersSent) res.writeHead(err.status ?? 500, { 'content-type': 'text/plain' }).end(err.status === 413 ? 'request body too large' : 'internal error');
      });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    httpServer,
    async close() {
      await apollo.stop();
    },
  };
}
