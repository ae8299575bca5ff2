import type { Logger } from '../logger';

/**
 * Calls every listener with the message, each on its own: one that throws is logged and the others
 * still hear the message (and the caller, who may be delivering a committed event, never fails).
 */
export function callEach<M>(listeners: Iterable<(message: M) => void>, message: M, logger: Logger): void {
  for (const listener of listeners) {
    try {
      listener(message);
    } catch (err) {
      logger.error({ err }, 'an event listener failed; the others were still told');
    }
  }
}
