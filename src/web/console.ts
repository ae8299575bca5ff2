import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { html, inlineJson } from './html';
import { page } from './page';
import { projectRoot } from '../project-root';

/**
 * The sandbox console (GET /sandbox, npm run dev only): the viewer's payments, billing keys and
 * subscriptions, with payment states changing live through paymentStateChanged. Its script is
 * browser/console/, bundled by esbuild at build time into dist/browser/console.js.
 */
export const CONSOLE_PATH = '/sandbox';
export const CONSOLE_SCRIPT_PATH = '/sandbox/console.js';

export interface ConsoleConfig {
  /** The API key the console calls the API with (npm run dev: the platform key). */
  key: string;
}

export function sendConsole(res: ServerResponse, config: ConsoleConfig): void {
  const body = page(
    'Sandbox console · Payments API',
    html`Payments API <small>sandbox console</small> <small id="connection" data-testid="connection">connecting…</small>`,
    html`<div id="console"><p class="card">Loading…</p></div>
      <script type="application/json" id="console-config">${inlineJson({ key: config.key, endpoint: '/graphql' })}</script>
      <script type="module" src="${CONSOLE_SCRIPT_PATH}"></script>`,
  );
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body.text);
}

let script: Buffer | undefined;

export function sendConsoleScript(res: ServerResponse): void {
  script ??= readFileSync(join(projectRoot(), 'dist', 'browser', 'console.js'));
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
}
