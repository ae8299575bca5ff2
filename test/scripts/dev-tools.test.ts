import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, Server } from 'node:net';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/app';
import { createSandboxSeller } from '../support/sellers';

/** The built scripts (npm test builds first), run from a folder that is not the project's. */
const script = (name: string) => join(__dirname, '..', '..', 'dist', 'src', 'scripts', `${name}.js`);

function run(name: string, env: Record<string, string>): ChildProcess & { output: () => { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, [script(name)], { cwd: tmpdir(), env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return Object.assign(child, { output: () => ({ stdout, stderr }) });
}

async function exitOf(child: ChildProcess): Promise<number | null> {
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

async function listening(): Promise<Server & { port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  return Object.assign(server, { port: (server.address() as AddressInfo).port });
}

describe('npm run dev when a port is taken', () => {
  it.each(['PORT', 'SANDBOX_PAYAPP_PORT', 'SANDBOX_PAYUP_PORT'])('says in one line that %s is taken and exits 1', async (variable) => {
    const taken = await listening();
    const free = await Promise.all([listening(), listening(), listening(), listening()]);
    const ports = { PORT: free[0].port, SANDBOX_PAYAPP_PORT: free[1].port, SANDBOX_WELCOME_PORT: free[2].port, SANDBOX_PAYUP_PORT: free[3].port, [variable]: taken.port };
    await Promise.all(free.map((server) => new Promise((resolve) => server.close(resolve))));
    try {
      const dev = run('dev', Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])));
      expect(await exitOf(dev)).toBe(1);
      expect(dev.output()).toEqual({ stdout: '', stderr: `npm run dev: Port ${taken.port} is already in use (another npm run dev?): set ${variable} to a free port.\n` });
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});

describe('the walkthrough watcher (watch-payments)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(__filename);
  });
  afterAll(() => app.close());

  it('without KEY, says how to set it in one line and exits 2', async () => {
    const watcher = run('watch-payments', { API: app.url });
    expect(await exitOf(watcher)).toBe(2);
    expect(watcher.output().stderr).toMatch(/^watch-payments: no API key: set KEY, e\.g\. export KEY=\$\(cat \/.+\/\.dev\/platform-key\)\n$/);
  });

  it('with a key the service refuses, says so in one line (no close event dump) and exits 1', async () => {
    const watcher = run('watch-payments', { API: app.url, KEY: 'sk_not_a_key' });
    expect(await exitOf(watcher)).toBe(1);
    expect(watcher.output()).toEqual({ stdout: '', stderr: 'watch-payments: the service refused the key (4403 Forbidden): check KEY\n' });
  });

  it('with nothing listening, says it cannot reach the service in one line and exits 1', async () => {
    const nobody = await listening();
    await new Promise((resolve) => nobody.close(resolve));
    const watcher = run('watch-payments', { API: `http://127.0.0.1:${nobody.port}`, KEY: 'sk_any' });
    expect(await exitOf(watcher)).toBe(1);
    expect(watcher.output().stderr).toMatch(new RegExp(`^watch-payments: cannot reach ws://127\\.0\\.0\\.1:${nobody.port}/graphql .*is npm run dev running\\?\\n$`));
  });

  it('prints each state change of the payments the key may see, one line each', async () => {
    const seller = await createSandboxSeller(app, 'Watched shop');
    const watcher = run('watch-payments', { API: app.url, KEY: seller.key });
    try {
      for (let waited = 0; !watcher.output().stdout.includes('watching'); waited += 50) {
        if (waited > 10_000) throw new Error(`the watcher did not connect: ${JSON.stringify(watcher.output())}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const res = await app.gql<{ requestPayment: { payment: { id: string } } }>(
        seller.key,
        'mutation($i: RequestPaymentInput!) { requestPayment(input: $i) { payment { id } } }',
        { i: { goodName: 'Lesson', amount: 10000, buyer: { name: 'Lee', phone: '01012345678' } } },
      );
      const id = res.data!.requestPayment.payment.id;
      for (let waited = 0; !watcher.output().stdout.includes(id); waited += 50) {
        if (waited > 10_000) throw new Error(`no event line: ${JSON.stringify(watcher.output())}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(watcher.output().stdout.split('\n')[1]).toBe(`new → REQUESTED  ${id} 10,000 KRW  (API; cancelled 0 of 10000)`);
    } finally {
      const exited = watcher.exitCode === null ? once(watcher, 'exit') : undefined;
      watcher.kill();
      await exited;
    }
  });
});
