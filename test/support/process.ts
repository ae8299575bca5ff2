import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const MAIN = join(__dirname, '..', '..', 'dist', 'src', 'main.js');

/** The built service (`npm start`) as a real process, to be killed like a crash would. */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  readonly output: string[] = [];

  constructor(
    readonly url: string,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts it and waits until /readyz answers 200. */
  async start(): Promise<void> {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    this.child = child;
    // Up to 30 s: a busy machine (two cores, test files in parallel) starts Node slowly.
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}:\n${this.output.join('')}`);
      const ready = await fetch(`${this.url}/readyz`).then((r) => r.ok, () => false);
      if (ready) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the service did not become ready:\n${this.output.join('')}`);
  }

  /** SIGKILL: no shutdown, no cleanup, exactly like a crash. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await once(child, 'exit');
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  }

  async gql<T = any>(secret: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const res = await fetch(`${this.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: T };
  }
}
