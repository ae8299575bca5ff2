import type { IncomingMessage, ServerResponse } from 'node:http';
import { RuruClientConfig, ruruHTML } from 'ruru/server';
import { serveStatic } from 'ruru/static';
import { html, inlineJson } from './html';

/**
 * The GraphQL IDE a browser gets at GET /graphql: GraphiQL as the `ruru` package ships it, its
 * scripts, styles and editor workers served from node_modules under IDE_ASSETS, so that it works
 * with no internet access (Apollo's landing page loads Apollo Sandbox from Apollo's servers).
 */
export const IDE_ASSETS = '/ide/';

const serveAsset = serveStatic(IDE_ASSETS);

/** A browser navigating to the endpoint asks for HTML; GraphQL clients ask for JSON. */
export function wantsIde(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !req.headers.upgrade;
}

/**
 * GraphiQL introspects before its headers editor has mounted, so without help its first schema
 * request goes out without the key. This adds the given headers to every request to the endpoint
 * that does not set them itself.
 */
function defaultHeadersScript(headers: Record<string, string>): string {
  return html`<script type="module">
    const defaults = ${inlineJson(headers)};
    const fetchWithoutDefaults = window.fetch.bind(window);
    window.fetch = (input, init = {}) => {
      const headers = new Headers(init.headers);
      for (const [name, value] of Object.entries(defaults)) if (!headers.has(name)) headers.set(name, value);
      return fetchWithoutDefaults(input, { ...init, headers });
    };
  </script>`.text;
}

/** The IDE page; `headers` fill its headers editor and its schema request (npm run dev: the platform key). */
export function sendIde(req: IncomingMessage, res: ServerResponse, headers: Record<string, string> | undefined): void {
  const page = ruruHTML({
    endpoint: '/graphql',
    subscriptionEndpoint: `ws://${req.headers.host ?? 'localhost'}/graphql`,
    staticPath: IDE_ASSETS,
    // ruru 2.0.0-rc.3 types this from a package it does not install (ruru-components), which makes every prop read as required.
    clientConfig: (headers ? { initialHeaders: JSON.stringify(headers, null, 2) } : {}) as RuruClientConfig,
    htmlParts: headers ? { headerScripts: (original) => original + defaultHeadersScript(headers) } : {},
  });
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
}

export function sendIdeAsset(req: IncomingMessage, res: ServerResponse): void {
  serveAsset(req, res, () => void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'));
}
