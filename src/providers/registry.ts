import type { Clock } from '../clock';
import type { Config } from '../config';
import { Provider } from '../domain/enums';
import type { Logger } from '../logger';
import { ProviderHttp, ProviderHttpOptions } from './http';
import { createPayAppAdapter, PAYAPP_SENSITIVE_FIELDS } from './payapp/adapter';
import { createPayupAdapter, PAYUP_SENSITIVE_FIELDS } from './payup/adapter';
import type { CapabilityName, ProviderAdapter, ProviderCapabilities } from './types';
import { createWelcomeAdapter, WELCOME_SENSITIVE_FIELDS } from './welcome/adapter';

/** What an adapter is built from: the configuration, an HTTP pool that redacts its fields, and the clock its timestamps read. */
interface AdapterContext {
  config: Config;
  http(sensitiveFields: readonly string[]): ProviderHttp;
  now(): Date;
}

/** The one place that knows every provider folder: one line per provider. */
const ADAPTERS: Record<Provider, (ctx: AdapterContext) => ProviderAdapter> = {
  [Provider.PAYAPP]: ({ config, http, now }) => createPayAppAdapter(http(PAYAPP_SENSITIVE_FIELDS), { apiUrl: config.payappApiUrl, appLinkUrl: config.payappAppLinkUrl, now }),
  [Provider.WELCOME]: ({ config, http, now }) => createWelcomeAdapter(http(WELCOME_SENSITIVE_FIELDS), { baseUrl: config.welcomeApiUrl, now }),
  [Provider.PAYUP]: ({ config, http, now }) => createPayupAdapter(http(PAYUP_SENSITIVE_FIELDS), { baseUrl: config.payupApiUrl, now }),
};

/** The core asks it for "the cancels of PAYUP" and gets them, or nothing. */
export interface ProviderRegistry {
  capability<K extends CapabilityName>(provider: Provider, name: K): ProviderCapabilities[K] | undefined;
  close(): Promise<void>;
}

export function createProviderRegistry(config: Config, logger: Logger, clock: Clock, onOutcome?: ProviderHttpOptions['onOutcome']): ProviderRegistry {
  const adapters = new Map(
    Object.values(Provider).map((provider) => {
      const http = (sensitiveFields: readonly string[]) =>
        new ProviderHttp({ provider, timeoutMs: config.providerTimeoutMs, logger: logger.child({ provider }), sensitiveFields, onOutcome });
      return [provider, ADAPTERS[provider]({ config, http, now: () => clock.now() })] as const;
    }),
  );
  return {
    capability: (provider, name) => adapters.get(provider)?.capabilities[name],
    async close() {
      await Promise.all([...adapters.values()].map((adapter) => adapter.close()));
    },
  };
}
