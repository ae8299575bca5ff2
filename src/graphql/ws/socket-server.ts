import type { Server as GraphQLWsServer } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../logger';
import { runInRequestScope } from '../../request-scope';
import { CLOSE_CODES, CloseSocket } from './close-codes';

export interface SocketServerOptions<E> {
  /** Bytes that may wait for a client that is not reading before its connection is closed. */
  maxBufferedBytes: number;
  /** Between pings; a client that has not answered the previous one is dropped. */
  keepAliveMs: number;
  logger: Logger;
  /** The per-connection state graphql-ws hands to every hook as `ctx.extra`. */
  extra(request: IncomingMessage, close: CloseSocket): E;
}

/**
 * Runs graphql-ws over `ws` (its own use/ws, adapted). Sends are not awaited: graphql-ws pulls each
 * subscription's next event only once the previous one is sent, so awaiting the network would let
 * events pile up unseen in the subscriptions' queues. Instead, what waits for the client is in the
 * socket's buffer, and a socket holding more than `maxBufferedBytes` is closed (SLOW_SUBSCRIBER).
 * Each incoming message is served in a request scope of its own (its log lines carry the
 * operation's request id). A connection closed by the service is released at once.
 */
export function serveGraphQLOverWebSocket<E>(wss: WebSocketServer, server: GraphQLWsServer<E>, options: SocketServerOptions<E>): { dispose(): Promise<void> } {
  const { logger, maxBufferedBytes } = options;

  wss.on('connection', (socket, request) => {
    let released: ((code?: number, reason?: string) => Promise<void>) | undefined;
    let closedAs: [number, string] | undefined;
    const notifyReleased = () => closedAs && released?.(...closedAs).catch((err: unknown) => logger.error({ err }, 'releasing a WebSocket connection failed'));
    const release = (code: number, reason: string) => {
      if (closedAs) return;
      closedAs = [code, reason];
      clearInterval(keepAlive);
      void notifyReleased();
    };
    const close: CloseSocket = (code, reason) => {
      socket.close(code, reason);
      release(code, reason);
    };

    let answered = true;
    socket.on('pong', () => (answered = true));
    const keepAlive = setInterval(() => {
      if (!answered) return socket.terminate();
      answered = false;
      socket.ping();
    }, options.keepAliveMs);

    // ws closes the connection itself (1009 for a message over maxPayload); this is the client's doing.
    socket.on('error', (err) => logger.warn({ err }, 'WebSocket connection error'));
    socket.once('close', (code, reason) => release(code, reason.toString()));

    released = server.opened(
      {
        protocol: socket.protocol,
        send: async (data) => {
          if (socket.readyState !== WebSocket.OPEN) return;
          socket.send(data);
          if (socket.bufferedAmount <= maxBufferedBytes || closedAs) return;
          logger.warn({ bufferedBytes: socket.bufferedAmount, limit: maxBufferedBytes }, 'closing a WebSocket client that does not read its events');
          close(CLOSE_CODES.SLOW_SUBSCRIBER, 'Too slow to keep up: reconnect and resume with `after`');
        },
        close,
        onMessage: (handle) =>
          socket.on('message', (data) =>
            runInRequestScope({}, () =>
              handle(data.toString()).catch((err: unknown) => {
                logger.error({ err }, 'GraphQL WebSocket message failed');
                close(CLOSE_CODES.INTERNAL_ERROR, 'Internal server error');
              }),
            ),
          ),
      },
      options.extra(request, close),
    );
    // graphql-ws may close the socket while opening it (an unknown subprotocol).
    void notifyReleased();
  });

  return {
    async dispose() {
      for (const client of wss.clients) client.close(CLOSE_CODES.SHUTTING_DOWN, 'Going away');
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
