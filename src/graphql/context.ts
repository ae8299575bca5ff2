import type { Logger } from '../logger';
import type { Services } from '../services';
import type { Viewer } from '../modules/auth/viewer';
import { Loaders } from './loaders';
import type { OperationRecord } from './operation-log';

/** What every resolver gets, built the same way for HTTP requests and WebSocket operations. */
export interface Context {
  viewer: Viewer;
  loaders: Loaders;
  services: Services;
  logger: Logger;
  /** The operation being served: its request id, and what its access log line will say. */
  operation: OperationRecord;
}

/**
 * A context whose loaders and logger are made on first use: a live subscription, which reads
 * through each event's own loaders, holds none while it waits, and most reads never log (a child
 * logger with redaction is not free). The getters live on the prototype because Apollo Server
 * copies the context's own properties for every operation, which would call them.
 */
class OperationContext implements Context {
  private ownLoaders?: Loaders;
  private ownLogger?: Logger;

  constructor(
    readonly services: Services,
    readonly viewer: Viewer,
    readonly operation: OperationRecord,
  ) {}

  get loaders(): Loaders {
    return (this.ownLoaders ??= new Loaders(this.services));
  }

  get logger(): Logger {
    return (this.ownLogger ??= this.services.logger.child({ apiKeyId: this.viewer.apiKeyId }));
  }
}

export function createContext(services: Services, viewer: Viewer, operation: OperationRecord): Context {
  return new OperationContext(services, viewer, operation);
}
