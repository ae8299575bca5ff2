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

export function createContext(services: Services, viewer: Viewer, operation: OperationRecord): Context {
  let loaders: Loaders | undefined;
  return {
    viewer,
    // Made on first use: a live subscription, which reads through each event's own, holds none while it waits.
    get loaders() {
      return (loaders ??= new Loaders(services));
    },
    services,
    logger: services.logger.child({ apiKeyId: viewer.apiKeyId }),
    operation,
  };
}
