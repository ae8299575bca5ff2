import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { rateLimited } from '../../graphql/errors';
import type { Logger } from '../../logger';

const WINDOW_SECONDS = 60;

/**
 * The budgets of RATE_LIMIT_PER_MINUTE (operations per API key, HTTP and WebSocket together) and
 * AUTH_FAILURES_PER_MINUTE (failed authentications per client address). With REDIS_URL they are
 * counted in Redis, so that every instance draws on the same budget; should Redis fail, each
 * instance counts in memory until it is back rather than refusing or letting everything through.
 */
export class RateLimits {
  private constructor(
    private readonly operations: RateLimiterAbstract,
    private readonly authFailures: RateLimiterAbstract,
    private readonly redis?: Redis,
  ) {}

  static async create(config: Config, logger: Logger): Promise<RateLimits> {
    // Instances share budgets when they share a database, and deployments sharing a Redis stay apart.
    const scope = `ratelimit:${new URL(config.databaseUrl).pathname.slice(1)}`;
    const memory = (name: string, points: number) => new RateLimiterMemory({ keyPrefix: `${scope}:${name}`, points, duration: WINDOW_SECONDS });
    if (!config.redisUrl) return new RateLimits(memory('operations', config.rateLimitPerMinute), memory('auth-failures', config.authFailuresPerMinute));

    const redis = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    redis.on('error', (err) => logger.warn({ err }, 'Redis unavailable: rate limits are counted per instance until it is back'));
    await redis.connect();
    const shared = (name: string, points: number) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${scope}:${name}`, points, duration: WINDOW_SECONDS, insuranceLimiter: memory(name, points) });
    return new RateLimits(shared('operations', config.rateLimitPerMinute), shared('auth-failures', config.authFailuresPerMinute), redis);
  }

  /** Counts one operation of the key; RATE_LIMITED once its budget for the minute is spent. */
  async consumeOperation(apiKeyId: string): Promise<void> {
    try {
      await this.operations.consume(apiKeyId);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw rateLimited('This API key is over its rate limit', err.msBeforeNext);
      throw err;
    }
  }

  /** RATE_LIMITED while the address has used up its failed authentications, before its key is even looked at. */
  async refuseThrottledAddress(address: string): Promise<void> {
    const used = await this.authFailures.get(address);
    if (used && used.remainingPoints <= 0) throw rateLimited('Too many failed authentication attempts from this address', used.msBeforeNext);
  }

  async recordAuthFailure(address: string): Promise<void> {
    await this.authFailures.penalty(address);
  }

  /** Throws when the shared store is configured and does not answer (readiness). */
  async checkStore(): Promise<void> {
    await this.redis?.ping();
  }

  async close(): Promise<void> {
    await this.redis?.quit();
  }
}
