import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root';

/**
 * `.dev/` in the project folder: what `npm run dev` keeps across restarts (the encryption key, the
 * platform key) and what it tells the walkthrough, `npm run demo` and the watcher (the demo
 * seller's id, the URLs), one value a file so that `KEY=$(cat .../.dev/platform-key)` works.
 */
export const DEV_DIR = join(projectRoot(), '.dev');

export const devFile = (name: string) => join(DEV_DIR, name);

export function writeDevFile(name: string, value: string): void {
  mkdirSync(DEV_DIR, { recursive: true });
  writeFileSync(devFile(name), `${value}\n`, { mode: 0o600 });
}

/** A value kept across dev restarts (secrets sealed with the key must stay readable). */
export function devSecret(name: string, make: () => string): string {
  if (!existsSync(devFile(name))) writeDevFile(name, make());
  return readDevFile(name) as string;
}

/** The value, or undefined when `npm run dev` has not written it. */
export function readDevFile(name: string): string | undefined {
  return existsSync(devFile(name)) ? readFileSync(devFile(name), 'utf8').trim() : undefined;
}
