import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { queueWrite } from './write-batch';

type Encoder = (value: unknown) => unknown;

function encoderOf(column: ColumnMetadata): Encoder {
  const transformer = column.transformer;
  if (transformer && !Array.isArray(transformer)) return (v) => (v == null ? null : transformer.to(v));
  if (column.type === 'json') return (v) => (v == null ? null : JSON.stringify(v));
  return (v) => v ?? null;
}

interface Column {
  property: string;
  column: string;
  encode: Encoder;
}

interface Prepared {
  table: string;
  columns: Column[];
  byProperty: Map<string, Column>;
  statements: Map<string, string>;
}

const prepared = new WeakMap<DataSource, Map<unknown, Prepared>>();

function prepare(db: DataSource, entity: EntityTarget<ObjectLiteral>): Prepared {
  const byEntity = prepared.get(db) ?? new Map<unknown, Prepared>();
  prepared.set(db, byEntity);
  let entry = byEntity.get(entity);
  if (!entry) {
    const metadata = db.getMetadata(entity);
    const columns = metadata.columns.map((c) => ({ property: c.propertyName, column: c.databaseName, encode: encoderOf(c) }));
    entry = { table: metadata.tableName, columns, byProperty: new Map(columns.map((c) => [c.property, c])), statements: new Map() };
    byEntity.set(entity, entry);
  }
  return entry;
}

/**
 * Inserts one row of `entity` with a plain parameterized INSERT, its SQL built once per set of
 * columns: the ledger's hot writes (a payment, its events, a money movement) skip TypeORM's query
 * builder, which cost more CPU than the rest of the write. Properties left undefined take the
 * column's default; values are encoded as TypeORM would (transformers, JSON). Inside a
 * transaction that holds writes (write-batch.ts) the INSERT travels with the next statement, and
 * a failure of it (a duplicate key) surfaces there.
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
  await queueWrite(manager, sql, present.map((c) => c.encode(row[c.property])));
}

/** An UPDATE of the rows of `entity` whose properties equal `where`, its SQL built once per shape (as insertRow's). */
function updateStatement<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: Partial<T>, set: Partial<T>): { sql: string; params: unknown[] } {
  const { table, byProperty, statements } = prepare(manager.connection, entity as EntityTarget<ObjectLiteral>);
  const columnOf = (property: string) => {
    const column = byProperty.get(property);
    if (!column) throw new Error(`${table} has no property ${property}`);
    return column;
  };
  const setColumns = Object.keys(set).filter((property) => set[property] !== undefined).map(columnOf);
  const whereColumns = Object.keys(where).map(columnOf);
  if (whereColumns.some((c) => where[c.property] == null)) throw new Error(`updateRows on ${table}: a condition on null never matches`);
  const key = `update ${setColumns.map((c) => c.property).join(',')} where ${whereColumns.map((c) => c.property).join(',')}`;
  let sql = statements.get(key);
  if (!sql) {
    sql = `UPDATE \`${table}\` SET ${setColumns.map((c) => `\`${c.column}\` = ?`).join(', ')} WHERE ${whereColumns.map((c) => `\`${c.column}\` = ?`).join(' AND ')}`;
    statements.set(key, sql);
  }
  return { sql, params: [...setColumns.map((c) => c.encode(set[c.property])), ...whereColumns.map((c) => c.encode(where[c.property]))] };
}

/** Sets `set` on the rows of `entity` whose properties equal `where` (for the ledger's hot writes); how many rows matched. */
export async function updateRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: Partial<T>, set: Partial<T>): Promise<number> {
  const { sql, params } = updateStatement(manager, entity, where, set);
  const result: { affectedRows: number } = await manager.query(sql, params);
  return result.affectedRows;
}

/** updateRows when nobody reads how many rows matched: inside a transaction that holds writes, it travels with the next statement. */
export async function queueUpdate<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, where: Partial<T>, set: Partial<T>): Promise<void> {
  const { sql, params } = updateStatement(manager, entity, where, set);
  await queueWrite(manager, sql, params);
}
