import { ApiKeyRole, EventSource } from '../../domain/enums';
import type { Viewer } from './viewer';

/**
 * Who makes a service act: an API key (through GraphQL), or the service's own scheduler. Services
 * take an Actor, never a transport's context, so the scheduler calls the same code a mutation calls.
 */
export interface Actor {
  /** The API key's id, or the worker's name; idempotency keys are scoped to it. */
  id: string;
  role: ApiKeyRole;
  /** Set for SELLER keys: the only seller they act for. */
  sellerId: string | null;
  /** How its changes are recorded on events. */
  source: EventSource;
}

export function actorOf(viewer: Viewer): Actor {
  return { id: viewer.apiKeyId, role: viewer.role, sellerId: viewer.sellerId, source: EventSource.API };
}

/** The recurring-charge scheduler: acts for every seller. */
export const SCHEDULER_ACTOR: Actor = { id: 'scheduler', role: ApiKeyRole.PLATFORM, sellerId: null, source: EventSource.SCHEDULER };
