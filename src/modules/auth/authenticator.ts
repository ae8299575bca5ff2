import { unauthenticated } from '../../graphql/errors';
import type { ApiKeyService } from './api-key.service';
import type { RateLimits } from './rate-limits';
import type { Viewer } from './viewer';

function bearerSecret(authorization: unknown): string | undefined {
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization.trim()) : null;
  return match?.[1];
}

/**
 * Who is calling, for HTTP requests and WebSocket connections alike. Every failure counts against
 * the client's address, and an address that has failed too often is refused before its key is
 * looked at, so that keys cannot be guessed at speed.
 */
export class Authenticator {
  constructor(
    private readonly apiKeys: ApiKeyService,
    private readonly limits: RateLimits,
  ) {}

  /** The viewer of an `Authorization: Bearer <secret>` value; UNAUTHENTICATED or RATE_LIMITED otherwise. */
  async authenticate(authorization: unknown, address: string): Promise<Viewer> {
    await this.limits.refuseThrottledAddress(address);
    const secret = bearerSecret(authorization);
    const viewer = secret ? await this.apiKeys.authenticate(secret) : undefined;
    if (viewer) return viewer;
    await this.limits.recordAuthFailure(address);
    throw unauthenticated();
  }
}
