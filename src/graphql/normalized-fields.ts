import { IsOptional, ValidateBy } from 'class-validator';
import { Field } from 'type-graphql';
import { normalizeDigits, normalizePhone } from '../domain/normalize';

type Normalizer = (typed: string) => string | undefined;

/** Input classes → their fields that are rewritten to a normal form once they are valid. */
const NORMALIZED = new Map<Function, Map<string, Normalizer>>();

/**
 * A string input field people type in many ways: valid when `normalize` can read it, and replaced
 * by its normal form before any resolver sees it (see normalizeInput, called by validateArgument).
 */
function NormalizedField(normalize: Normalizer, kind: string, description: string, required: boolean): PropertyDecorator {
  return (target, key) => {
    const name = String(key);
    Field(() => String, { nullable: !required, description })(target, key);
    if (!required) IsOptional()(target, key);
    ValidateBy({ name: kind, validator: { validate: (value: unknown) => typeof value === 'string' && normalize(value) !== undefined, defaultMessage: () => `${name} must be a ${kind}` } })(target, key);
    const fields = NORMALIZED.get(target.constructor) ?? new Map<string, Normalizer>();
    fields.set(name, normalize);
    NORMALIZED.set(target.constructor, fields);
  };
}

/** A phone number: digits, spaces, dashes, dots, parentheses, an optional +; kept as its national digits. */
export function PhoneNumberField(description: string, { required = false } = {}): PropertyDecorator {
  return NormalizedField(normalizePhone, 'phone number (8 to 15 digits; spaces, dashes and a leading + allowed)', description, required);
}

/** A number written with separators (a business number): kept as its digits. */
export function DigitsField(description: string, { required = false } = {}): PropertyDecorator {
  return NormalizedField(normalizeDigits, 'number (digits; spaces and dashes allowed)', description, required);
}

/** Rewrites every normalized field of a validated input, nested inputs included, in place. */
export function normalizeInput(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(normalizeInput);
  if (!value || typeof value !== 'object') return;
  const fields = NORMALIZED.get(value.constructor);
  const record = value as Record<string, unknown>;
  for (const [name, field] of Object.entries(record)) {
    const normalize = fields?.get(name);
    if (normalize && typeof field === 'string') record[name] = normalize(field) ?? field;
    else normalizeInput(field);
  }
}
