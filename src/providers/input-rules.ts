import { InputError } from '../domain/errors';

/**
 * Checks of caller input that the provider manuals impose, made before anything is sent, so that a
 * malformed request becomes the caller's BAD_USER_INPUT and never a provider round trip.
 * Messages name the rule, never the value: the value may be card data.
 */
export class ProviderInputError extends Error {
  constructor(
    /** The input field at fault, as a dotted path in the client's own input (e.g. `card.number`). */
    readonly field: string,
    /** The rule it breaks, without the value. */
    readonly rule: string,
  ) {
    super(`${field}: ${rule}`);
    this.name = new.target.name;
  }
}

/** A client's field name → the path of that field in the domain command (`recvPhone` → buyer.phone). */
export type DomainPaths = Readonly<Record<string, readonly string[]>>;

function toDomainError(paths: DomainPaths, err: unknown): unknown {
  if (!(err instanceof ProviderInputError)) return err;
  const path = [...(paths[err.field] ?? err.field.split('.'))];
  return new InputError(`${path.join('.')}: ${err.rule}`, [path]);
}

/**
 * Runs a client call in the domain's terms: a rule the client's input breaks becomes an InputError
 * at the command's own field. Client fields absent from `paths` are named alike in the command.
 */
export function inDomainTerms<T>(paths: DomainPaths, call: () => T): T {
  try {
    const result = call();
    if (result instanceof Promise) return result.catch((err: unknown) => Promise.reject(toDomainError(paths, err))) as T;
    return result;
  } catch (err) {
    throw toDomainError(paths, err);
  }
}

export type InputErrorClass = new (field: string, message: string) => ProviderInputError;

export interface CardExpiryInput {
  expiryMonth: string;
  expiryYear: string;
}

export class InputRules {
  constructor(private readonly InputError: InputErrorClass) {}

  fail(field: string, message: string): never {
    throw new this.InputError(field, message);
  }

  digits(field: string, value: string, minLength: number, maxLength = minLength): string {
    const length = minLength === maxLength ? `${minLength}` : `${minLength} to ${maxLength}`;
    if (!/^\d+$/.test(value) || value.length < minLength || value.length > maxLength) this.fail(field, `must be ${length} digits`);
    return value;
  }

  /** A required free-text value, trimmed. */
  text(field: string, value: string | undefined, maxLength: number): string {
    const trimmed = this.optionalText(field, value, maxLength);
    return trimmed ?? this.fail(field, 'is required');
  }

  /** An optional free-text value, trimmed; blank counts as absent. */
  optionalText(field: string, value: string | undefined, maxLength: number): string | undefined {
    const trimmed = value?.trim();
    if (!trimmed) return undefined;
    if (trimmed.length > maxLength) this.fail(field, `must be at most ${maxLength} characters`);
    return trimmed;
  }

  /** An amount in won: a positive whole number with at most `maxDigits` digits. */
  amount(field: string, value: number, maxDigits: number): number {
    if (!Number.isSafeInteger(value) || value <= 0 || String(value).length > maxDigits) {
      this.fail(field, `must be a whole number of won from 1 to ${maxDigits} digits`);
    }
    return value;
  }

  /** A part of `total` (tax, tax-free, VAT): a whole number from 0 to `total`. */
  portion(field: string, value: number, total: number): number {
    if (!Number.isSafeInteger(value) || value < 0 || value > total) this.fail(field, `must be a whole number from 0 to the amount (${total})`);
    return value;
  }

  integer(field: string, value: number, min: number, max: number): number {
    if (!Number.isSafeInteger(value) || value < min || value > max) this.fail(field, `must be a whole number from ${min} to ${max}`);
    return value;
  }

  /** Expiry as the two-digit month and year both providers want; accepts `7`/`07` and `27`/`2027`. */
  expiry(card: CardExpiryInput, prefix = 'card'): { month: string; year: string } {
    const month = card.expiryMonth.trim();
    const year = card.expiryYear.trim();
    if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) this.fail(`${prefix}.expiryMonth`, 'must be a month from 1 to 12');
    if (!/^(\d{2}|20\d{2})$/.test(year)) this.fail(`${prefix}.expiryYear`, 'must be two digits (YY) or four (20YY)');
    return { month: month.padStart(2, '0'), year: year.slice(-2) };
  }

  /** A birth date (YYMMDD) for a personal card, or a 10-digit business number for a corporate one. */
  birthDateOrBusinessNumber(field: string, value: string | undefined): string {
    if (value === undefined || !/^(\d{6}|\d{10})$/.test(value)) this.fail(field, 'must be a birth date (YYMMDD) or a 10-digit business number');
    return value;
  }
}
