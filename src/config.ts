import { bool, cleanEnv, makeValidator, port, str, url } from 'envalid';

/** Reads the environment once; RUNTIME.md is the authority for names and defaults. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl?: string;
  publicBaseUrl: string;
  payappApiUrl: string;
  welcomeApiUrl: string;
  payupApiUrl: string;
  payappResellerId?: string;
  payappAppLinkUrl: string;
  providerTimeoutMs: number;
  /**
   * How long a money movement may stay in flight before any instance takes its process for dead
   * and settles it as UNKNOWN. Longer than a provider call can take (PROVIDER_TIMEOUT_MS).
   */
  moneyLeaseMs: number;
  encryptionKey?: Buffer;
  bootstrapApiKey?: string;
  scheduler: boolean;
  /** How often this instance looks for due recurring charges (besides when the sandbox clock moves). */
  schedulerIntervalMs: number;
  logLevel: string;
  introspection: boolean;
  migrate: boolean;
  /** Seconds between a webhook delivery's attempts; after the last, the delivery is FAILED. */
  webhookRetryDelaysS: number[];
  /** Webhook endpoints may use http:// and loopback or private addresses (development and tests). */
  webhookAllowPrivateUrls: boolean;
  /** GraphQL operations (HTTP and WebSocket together) one API key may start per minute. */
  rateLimitPerMinute: number;
  /** Failed authentications one client address may make per minute before it is refused outright. */
  authFailuresPerMinute: number;
  /** Subscriptions one WebSocket connection may hold at once. */
  wsMaxSubscriptions: number;
  /** WebSocket connections one API key may hold open on one instance. */
  wsMaxConnectionsPerKey: number;
  /** Bytes a WebSocket may have queued for a client that is not reading before it is closed. */
  wsMaxBufferedBytes: number;
  /** Executions of a query document in graphql-js before it runs compiled (0: compiled from the first). */
  compileQueriesAfter: number;
}

/**
 * The default webhook schedule: 9 retries after the first attempt, spanning 3.1 days (jitter only
 * lengthens a delay), so that a receiver down over a long weekend still gets every event.
 */
export const DEFAULT_WEBHOOK_RETRY_DELAYS_S = [5, 300, 1800, 7200, 18000, 36000, 36000, 86400, 86400];

/** A malformed environment: every variable at fault, named, in one message. */
export class ConfigError extends Error {}

export function parseEncryptionKey(raw: string): Buffer {
  const value = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('must be 32 bytes, given as 64 hex digits or base64');
  return key;
}

const encryptionKey = makeValidator<Buffer>((raw) => parseEncryptionKey(raw));
const positiveInt = makeValidator<number>((raw) => {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) <= 0) throw new Error('must be a whole number greater than 0');
  return Number(raw);
});
const wholeNumber = makeValidator<number>((raw) => {
  if (!/^\d+$/.test(raw.trim())) throw new Error('must be a whole number');
  return Number(raw);
});
const onOff = makeValidator<boolean>((raw) => {
  if (raw !== 'on' && raw !== 'off') throw new Error('must be "on" or "off"');
  return raw === 'on';
});
const delayList = makeValidator<number[]>((raw) => {
  const delays = raw.split(',').map((part) => part.trim());
  if (!delays.length || delays.some((d) => !/^\d+$/.test(d) || Number(d) <= 0)) throw new Error('must be a comma-separated list of whole seconds greater than 0');
  return delays.map(Number);
});
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Validates the environment; a malformed value stops the start with a ConfigError naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // envalid treats '' as set; an empty variable means "not set" here, as in most deployments.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const e = cleanEnv(
    given,
    {
      PORT: port({ default: 4000 }),
      HOST: str({ default: '0.0.0.0' }),
      DATABASE_URL: url({ default: 'mysql://root@127.0.0.1:3306/payments' }),
      REDIS_URL: url({ default: undefined }),
      PUBLIC_BASE_URL: url({ default: undefined }),
      PAYAPP_API_URL: url({ default: 'https://api.payapp.kr/oapi/apiLoad.html' }),
      WELCOME_API_URL: url({ default: 'https://tpayapi.paywelcome.co.kr' }),
      PAYUP_API_URL: url({ default: 'https://api.testpayup.co.kr' }),
      PAYAPP_RESELLER_ID: str({ default: undefined }),
      PAYAPP_APP_LINK_URL: url({ default: 'https://payapp.kr/sdk-app' }),
      PROVIDER_TIMEOUT_MS: positiveInt({ default: 15000 }),
      MONEY_LEASE_MS: positiveInt({ default: undefined }),
      ENCRYPTION_KEY: encryptionKey({ default: undefined }),
      BOOTSTRAP_API_KEY: str({ default: undefined }),
      SCHEDULER: onOff({ default: true }),
      SCHEDULER_INTERVAL_MS: positiveInt({ default: 15000 }),
      LOG_LEVEL: str({ default: 'info', choices: LOG_LEVELS }),
      INTROSPECTION: bool({ default: true }),
      MIGRATE: bool({ default: true }),
      WEBHOOK_RETRY_DELAYS_S: delayList({ default: DEFAULT_WEBHOOK_RETRY_DELAYS_S }),
      WEBHOOK_ALLOW_PRIVATE_URLS: bool({ default: false }),
      RATE_LIMIT_PER_MINUTE: positiveInt({ default: 600 }),
      AUTH_FAILURES_PER_MINUTE: positiveInt({ default: 30 }),
      WS_MAX_SUBSCRIPTIONS: positiveInt({ default: 20 }),
      WS_MAX_CONNECTIONS_PER_KEY: positiveInt({ default: 20 }),
      WS_MAX_BUFFERED_BYTES: positiveInt({ default: 1024 * 1024 }),
      COMPILE_QUERIES_AFTER: wholeNumber({ default: 1 }),
    },
    {
      reporter: ({ errors }) => {
        const problems = Object.entries(errors).map(([name, error]) => `${name}: ${(error as Error).message}`);
        if (problems.length) throw new ConfigError(`Invalid environment: ${problems.join('; ')}`);
      },
    },
  );
  const moneyLeaseMs = e.MONEY_LEASE_MS ?? e.PROVIDER_TIMEOUT_MS + 15_000;
  if (moneyLeaseMs <= e.PROVIDER_TIMEOUT_MS) throw new ConfigError('Invalid environment: MONEY_LEASE_MS must be longer than PROVIDER_TIMEOUT_MS');
  const trimSlash = (value: string) => value.replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    publicBaseUrl: trimSlash(e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`),
    payappApiUrl: e.PAYAPP_API_URL,
    welcomeApiUrl: trimSlash(e.WELCOME_API_URL),
    payupApiUrl: trimSlash(e.PAYUP_API_URL),
    payappResellerId: e.PAYAPP_RESELLER_ID,
    payappAppLinkUrl: e.PAYAPP_APP_LINK_URL,
    providerTimeoutMs: e.PROVIDER_TIMEOUT_MS,
    moneyLeaseMs,
    encryptionKey: e.ENCRYPTION_KEY,
    bootstrapApiKey: e.BOOTSTRAP_API_KEY,
    scheduler: e.SCHEDULER,
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_MS,
    logLevel: e.LOG_LEVEL,
    introspection: e.INTROSPECTION,
    migrate: e.MIGRATE,
    webhookRetryDelaysS: e.WEBHOOK_RETRY_DELAYS_S,
    webhookAllowPrivateUrls: e.WEBHOOK_ALLOW_PRIVATE_URLS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    authFailuresPerMinute: e.AUTH_FAILURES_PER_MINUTE,
    wsMaxSubscriptions: e.WS_MAX_SUBSCRIPTIONS,
    wsMaxConnectionsPerKey: e.WS_MAX_CONNECTIONS_PER_KEY,
    wsMaxBufferedBytes: e.WS_MAX_BUFFERED_BYTES,
    compileQueriesAfter: e.COMPILE_QUERIES_AFTER,
  };
}
