import type { EventBus } from '../../events/bus';
import type { Logger } from '../../logger';
import type { ApiKeyService } from '../../modules/auth/api-key.service';
import { CLOSE_CODES, CloseSocket } from './close-codes';

/** The open WebSocket connections of this instance, by API key, at most `maxPerKey` each. */
export class ConnectionsByKey {
  private readonly byKey = new Map<string, Set<CloseSocket>>();

  constructor(private readonly maxPerKey: number) {}

  /** Registers a connection of the key, unless the key already holds as many as it may. */
  add(apiKeyId: string, close: CloseSocket): boolean {
    const open = this.byKey.get(apiKeyId) ?? new Set<CloseSocket>();
    if (open.size >= this.maxPerKey) return false;
    this.byKey.set(apiKeyId, open.add(close));
    return true;
  }

  remove(apiKeyId: string, close: CloseSocket): void {
    const open = this.byKey.get(apiKeyId);
    if (open?.delete(close) && open.size === 0) this.byKey.delete(apiKeyId);
  }

  keyIds(): string[] {
    return [...this.byKey.keys()];
  }

  closeAll(apiKeyId: string, code: number, reason: string): void {
    for (const close of this.byKey.get(apiKeyId) ?? []) close(code, reason);
  }
}

/** Every REVOCATION_CHECK_MS, the keys of this instance's open connections are checked against the database. */
export const REVOCATION_CHECK_MS = 2000;

/**
 * Closes the connections of revoked keys with 4403: at once when the revocation is announced on
 * the bus (from any instance, once the bus is shared), and in any case within REVOCATION_CHECK_MS
 * of its commit by asking the database, so that a lost message cannot keep a revoked key connected.
 * Returns the function that stops watching.
 */
export function closeRevokedConnections(connections: ConnectionsByKey, deps: { bus: EventBus; apiKeys: ApiKeyService; logger: Logger }): () => void {
  const closeRevoked = (apiKeyId: string) => connections.closeAll(apiKeyId, CLOSE_CODES.FORBIDDEN, 'API key revoked');
  const unsubscribe = deps.bus.subscribe('apiKeyRevoked', ({ apiKeyId }) => closeRevoked(apiKeyId));
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    deps.apiKeys
      .revokedAmong(connections.keyIds())
      .then((revoked) => revoked.forEach(closeRevoked))
      .catch((err: unknown) => deps.logger.error({ err }, 'checking open WebSocket connections for revoked keys failed'))
      .finally(() => (checking = false));
  }, REVOCATION_CHECK_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    unsubscribe();
  };
}
