export { PayupClient } from './client';
export type { PayupClientOptions } from './client';
export { PayupInputError } from './input';
export { PAYUP_RESPONSE_CODES, payupCodeMeaning } from './mapping';
export type { PayupCodeMeaning } from './mapping';
export type * from './types';
