import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { badUserInput } from '../graphql/errors';
import { DEFAULT_PAGE_SIZE } from '../graphql/page-args';
import type { Page } from '../graphql/connection';
import { IdKind, isIdOf } from '../ids';
import { readRows } from './read-rows';
import { rowSelect, RowSelect } from './row-select';

/**
 * Keyset pagination over `<prefix>_<ULID>` ids, newest first. A cursor is the item's id, so
 * paging is an index range scan and cursors stay valid while items are added.
 */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

interface Window {
  /** 'forward' reads ids descending from the start or below `after`; 'backward' ascending above `before`. */
  direction: 'forward' | 'backward';
  limit: number;
  cursor?: string;
}

export function pageWindow(request: PageRequest, kind: IdKind): Window {
  const { first, after, last, before } = request;
  if (first != null && last != null) throw badUserInput('Give either first or last, not both', [['first'], ['last']]);
  for (const [name, cursor] of [['after', after], ['before', before]] as const) {
    if (cursor != null && !isIdOf(kind, cursor)) throw badUserInput(`${name} is not a cursor of this list`, [[name]]);
  }
  if (last != null || (before != null && first == null)) {
    if (after != null) throw badUserInput('after goes with first, not with last', [['after']]);
    return { direction: 'backward', limit: last ?? DEFAULT_PAGE_SIZE, cursor: before ?? undefined };
  }
  if (before != null) throw badUserInput('before goes with last, not with first', [['before']]);
  return { direction: 'forward', limit: first ?? DEFAULT_PAGE_SIZE, cursor: after ?? undefined };
}

/** What a list is: its rows, the column naming the parent (for nested lists), and its filter. */
export interface ListSpec<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  kind: IdKind;
  /** Database column of the parent id for nested lists (e.g. 'seller_id'). */
  parentColumn?: string;
  /** Adds the list's filter and scope to a query on alias `t`. */
  where?: (where: Conditions) => void;
  /**
   * A column the filter allows several values of (`state IN (…)`). `IN` with `ORDER BY id` cannot
   * walk an index in id order, so each value is read as its own seek of (…, column, id) and the
   * pages are merged: O(page × values) rows, never the whole filtered set.
   */
  seekEach?: { column: string; values: readonly unknown[] };
  /**
   * The index every statement of a one-parent or root list reads (FORCE INDEX). Judging by its
   * estimates, the optimizer may prefer the primary key (reading rows until enough match the
   * scope) or a `ref` on the scope alone (reading from the oldest item up to the cursor): both
   * read far more than a page as the table grows. The list knows which index it was made for.
   */
  index?: string;
  /**
   * Each parent has only a few items (a payment's events): the pages of many parents are then read
   * by one partitioned ROW_NUMBER() over all their items, cheaper than a seek per parent.
   */
  fewPerParent?: boolean;
  /** Properties a page never reads (an event's provider payload, internal keys). */
  omit?: readonly string[];
  /** Properties a page reads whatever the operation asks for (the seller of a payment, for visibility). */
  alwaysRead?: readonly string[];
  /** Counts without reading the rows (one number per parent, or one for a root list); COUNT(*) otherwise. */
  count?: (db: DataSource, parentIds: string[] | null) => Promise<number[]>;
}

/** Options of one read: `only` narrows the columns to what the operation asked for (id and parent always come). */
export interface PageReadOptions {
  only?: readonly string[];
}

/** A list's conditions on alias `t`, with named parameters as TypeORM names them: `:name`, or `:...names` for a list. */
export interface Conditions {
  andWhere(condition: string, params?: Record<string, unknown>): Conditions;
}

/**
 * The FROM and WHERE of a list's statements, written directly: TypeORM's query builder cost about
 * a tenth of a page's CPU (alias metadata, a regular expression per entity property per
 * condition) to write a few lines of SQL whose shape is fixed here.
 */
class ListQuery implements Conditions {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  constructor(private readonly table: string) {}

  andWhere(condition: string, params: Record<string, unknown> = {}): this {
    const sql = condition.replace(/:(\.\.\.)?(\w+)/g, (_match, spread: string | undefined, name: string) => {
      if (!(name in params)) throw new Error(`no value for :${name} in "${condition}"`);
      const value = params[name];
      if (!spread) {
        this.params.push(value);
        return '?';
      }
      const values = value as unknown[];
      this.params.push(...values);
      return values.map(() => '?').join(', ');
    });
    this.clauses.push(`(${sql})`);
    return this;
  }

  /** `FROM … WHERE …`, reading `index` when given. */
  from(index?: string): string {
    return `FROM \`${this.table}\` \`t\`${index ? ` FORCE INDEX (\`${index}\`)` : ''}${this.clauses.length ? ` WHERE ${this.clauses.join(' AND ')}` : ''}`;
  }
}

const tableNames = new WeakMap<DataSource, Map<unknown, string>>();

function tableOf<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>): string {
  let byEntity = tableNames.get(db);
  if (!byEntity) tableNames.set(db, (byEntity = new Map()));
  let table = byEntity.get(entity);
  if (!table) byEntity.set(entity, (table = db.getMetadata(entity).tableName));
  return table;
}

function conditions<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, parentIds: string[] | null): ListQuery {
  const query = new ListQuery(tableOf(db, spec.entity));
  if (spec.parentColumn && parentIds) {
    if (parentIds.length === 1) query.andWhere(`t.${spec.parentColumn} = :parentId`, { parentId: parentIds[0] });
    else query.andWhere(`t.${spec.parentColumn} IN (:...parentIds)`, { parentIds });
  }
  spec.where?.(query);
  return query;
}

function beyond(window: Window): { op: string; order: 'ASC' | 'DESC' } {
  return window.direction === 'forward' ? { op: '<', order: 'DESC' } : { op: '>', order: 'ASC' };
}

/**
 * Pages of a list for one parent or none (a root list), or for many parents at once, in a fixed
 * number of statements however many parents: the page's rows (its columns selected directly,
 * n+1 of them to know whether more follow), and only with a cursor whether items lie on its other
 * side (an EXISTS-style LIMIT 1, never a count of them).
 *
 * Each parent's page is a keyset seek, `WHERE … AND id < :after ORDER BY id DESC LIMIT n+1`, which
 * reads about n+1 index entries at any table size (see seekRows); lists with few items per parent
 * (the events of 50 payments) read all of those parents' items with one partitioned ROW_NUMBER().
 */
export async function loadPages<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  spec: ListSpec<T>,
  request: PageRequest,
  parentIds: string[] | null,
  options: PageReadOptions = {},
): Promise<Page<T>[]> {
  const window = pageWindow(request, spec.kind);
  const keys = parentIds ?? [ROOT];
  const select = selectFor(db, spec, options);
  const parentProperty = spec.parentColumn && parentIds ? propertyOfColumn(db, spec, spec.parentColumn) : undefined;

  const rowsByParent = new Map<string, T[]>(keys.map((k) => [k, []]));
  if (window.limit > 0) {
    const rows = parentIds && parentIds.length > 1 && spec.fewPerParent ? await rankedRows(db, spec, select, window, parentIds) : await seekRows(db, spec, select, window, parentIds);
    for (const row of rows) rowsByParent.get(parentProperty ? row[parentProperty] : ROOT)?.push(row);
  }
  const otherSide = window.cursor ? await parentsBeyondCursor(db, spec, window, parentIds) : new Set<string>();
  let counts: Promise<number[]> | undefined; // one count serves every parent

  return keys.map((key, index) => {
    const rows = rowsByParent.get(key) ?? [];
    const more = rows.length > window.limit;
    const pageRows = rows.slice(0, window.limit);
    if (window.direction === 'backward') pageRows.reverse();
    const edges = pageRows.map((node) => ({ cursor: node.id, node }));
    const hasNext = window.direction === 'forward' ? more : otherSide.has(key);
    const hasPrevious = window.direction === 'forward' ? otherSide.has(key) : more;
    return {
      edges,
      pageInfo: { hasNextPage: hasNext, hasPreviousPage: hasPrevious, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
      count: () => (counts ??= spec.count ? spec.count(db, parentIds) : countItems(db, spec, parentIds)).then((perKey) => perKey[index] ?? 0),
    };
  });
}

const ROOT = '__root__';

function selectFor<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, { only }: PageReadOptions): RowSelect<T> {
  const always = ['id', ...(spec.parentColumn ? [propertyOfColumn(db, spec, spec.parentColumn)] : []), ...(spec.alwaysRead ?? [])];
  return rowSelect(db, spec.entity, { omit: spec.omit, only: only && [...new Set([...always, ...only])] });
}

function propertyOfColumn<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, column: string): string {
  const found = db.getMetadata(spec.entity).findColumnWithDatabaseName(column);
  if (!found) throw new Error(`${String(spec.entity)} has no column ${column}`);
  return found.propertyName;
}

/**
 * Pages by seeking the index, in one statement: a root list or one parent's is one seek (one per
 * value of spec.seekEach, merged); many parents' are one seek each, `(… WHERE parent = ? … LIMIT
 * n+1) UNION ALL (…)`, so a page of 100 sellers with 5 payments each reads about 600 entries
 * however many payments those sellers have.
 */
async function seekRows<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, select: RowSelect<T>, window: Window, parentIds: string[] | null): Promise<T[]> {
  const { op, order } = beyond(window);
  const seek = spec.seekEach && spec.seekEach.values.length > 1 ? spec.seekEach : undefined;
  const branch = (parents: string[] | null, value?: unknown): [string, unknown[]] => {
    const query = conditions(db, spec, parents);
    if (seek && value !== undefined) query.andWhere(`t.${seek.column} = :seekValue`, { seekValue: value });
    if (window.cursor) query.andWhere(`t.id ${op} :cursor`, { cursor: window.cursor });
    // Several values left in an IN cannot seek one index in id order: the optimizer then chooses.
    const index = seek && value === undefined ? undefined : spec.index;
    return [`SELECT ${select.sql} ${query.from(index)} ORDER BY \`t\`.\`id\` ${order} LIMIT ${window.limit + 1}`, query.params];
  };
  const union = (branches: [string, unknown[]][], tail: string, tailParams: unknown[] = []): [string, unknown[]] => [
    `${branches.map(([sql]) => `(${sql})`).join(' UNION ALL ')} ${tail}`,
    [...branches.flatMap(([, params]) => params), ...tailParams],
  ];
  const [sql, params] =
    parentIds && parentIds.length > 1
      ? union(parentIds.map((parentId) => branch([parentId])), `ORDER BY id ${order}`)
      : seek
        ? union(seek.values.map((value) => branch(parentIds, value)), `ORDER BY id ${order} LIMIT ?`, [window.limit + 1])
        : branch(parentIds);
  const rows: Record<string, unknown>[] = await readRows(db, sql, params);
  return rows.map((row) => select.decode(row));
}

/** The pages of many parents in one statement: each parent's first n+1 items by a partitioned ROW_NUMBER(). */
async function rankedRows<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, select: RowSelect<T>, window: Window, parentIds: string[]): Promise<T[]> {
  const { op, order } = beyond(window);
  const query = conditions(db, spec, parentIds);
  if (window.cursor) query.andWhere(`t.id ${op} :cursor`, { cursor: window.cursor });
  const ranked = `SELECT ${select.sql}, ROW_NUMBER() OVER (PARTITION BY \`t\`.\`${spec.parentColumn}\` ORDER BY \`t\`.\`id\` ${order}) AS \`rn_\` ${query.from()}`;
  const rows: Record<string, unknown>[] = await readRows(db, `SELECT ${select.properties} FROM (${ranked}) ranked WHERE rn_ <= ? ORDER BY rn_`, [...query.params, window.limit + 1]);
  return rows.map((row) => select.decode(row));
}

/** Which parents (or whether the root list) have items on the cursor's other side; the cursor item itself counts. */
async function parentsBeyondCursor<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, window: Window, parentIds: string[] | null): Promise<Set<string>> {
  const query = conditions(db, spec, parentIds).andWhere(`t.id ${window.direction === 'forward' ? '>=' : '<='} :cursor`, { cursor: window.cursor });
  if (!(spec.parentColumn && parentIds && parentIds.length > 1)) {
    const found: unknown[] = await readRows(db, `SELECT 1 AS found ${query.from(spec.index)} LIMIT 1`, query.params);
    return found.length ? new Set(parentIds ?? [ROOT]) : new Set();
  }
  const rows: { parent: string }[] = await readRows(db, `SELECT DISTINCT t.${spec.parentColumn} AS parent ${query.from()}`, query.params);
  return new Set(rows.map((r) => r.parent));
}

async function countItems<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, parentIds: string[] | null): Promise<number[]> {
  const query = conditions(db, spec, parentIds);
  if (!(spec.parentColumn && parentIds && parentIds.length > 1)) {
    const [row] = await readRows(db, `SELECT COUNT(*) AS n ${query.from(spec.index)}`, query.params);
    return [Number(row?.n ?? 0)];
  }
  const rows: { parent: string; n: string }[] = await readRows(db, `SELECT t.${spec.parentColumn} AS parent, COUNT(*) AS n ${query.from()} GROUP BY t.${spec.parentColumn}`, query.params);
  const byParent = new Map(rows.map((r) => [r.parent, Number(r.n)]));
  return parentIds.map((id) => byParent.get(id) ?? 0);
}
