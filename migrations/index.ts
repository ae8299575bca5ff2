import { Initial1764100000000 } from './1764100000000-Initial';

/** Every migration, in order. Listed by import so that ts-jest and the built output agree. */
export const migrations = [Initial1764100000000];
