import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

const KEY = 'ab'.repeat(32);

describe('configuration is validated once, at start', () => {
  it('reads the defaults of RUNTIME.md', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '0.0.0.0', providerTimeoutMs: 15000, moneyLeaseMs: 30000, scheduler: true, introspection: true, migrate: true, logLevel: 'info' });
    expect(config.publicBaseUrl).toBe('http://localhost:4000');
    expect(config.redisUrl).toBeUndefined();
  });

  it('reads the documented defaults of the limits (README, "Limits")', () => {
    expect(loadConfig({})).toMatchObject({ rateLimitPerMinute: 600, authFailuresPerMinute: 30, wsMaxSubscriptions: 20, wsMaxConnectionsPerKey: 20, wsMaxBufferedBytes: 1048576 });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '120', WS_MAX_SUBSCRIPTIONS: '5' })).toMatchObject({ rateLimitPerMinute: 120, wsMaxSubscriptions: 5 });
  });

  it.each([
    ['PROVIDER_TIMEOUT_MS', '15s'],
    ['PROVIDER_TIMEOUT_MS', '-5'],
    ['PORT', 'eighty'],
    ['SCHEDULER', 'maybe'],
    ['ENCRYPTION_KEY', 'too-short'],
    ['DATABASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['RATE_LIMIT_PER_MINUTE', '0'],
    ['WS_MAX_BUFFERED_BYTES', '1MiB'],
  ])('refuses %s=%s with a message that names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid environment: .*${name}`));
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', PROVIDER_TIMEOUT_MS: 'y' })).toThrow(/PORT: .*; PROVIDER_TIMEOUT_MS: /);
  });

  it('never echoes a malformed secret', () => {
    expect(() => loadConfig({ ENCRYPTION_KEY: 'secret-value-that-is-wrong' })).toThrow(/ENCRYPTION_KEY: must be 32 bytes/);
    expect(() => loadConfig({ ENCRYPTION_KEY: 'secret-value-that-is-wrong' })).not.toThrow(/secret-value/);
  });

  it('keeps the money lease longer than a provider call', () => {
    expect(loadConfig({ PROVIDER_TIMEOUT_MS: '2000' }).moneyLeaseMs).toBe(17000);
    expect(() => loadConfig({ PROVIDER_TIMEOUT_MS: '2000', MONEY_LEASE_MS: '1000' })).toThrow(/MONEY_LEASE_MS must be longer than PROVIDER_TIMEOUT_MS/);
  });

  it('treats an empty variable as unset and parses on/off and hex keys', () => {
    const config = loadConfig({ REDIS_URL: '', SCHEDULER: 'off', ENCRYPTION_KEY: KEY, PUBLIC_BASE_URL: 'https://pay.example.com/' });
    expect(config.redisUrl).toBeUndefined();
    expect(config.scheduler).toBe(false);
    expect(config.encryptionKey?.length).toBe(32);
    expect(config.publicBaseUrl).toBe('https://pay.example.com');
  });

  it('npm start refuses to start on a malformed value, naming it (the built service, as a process)', () => {
    const main = join(__dirname, '..', 'dist', 'src', 'main.js');
    const run = spawnSync(process.execPath, [main], { env: { PATH: process.env.PATH, PROVIDER_TIMEOUT_MS: '15s', ENCRYPTION_KEY: KEY, MIGRATE: 'false' }, encoding: 'utf8', timeout: 20000 });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('PROVIDER_TIMEOUT_MS: must be a whole number greater than 0');
  });
});
