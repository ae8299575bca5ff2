import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it when missing). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (root), and nothing that reaches for the network, which is closed here. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the browser tests leave their screenshots (gitignored). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Headless Chromium, run by chromium-server.js in a process of its own and driven over
 * playwright's connection. A missing Chromium fails the test with the fix, not a skip.
 */
export async function launchChromium(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  const server = spawn(process.execPath, [join(__dirname, 'chromium-server.js'), CHROMIUM, JSON.stringify(CHROMIUM_ARGS)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const endpoint = await Promise.race([
    once(server.stdout, 'data').then(([line]) => String(line).trim()),
    once(server, 'exit').then(() => Promise.reject(new Error(`Chromium did not start: ${stderr.trim()}`))),
  ]);
  const browser = await chromium.connect(endpoint);
  return {
    browser,
    async close() {
      await browser.close();
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await exited;
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
