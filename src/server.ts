import { GraphQLSchema, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { startGraphQLOverHttp } from './graphql/graphql-over-http';
import { MAX_MESSAGE_BYTES } from './graphql/limits';
import { startGraphQLOverWebSocket } from './graphql/ws/graphql-over-ws';
import { Authenticator } from './modules/auth/authenticator';
import { RateLimits } from './modules/auth/rate-limits';
import { requestIdFrom, runInRequestScope } from './request-scope';
import type { Services } from './services';
import { webRoutes, WebOptions } from './web';
import { payAppWebhook } from './webhooks/payapp';

/** An HTTP route: answers the request itself, given its whole body. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer, requestId: string) => Promise<void>;

export interface RunningServer {
  url: string;
  httpServer: Server;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {
  readonly status = 413;
}

/**
 * The whole body, by events: an async iterator over the request cost more per request than the
 * rest of reading it. Over the limit, the request is destroyed as soon as it is known.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_MESSAGE_BYTES) return void chunks.push(chunk);
      reject(new BodyTooLarge(`request body over ${MAX_MESSAGE_BYTES} bytes`));
      req.destroy();
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('the request closed before its body ended'));
    });
  });
}

/**
 * One http.Server: GraphQL over HTTP (Apollo) and over WebSocket (graphql-ws) on /graphql,
 * provider webhooks, /healthz, /readyz and /metrics. Every request gets a request id (the
 * caller's `x-request-id` when sane), answered in `x-request-id` and carried by every log line
 * written while serving it. close() drains both transports and leaves the database pool to the
 * caller.
 */
export async function startServer(services: Services, schema: GraphQLSchema, web: WebOptions = {}): Promise<RunningServer> {
  const { config, logger, metrics } = services;
  const httpServer = createServer();
  const limits = await RateLimits.create(config, logger);
  const authenticator = new Authenticator(services.apiKeys, limits);
  const validationRules = config.introspection ? [] : [NoSchemaIntrospectionCustomRule];
  const graphqlWs = startGraphQLOverWebSocket({ httpServer, schema, services, authenticator, limits, validationRules });
  const graphqlHttp = await startGraphQLOverHttp({ httpServer, schema, services, authenticator, limits, validationRules, drain: () => graphqlWs.dispose() });

  const allRoutes: Record<string, RouteHandler> = {
    '/graphql': graphqlHttp.handle,
    '/healthz': async (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
    '/readyz': async (_req, res) => {
      try {
        await services.checkReady();
        await limits.checkStore();
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ready');
      } catch (err) {
        logger.warn({ err }, 'readiness check failed');
        res.writeHead(503, { 'content-type': 'text/plain' }).end('not ready: the database or Redis does not answer');
      }
    },
    '/metrics': async (_req, res) => void res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics()),
    '/webhooks/payapp': payAppWebhook({ sellers: services.sellers, notices: services.notices, recurringNotices: services.subscriptionNotices, logger: logger.child({ webhook: 'payapp' }) }),
  };

  const webRoute = webRoutes(web);
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    runInRequestScope({ requestId }, () => {
      const route = new URL(req.url ?? '/', 'http://localhost').pathname;
      const page = webRoute(req, route);
      const handler = allRoutes[route] as RouteHandler | undefined;
      const stop = metrics.httpRequests.startTimer({ route: page?.route ?? (handler ? route : 'unknown') });
      res.on('finish', () => stop({ status: String(res.statusCode) }));
      if (page) return page.handle(req, res);
      if (!handler) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      readBody(req)
        .then((body) => handler(req, res, body, requestId))
        .catch((err: unknown) => {
          if (err instanceof BodyTooLarge) logger.warn({ route, limit: MAX_MESSAGE_BYTES }, 'request body too large');
          else logger.error({ err, route }, 'request failed');
          if (!res.headersSent) res.writeHead(err instanceof BodyTooLarge ? 413 : 500, { 'content-type': 'text/plain' }).end(err instanceof BodyTooLarge ? err.message : 'internal error');
        });
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    httpServer,
    async close() {
      await graphqlHttp.stop();
      await limits.close();
    },
  };
}
