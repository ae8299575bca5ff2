import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildStats } from './child-stats';

/** The node flags of package.json's `npm start` (e.g. the young generation's size). */
const START_FLAGS: string[] = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')).scripts.start.match(/\bnode ((?:--\S+ )*)/)?.[1] ?? '').split(' ').filter(Boolean);

/**
 * A measured process (the service or a baseline), run apart from the load generator so that its
 * CPU time, SQL statements and heap are its own. It answers `stats` (see child-stats.ts).
 */
export class MeasuredProcess {
  private nextId = 0;
  private readonly output: string[] = [];
  /** Rejects when the process exits: whatever waits on it fails at once, with its last output. */
  private readonly exited: Promise<never>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    this.exited = once(child, 'exit').then(([code]) => {
      throw new Error(`${this.name} exited (code ${code}):\n${this.recentOutput}`);
    });
    this.exited.catch(() => {});
    const keep = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 50) this.output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  /**
   * Forks `script` (a built .js file) with --expose-gc; its output is kept for error messages only.
   * Every process runs with NODE_ENV=production and the node flags of `npm start`, as the service
   * runs in production, baselines alike: ratios compare code, not runtime settings.
   */
  static start(name: string, script: string, env: Record<string, string> = {}): MeasuredProcess {
    // BENCH_PROFILE_DIR=<dir>: each process writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
    const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
    const child = fork(script, [], { env: { ...process.env, NODE_ENV: 'production', ...env }, execArgv: ['--expose-gc', ...START_FLAGS, ...profile], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    return new MeasuredProcess(name, child);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The last lines it wrote, for a failure's message. */
  get recentOutput(): string {
    return this.output.join('').split('\n').slice(-20).join('\n');
  }

  /** Resolves with the URL a baseline announces (child-stats.announceReady). */
  async announced(timeoutMs = 60_000): Promise<string> {
    return this.within(timeoutMs, 'to announce its address', new Promise<string>((resolve) => {
      const onMessage = (message: { type?: string; url?: string }) => {
        if (message?.type !== 'ready' || !message.url) return;
        this.child.off('message', onMessage);
        resolve(message.url);
      };
      this.child.on('message', onMessage);
    }));
  }

  /** Resolves once `url` answers 200 (the service's /readyz). */
  async answers(url: string, timeoutMs = 180_000): Promise<void> {
    const poll = async () => {
      for (;;) {
        const ok = await fetch(url).then((res) => res.ok, () => false);
        if (ok) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    await this.within(timeoutMs, `to answer ${url}`, poll());
  }

  /** Its CPU, SQL and heap now; `gc` collects first (for heap figures; keep it out of CPU windows). */
  async stats(gc = false): Promise<ChildStats> {
    const id = ++this.nextId;
    const reply = new Promise<ChildStats>((resolve) => {
      const onMessage = (message: { type?: string; id?: number; stats?: ChildStats }) => {
        if (message?.type !== 'stats' || message.id !== id || !message.stats) return;
        this.child.off('message', onMessage);
        resolve(message.stats);
      };
      this.child.on('message', onMessage);
    });
    this.child.send({ type: 'stats', id, gc });
    return this.within(30_000, 'to report its stats', reply);
  }

  /** SIGTERM, then SIGKILL if it has not exited within 15 s. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await this.exited.catch(() => {});
    clearTimeout(timer);
  }

  private async within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${this.name} took over ${ms} ms ${what}:\n${this.recentOutput}`)), ms)));
    try {
      return await Promise.race([work, this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
