import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createLogger } from '../../src/logger';
import { Sandbox, startSandbox } from '../../src/sandbox';
import { freePort } from './app';
import { freshDatabase } from './db';
import { ServiceProcess } from './process';

type CrashProvider = 'payup' | 'payapp';

/** The built service as a real process on its own database and sandbox, to be killed mid-call. */
export interface CrashableService {
  sandbox: Sandbox;
  db: DataSource;
  service: ServiceProcess;
  /** A PLATFORM key's secret. */
  platform: string;
  waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void>;
  /** Kills the service (SIGKILL) while `call` waits on the provider, which hangs, and starts it again. */
  crashDuring(provider: CrashProvider, call: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startCrashableService(testFile: string, leaseMs: number): Promise<CrashableService> {
  const sandbox = await startSandbox({ logger: createLogger('silent') });
  const { db, url } = await freshDatabase(testFile);
  const port = await freePort();
  const platform = `sk_test_${randomBytes(16).toString('hex')}`;
  const service = new ServiceProcess(`http://127.0.0.1:${port}`, {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: url,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    BOOTSTRAP_API_KEY: platform,
    PROVIDER_TIMEOUT_MS: '2000',
    MONEY_LEASE_MS: String(leaseMs),
    LOG_LEVEL: 'warn',
    ...sandbox.providerUrls,
  });
  await service.start();

  const waitFor = async (condition: () => boolean | Promise<boolean>, what: string) => {
    for (let i = 0; i < 400; i++) {
      if (await condition()) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`timed out waiting for ${what}; the service said:\n${service.output.join('').slice(-4000)}`);
  };
  return {
    sandbox,
    db,
    service,
    platform,
    waitFor,
    async crashDuring(provider, call) {
      const calls = sandbox[provider].providerCalls();
      await fetch(`${sandbox[provider].url}/_sandbox/fault`, { method: 'POST', body: JSON.stringify({ mode: 'hang' }) });
      const pending = call().catch(() => undefined); // the connection dies with the process
      await waitFor(() => sandbox[provider].providerCalls() > calls, 'the provider call');
      await service.kill();
      await pending;
      await service.start();
    },
    async close() {
      await service.stop();
      await sandbox.close();
      await db.destroy();
    },
  };
}
