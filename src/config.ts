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
  encryptionKey?: Buffer;
  bootstrapApiKey?: string;
  scheduler: boolean;
  logLevel: string;
  introspection: boolean;
  migrate: boolean;
}

export function parseEncryptionKey(raw: string): Buffer {
  const value = raw.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error('ENCRYPTION_KEY must be 32 bytes, given as 64 hex digits or base64');
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/payments',
    redisUrl: env.REDIS_URL || undefined,
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    payappApiUrl: env.PAYAPP_API_URL ?? 'https://api.payapp.kr/oapi/apiLoad.html',
    welcomeApiUrl: (env.WELCOME_API_URL ?? 'https://tpayapi.paywelcome.co.kr').replace(/\/+$/, ''),
    payupApiUrl: (env.PAYUP_API_URL ?? 'https://api.testpayup.co.kr').replace(/\/+$/, ''),
    payappResellerId: env.PAYAPP_RESELLER_ID || undefined,
    payappAppLinkUrl: env.PAYAPP_APP_LINK_URL ?? 'https://payapp.kr/sdk-app',
    providerTimeoutMs: Number(env.PROVIDER_TIMEOUT_MS ?? 15000),
    encryptionKey: env.ENCRYPTION_KEY ? parseEncryptionKey(env.ENCRYPTION_KEY) : undefined,
    bootstrapApiKey: env.BOOTSTRAP_API_KEY || undefined,
    scheduler: (env.SCHEDULER ?? 'on') !== 'off',
    logLevel: env.LOG_LEVEL ?? 'info',
    introspection: env.INTROSPECTION !== 'false',
    migrate: env.MIGRATE !== 'false',
  };
}
