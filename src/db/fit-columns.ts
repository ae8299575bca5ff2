import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Text cut to fit its VARCHAR column. For values the product does not control (a provider's
 * notice may carry a 300-character good name): the row keeps what fits, the event that records
 * the change keeps the full text, and the notice is never refused for its length.
 */
export function fitToColumns<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, values: Partial<T>): Partial<T> {
  const fitted: Record<string, unknown> = { ...values };
  for (const column of manager.connection.getMetadata(entity).columns) {
    const value = fitted[column.propertyName];
    const max = Number(column.length);
    // A string no longer than the column in UTF-16 units is no longer in characters either.
    if (typeof value === 'string' && max > 0 && value.length > max && [...value].length > max) fitted[column.propertyName] = [...value].slice(0, max).join('');
  }
  return fitted as Partial<T>;
}
