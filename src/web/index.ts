import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONSOLE_PATH, CONSOLE_SCRIPT_PATH, ConsoleConfig, sendConsole, sendConsoleScript } from './console';
import { IDE_ASSETS, sendIde, sendIdeAsset, wantsIde } from './ide';

/** What the API serves to browsers besides GraphQL itself. */
export interface WebOptions {
  /** Headers the GraphQL IDE opens with (npm run dev: the platform key); only ever sent to this machine. */
  ideHeaders?: Record<string, string>;
  /** The sandbox console at /sandbox (npm run dev only); only ever served to this machine. */
  sandboxConsole?: ConsoleConfig;
}

/** A page and the route name it is counted under in the metrics. */
export interface WebRoute {
  route: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/** Pages that carry an API key go to loopback clients only: a dev server may listen on 0.0.0.0. */
function fromThisMachine(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || /^(::ffff:)?127\./.test(address);
}

const forbidden = (res: ServerResponse) => void res.writeHead(403, { 'content-type': 'text/plain' }).end('served to this machine only');

/** Finds the browser page for a request, if it is one: the IDE, its assets, the sandbox console. */
export function webRoutes(options: WebOptions = {}): (req: IncomingMessage, pathname: string) => WebRoute | undefined {
  const { ideHeaders, sandboxConsole } = options;
  return (req, pathname) => {
    if (pathname === '/graphql' && wantsIde(req)) {
      return { route: '/graphql (IDE)', handle: (_, res) => sendIde(req, res, fromThisMachine(req) ? ideHeaders : undefined) };
    }
    if (pathname.startsWith(IDE_ASSETS) && req.method === 'GET') return { route: `${IDE_ASSETS}*`, handle: sendIdeAsset };
    if (sandboxConsole && (pathname === CONSOLE_PATH || pathname === CONSOLE_SCRIPT_PATH)) {
      return {
        route: pathname,
        handle: (_, res) => {
          if (!fromThisMachine(req)) forbidden(res);
          else if (pathname === CONSOLE_PATH) sendConsole(res, sandboxConsole);
          else sendConsoleScript(res);
        },
      };
    }
    return undefined;
  };
}
