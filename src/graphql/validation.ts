import { validate, ValidationError } from 'class-validator';
import { LRUCache } from 'lru-cache';
import { ResolverData } from 'type-graphql';
import { badUserInput } from './errors';
import { normalizeInput } from './normalized-fields';

/** Flattens class-validator errors into field paths and messages, leaving the values out (they may be card data). */
export function flattenValidationErrors(errors: ValidationError[], path: string[] = []): { field: string[]; message: string }[] {
  return errors.flatMap((e) => {
    const field = [...path, e.property];
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** The name of the argument `value` was converted from; empty for an @Args() class (its fields are arguments). */
function argumentPath(value: object, args: Record<string, unknown>): string[] {
  const name = Object.keys(args).find((k) => {
    const arg = args[k];
    return typeof arg === 'object' && arg !== null && !Array.isArray(arg) && Object.keys(arg).every((field) => field in value);
  });
  return name ? [name] : [];
}

/** Verdicts on inputs of numbers and flags only (page arguments), by class and values. */
const numericVerdicts = new WeakMap<Function, LRUCache<string, ValidationError[]>>();

/**
 * The values of `item` as a key, when every one is a number, a flag or absent: class-validator's
 * verdict on such an input depends on nothing else, and remembering it spares a validation per
 * request (most of the cost of a page's arguments). Inputs with strings are never remembered:
 * they may hold card data.
 */
function numericKey(item: object): string | undefined {
  let key = '';
  for (const [name, value] of Object.entries(item)) {
    if (value != null && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    key += `${name}=${String(value)};`;
  }
  return key;
}

async function validationErrors(item: object): Promise<ValidationError[]> {
  const key = numericKey(item);
  let verdicts = key === undefined ? undefined : numericVerdicts.get(item.constructor);
  const known = key === undefined ? undefined : verdicts?.get(key);
  if (known) return known;
  const errors = await validate(item, { skipMissingProperties: true, forbidUnknownValues: false, validationError: { target: false, value: false } });
  if (key !== undefined) {
    if (!verdicts) numericVerdicts.set(item.constructor, (verdicts = new LRUCache({ max: 1000 })));
    verdicts.set(key, errors);
  }
  return errors;
}

/**
 * type-graphql's validateFn: class-validator on every input (absent optional values are skipped;
 * GraphQL itself enforces the required ones), then valid inputs normalized (phone numbers to their
 * digits, see normalized-fields.ts) so that resolvers and services see one form; failures as BAD_USER_INPUT with
 * `fields` (paths such as ["input", "amount"]) and `problems` (path and message each).
 */
export async function validateArgument(value: unknown, _type: unknown, data: ResolverData<object>): Promise<void> {
  const items = (Array.isArray(value) ? value : [value]).filter((item): item is object => typeof item === 'object' && item !== null);
  for (const item of items) {
    const errors = await validationErrors(item);
    if (errors.length === 0) {
      normalizeInput(item);
      continue;
    }
    const problems = flattenValidationErrors(errors, argumentPath(item, data.args as Record<string, unknown>));
    const error = badUserInput(`Invalid input: ${problems.map((p) => `${p.field.join('.')}: ${p.message}`).join('; ')}`, problems.map((p) => p.field));
    (error.extensions as Record<string, unknown>).problems = problems;
    throw error;
  }
}
