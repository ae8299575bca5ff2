import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { instantFromText } from './stored-instant';

/**
 * Rows read straight into plain objects: the SELECT names each column by its entity property
 * (`t.seller_id AS sellerId`), so the driver's row is already the object resolvers read, and only
 * the few columns TypeORM would convert (transformers, booleans, JSON) are touched afterwards.
 * Entity hydration cost ~14 % of a list's CPU; this costs almost nothing per row.
 */
export interface RowSelect<T> {
  /** `t.col AS prop, …` for the chosen columns on alias `t`. */
  readonly sql: string;
  /** The same columns by their property names, for a query around this one. */
  readonly properties: string;
  /** Database column name of a property (for conditions on alias `t`). */
  column(property: string): string;
  /** Converts the columns the driver cannot, in place. */
  decode(row: Record<string, unknown>): T;
}

type Decoder = (value: unknown) => unknown;

function decoderOf(column: ColumnMetadata): Decoder | undefined {
  const transformer = column.transformer;
  if (transformer && !Array.isArray(transformer)) return (v) => (v == null ? v : transformer.from(v));
  if (column.type === 'boolean') return (v) => (v == null ? v : Boolean(v));
  if (column.type === 'json') return (v) => (typeof v === 'string' ? JSON.parse(v) : v);
  // Text from readRows; TypeORM's own queries already give a Date.
  if (column.type === 'datetime') return (v) => (typeof v === 'string' ? instantFromText(v) : v);
  return undefined;
}

const cache = new WeakMap<DataSource, Map<unknown, Map<string, RowSelect<unknown>>>>();

/**
 * The SELECT of `entity`'s columns, leaving out `omit` (properties an API never shows, such as an
 * event's provider payload); `only` narrows it further to what an operation needs. Cached per
 * column set, so building it costs nothing on the hot path.
 */
export function rowSelect<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, { omit = [], only }: { omit?: readonly string[]; only?: readonly string[] } = {}): RowSelect<T> {
  const byEntity = cache.get(db) ?? new Map<unknown, Map<string, RowSelect<unknown>>>();
  cache.set(db, byEntity);
  const selects = byEntity.get(entity) ?? new Map<string, RowSelect<unknown>>();
  byEntity.set(entity, selects);
  const key = `${omit.join(',')}|${only ? [...only].sort().join(',') : '*'}`;
  const known = selects.get(key);
  if (known) return known as RowSelect<T>;

  const metadata = db.getMetadata(entity);
  const columns = metadata.columns.filter((c) => !omit.includes(c.propertyName) && (!only || only.includes(c.propertyName) || c.isPrimary));
  const decoders = columns.flatMap((c) => {
    const decode = decoderOf(c);
    return decode ? [[c.propertyName, decode] as const] : [];
  });
  const select: RowSelect<T> = {
    sql: columns.map((c) => `t.\`${c.databaseName}\` AS \`${c.propertyName}\``).join(', '),
    properties: columns.map((c) => `\`${c.propertyName}\``).join(', '),
    column(property) {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no property ${property}`);
      return column.databaseName;
    },
    decode(row) {
      for (const [property, decode] of decoders) row[property] = decode(row[property]);
      return row as T;
    },
  };
  selects.set(key, select as RowSelect<unknown>);
  return select;
}

/**
 * The properties of `entity` that GraphQL `fields` of its object type need: a field named after a
 * property needs it, `derived` names what the others need (a field resolved from other columns,
 * or none). Undefined (every column) when a field is neither, so that a new field never reads a
 * column that was left out. Remembered per set of fields (see selectedNodeFields).
 */
export function propertiesForFields<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  fields: ReadonlySet<string>,
  derived: Record<string, readonly string[]>,
): readonly string[] | undefined {
  const byEntity = neededByFields.get(fields) ?? new Map<unknown, readonly string[] | undefined>();
  neededByFields.set(fields, byEntity);
  if (byEntity.has(entity)) return byEntity.get(entity);
  const properties = new Set(db.getMetadata(entity).columns.map((c) => c.propertyName));
  const needed = new Set<string>();
  let all = false;
  for (const field of fields) {
    const known = derived[field] ?? (properties.has(field) ? [field] : undefined);
    if (!known) all = true;
    for (const property of known ?? []) needed.add(property);
  }
  const result = all ? undefined : [...needed];
  byEntity.set(entity, result);
  return result;
}

const neededByFields = new WeakMap<ReadonlySet<string>, Map<unknown, readonly string[] | undefined>>();
