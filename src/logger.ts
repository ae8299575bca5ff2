import pino, { Logger } from 'pino';
import { currentRequestScope } from './request-scope';

/**
 * Every field that may carry card data or a provider secret, wherever it appears in a log object.
 * Provider traffic is logged as parsed objects so that these paths catch it (see providers/http.ts).
 */
export const REDACTED_KEYS = [
  // card data, in every provider's spelling and ours
  'number', 'cardNo', 'cardNumber', 'cardnum', 'card_num', 'expMonth', 'expYear', 'expireMonth', 'expireYear',
  'cardExpireYY', 'cardExpireMM', 'expiryMonth', 'expiryYear', 'buyerAuthNo', 'birthday', 'registNo',
  'birthDateOrBusinessNumber', 'cardPw', 'passwd', 'passwordFirstTwo',
  // secrets
  'linkkey', 'linkval', 'linkKey', 'linkValue', 'mkey', 'apiCertKey', 'signature', 'encBill', 'billkey', 'Billkey', 'billingKey',
  'password', 'userpwd', 'subpwd', 'authorization', 'secret',
];

const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]);

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  // The request id joins every line logged while a request is served, whichever logger wrote it.
  const mixin = () => {
    const requestId = currentRequestScope()?.requestId;
    return requestId ? { requestId } : {};
  };
  return pino({ level, redact: { paths, censor: '[redacted]' }, base: undefined, mixin }, destination);
}

export const logger = createLogger();
export type { Logger };
