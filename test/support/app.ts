import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { Config, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { Sandbox, startSandbox } from '../../src/sandbox';
import { createSchema } from '../../src/schema';
import { RunningServer, startServer } from '../../src/server';
import { createServices, Services } from '../../src/services';
import { freshDatabase } from './db';

/** Everything the service logged during a test, to prove what never reaches a log. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(chunk.toString('utf8'));
    done();
  }
  get text(): string {
    return this.lines.join('');
  }
}

export interface TestApp {
  url: string;
  /** The provider sandbox the service talks to. */
  sandbox: Sandbox;
  db: DataSource;
  services: Services;
  server: RunningServer;
  logs: LogCapture;
  platformSecret: string;
  /** POSTs a GraphQL operation (a string, or a typed document from test/generated) with a bearer secret (none when null). */
  gql<T = Record<string, unknown>, V = Record<string, unknown>>(secret: string | null, query: string | TypedDocumentNode<T, V>, variables?: V): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: string[][] } & Record<string, unknown> }[];
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The real service on a free port with its own database and its own provider sandbox, talking to
 * it over HTTP exactly as it would to the providers; only the environment differs.
 */
export interface TestAppOptions {
  env?: Record<string, string>;
  queryLogger?: TypeOrmLogger;
  poolSize?: number;
  /** false: no background workers (their polls would count with a request's SQL statements). */
  workers?: boolean;
  /** Serve what npm run dev serves to browsers with the platform key: the IDE's headers and the sandbox console. */
  devPages?: boolean;
}

export async function startTestApp(testFile: string, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await freshDatabase(testFile, options.queryLogger, options.poolSize);
  const { db, url: databaseUrl } = database;
  const platformSecret = `sk_test_${randomBytes(16).toString('hex')}`;
  const logs = new LogCapture();
  const logger = createLogger('debug', logs);
  const sandbox = await startSandbox({ logger: logger.child({ in: 'sandbox' }) });
  sandbox.payapp.simulator.setNoticeRetryDelay(20);
  const port = await freePort();
  const config: Config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...sandbox.providerUrls,
    DATABASE_URL: databaseUrl,
    ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    BOOTSTRAP_API_KEY: platformSecret,
    PROVIDER_TIMEOUT_MS: '2000',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    // Tests drive the scheduler themselves (services.scheduler.runDue(), or moving the clock), so its
    // timer never runs queries in the middle of one; test/scheduler-processes.test.ts runs it for real.
    SCHEDULER: 'off',
    // Every query runs compiled, as hot queries do in production (test/compiled-execution.test.ts
    // compares the two executions).
    COMPILE_QUERIES_AFTER: '0',
    ...options.env,
  });
  // As under `npm run dev`: one clock for the sandbox and the service; moving it runs the scheduler.
  const services = createServices(config, db, logger, { clock: sandbox.clock });
  sandbox.clock.onChange(() => void services.scheduler.runDue().catch(() => undefined));
  await services.apiKeys.ensureBootstrapKey(platformSecret);
  const devPages = { ideHeaders: { authorization: `Bearer ${platformSecret}` }, sandboxConsole: { key: platformSecret } };
  const server = await startServer(services, await createSchema(), options.devPages ? devPages : {});
  const stopWorkers = await services.start({ workers: options.workers });
  const gql = async <T, V>(secret: string | null, query: string | TypedDocumentNode<T, V>, variables?: V): Promise<GqlResult<T>> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
    });
    return { status: res.status, ...((await res.json()) as Omit<GqlResult<T>, 'status'>) };
  };
  return {
    url: server.url,
    sandbox,
    db,
    services,
    server,
    logs,
    platformSecret,
    gql,
    async close() {
      await server.close();
      await stopWorkers();
      await services.close();
      await sandbox.close();
      await database.drop();
    },
  };
}
