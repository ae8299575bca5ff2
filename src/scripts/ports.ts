import { createServer } from 'node:net';

/** A port the dev setup listens on, and the variable that moves it. */
export interface NamedPort {
  port: number;
  variable: string;
}

export interface DevPorts {
  api: NamedPort;
  payapp: NamedPort;
  welcome: NamedPort;
  payup: NamedPort;
}

/** A port that cannot be used; the message is one line a person can act on. */
export class PortError extends Error {}

const DEFAULTS = { PORT: 4000, SANDBOX_PAYAPP_PORT: 4101, SANDBOX_WELCOME_PORT: 4102, SANDBOX_PAYUP_PORT: 4103 } as const;

function named(env: NodeJS.ProcessEnv, variable: keyof typeof DEFAULTS): NamedPort {
  const raw = env[variable];
  const port = raw === undefined || raw === '' ? DEFAULTS[variable] : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new PortError(`${variable}=${raw} is not a port number (1-65535)`);
  return { port, variable };
}

/** The ports of `npm run dev` and `npm run sandbox`: 4000 and 4101-4103 unless the environment says otherwise. */
export function devPorts(env: NodeJS.ProcessEnv = process.env): DevPorts {
  return {
    api: named(env, 'PORT'),
    payapp: named(env, 'SANDBOX_PAYAPP_PORT'),
    welcome: named(env, 'SANDBOX_WELCOME_PORT'),
    payup: named(env, 'SANDBOX_PAYUP_PORT'),
  };
}

function probe({ port, variable }: NamedPort, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'is already in use (another npm run dev?)' : `cannot be used (${err.code ?? err.message})`;
      reject(new PortError(`Port ${port} ${why}: set ${variable} to a free port.`));
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

/** Checks before anything starts, so that a taken port ends the start with one clear line. */
export async function ensurePortsFree(ports: NamedPort[], host: string): Promise<void> {
  for (const port of ports) await probe(port, host);
}
