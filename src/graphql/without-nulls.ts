/**
 * An input with its explicit nulls left out. GraphQL lets a caller write `buyerPhone: null` for an
 * optional field; for these inputs that means the same as not giving it, and the provider rules
 * (which read `undefined` as "not given") must not see a null.
 */
export function withoutNulls<T extends object>(input: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(input) as object) as T, Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)));
}
