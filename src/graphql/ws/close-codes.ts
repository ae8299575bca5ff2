/** Why the service closes a GraphQL WebSocket (README, "Limits"). */
export const CLOSE_CODES = {
  /** No valid key, a revoked key, or too many failed authentications (graphql-ws's Forbidden). */
  FORBIDDEN: 4403,
  /** The key already holds WS_MAX_CONNECTIONS_PER_KEY connections. */
  TOO_MANY_CONNECTIONS: 1008,
  /** The client read too slowly: more than WS_MAX_BUFFERED_BYTES waited for it. Reconnect and resume with `after`. */
  SLOW_SUBSCRIBER: 1013,
  /** A bug of ours, logged (graphql-ws's InternalServerError). */
  INTERNAL_ERROR: 4500,
  SHUTTING_DOWN: 1001,
} as const;

export type CloseSocket = (code: number, reason: string) => void;
