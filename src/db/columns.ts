import { ColumnOptions } from 'typeorm';

/** Column helpers so that every entity spells ids, money and time the same way. */
export const idColumn = { type: 'varchar', length: 32 } as const;
export const moneyColumn = (name: string, nullable = false): ColumnOptions => ({ name, type: 'int', nullable });
/** UTC with milliseconds; the connection runs with timezone 'Z'. */
export const timeColumn = (name: string, nullable = false): ColumnOptions => ({ name, type: 'datetime', precision: 3, nullable });
export const textColumn = (name: string, length: number, nullable = true): ColumnOptions => ({ name, type: 'varchar', length, nullable });
