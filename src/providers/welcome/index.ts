export { WelcomeClient } from './client';
export type { WelcomeClientOptions } from './client';
export { WelcomeInputError } from './input';
export { WELCOME_CARD_KINDS, WELCOME_RESULT_CODES, welcomeErrorCode } from './mapping';
export type * from './types';
