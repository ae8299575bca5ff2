import type { Logger } from '../logger';
import { FaultSwitch, RunningSimulator, SandboxClock, serveSimulator } from './common';
import { createPayAppSimulator, PayAppSimulator } from './payapp/simulator';
import { createPayupSimulator } from './payup/simulator';
import { createWelcomeSimulator } from './welcome/simulator';

/**
 * The built-in provider sandbox: one HTTP server per provider, speaking that provider's wire
 * format, sharing one clock. The API is pointed at it with PAYAPP_API_URL, WELCOME_API_URL and
 * PAYUP_API_URL (see `providerUrls`).
 */
export interface Sandbox {
  clock: SandboxClock;
  payapp: RunningSimulator & { simulator: PayAppSimulator; faults: FaultSwitch };
  welcome: RunningSimulator & { faults: FaultSwitch };
  payup: RunningSimulator & { faults: FaultSwitch };
  /** The environment values that point the API at this sandbox. */
  providerUrls: { PAYAPP_API_URL: string; WELCOME_API_URL: string; PAYUP_API_URL: string };
  close(): Promise<void>;
}

export interface SandboxOptions {
  logger: Logger;
  host?: string;
  ports?: { payapp?: number; welcome?: number; payup?: number };
}

export async function startSandbox({ logger, host = '127.0.0.1', ports = {} }: SandboxOptions): Promise<Sandbox> {
  const clock = new SandboxClock();
  const ctx = (name: string) => ({ clock, faults: new FaultSwitch(), logger: logger.child({ sandbox: name }) });

  const payappCtx = ctx('payapp');
  const payappSim = createPayAppSimulator(payappCtx);
  const payapp = await serveSimulator(payappSim, payappCtx, ports.payapp ?? 0, host);
  const welcomeCtx = ctx('welcome');
  const welcome = await serveSimulator(createWelcomeSimulator(welcomeCtx), welcomeCtx, ports.welcome ?? 0, host);
  const payupCtx = ctx('payup');
  const payup = await serveSimulator(createPayupSimulator(payupCtx), payupCtx, ports.payup ?? 0, host);

  return {
    clock,
    payapp: { ...payapp, simulator: payappSim, faults: payappCtx.faults },
    welcome: { ...welcome, faults: welcomeCtx.faults },
    payup: { ...payup, faults: payupCtx.faults },
    providerUrls: {
      PAYAPP_API_URL: `${payapp.url}/oapi/apiLoad.html`,
      WELCOME_API_URL: welcome.url,
      PAYUP_API_URL: payup.url,
    },
    async close() {
      await Promise.all([payapp.close(), welcome.close(), payup.close()]);
    },
  };
}
