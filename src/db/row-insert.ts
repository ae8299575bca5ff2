import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

type Encoder = (value: unknown) => unknown;

function encoderOf(column: ColumnMetadata): Encoder {
  const transformer = column.transformer;
  if (transformer && !Array.isArray(transformer)) return (v) => (v == null ? null : transformer.to(v));
  if (column.type === 'json') return (v) => (v == null ? null : JSON.stringify(v));
  return (v) => v ?? null;
}

interface Prepared {
  table: string;
  columns: { property: string; column: string; encode: Encoder }[];
  statements: Map<string, string>;
}

const prepared = new WeakMap<DataSource, Map<unknown, Prepared>>();

function prepare(db: DataSource, entity: EntityTarget<ObjectLiteral>): Prepared {
  const byEntity = prepared.get(db) ?? new Map<unknown, Prepared>();
  prepared.set(db, byEntity);
  let entry = byEntity.get(entity);
  if (!entry) {
    const metadata = db.getMetadata(entity);
    entry = { table: metadata.tableName, columns: metadata.columns.map((c) => ({ property: c.propertyName, column: c.databaseName, encode: encoderOf(c) })), statements: new Map() };
    byEntity.set(entity, entry);
  }
  return entry;
}

/**
 * Inserts one row of `entity` with a plain parameterized INSERT, its SQL built once per set of
 * columns: the ledger's hot writes (a payment, its events, a money movement) skip TypeORM's query
 * builder, which cost more CPU than the rest of the write. Properties left undefined take the
 * column's default; values are encoded as TypeORM would (transformers, JSON).
 */
export async function insertRow<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: Partial<T>): Promise<void> {
  const { table, columns, statements } = prepare(manager.connection, entity as EntityTarget<ObjectLiteral>);
  const present = columns.filter((c) => row[c.property] !== undefined);
  const key = present.map((c) => c.property).join(',');
  let sql = statements.get(key);
  if (!sql) {
    sql = `INSERT INTO \`${table}\` (${present.map((c) => `\`${c.column}\``).join(', ')}) VALUES (${present.map(() => '?').join(', ')})`;
    statements.set(key, sql);
  }
  await manager.query(sql, present.map((c) => c.encode(row[c.property])));
}
