import type { Config } from '../config';
import type { Logger } from '../logger';
import { ProviderHttp, ProviderHttpOptions } from './http';
import { PayAppClient } from './payapp';
import { PayupClient } from './payup';
import type { ProviderName } from './types';
import { WelcomeClient } from './welcome';

/** The one place that knows every provider folder: the core asks it for a client by provider. */
export interface ProviderClients {
  payapp: PayAppClient;
  welcome: WelcomeClient;
  payup: PayupClient;
  close(): Promise<void>;
}

export function createProviderClients(config: Config, logger: Logger, onOutcome?: ProviderHttpOptions['onOutcome']): ProviderClients {
  const http = (provider: ProviderName) => new ProviderHttp({ provider, timeoutMs: config.providerTimeoutMs, logger: logger.child({ provider }), onOutcome });
  const pools = { payapp: http('PAYAPP'), welcome: http('WELCOME'), payup: http('PAYUP') };
  return {
    payapp: new PayAppClient({ http: pools.payapp, apiUrl: config.payappApiUrl }),
    welcome: new WelcomeClient({ http: pools.welcome, baseUrl: config.welcomeApiUrl }),
    payup: new PayupClient({ http: pools.payup, baseUrl: config.payupApiUrl }),
    async close() {
      await Promise.all(Object.values(pools).map((pool) => pool.close()));
    },
  };
}
