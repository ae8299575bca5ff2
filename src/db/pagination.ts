import { EntityTarget, ObjectLiteral, SelectQueryBuilder, DataSource, In } from 'typeorm';
import { badUserInput } from '../graphql/errors';
import { DEFAULT_PAGE_SIZE } from '../graphql/page-args';
import type { Page } from '../graphql/connection';
import { IdKind, isIdOf } from '../ids';

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
  where?: (qb: SelectQueryBuilder<T>) => void;
}

const ALIAS = 't';

function base<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, parentIds: string[] | null): SelectQueryBuilder<T> {
  const qb = db.getRepository(spec.entity).createQueryBuilder(ALIAS);
  qb.where('1 = 1');
  if (spec.parentColumn && parentIds) qb.andWhere(`${ALIAS}.${spec.parentColumn} IN (:...parentIds)`, { parentIds });
  spec.where?.(qb);
  return qb;
}

function beyond(window: Window): { op: string; order: 'ASC' | 'DESC' } {
  return window.direction === 'forward' ? { op: '<', order: 'DESC' } : { op: '>', order: 'ASC' };
}

/**
 * Pages of a list for many parents at once (or of a root list with parentIds = null), in a fixed
 * number of queries however many parents: ids by window function, then the rows by id, then
 * (only with a cursor) which parents have items on the other side of it.
 */
export async function loadPages<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  spec: ListSpec<T>,
  request: PageRequest,
  parentIds: string[] | null,
): Promise<Page<T>[]> {
  const window = pageWindow(request, spec.kind);
  const keys = parentIds ?? [ROOT];
  const { op, order } = beyond(window);

  const idsByParent = new Map<string, string[]>(keys.map((k) => [k, []]));
  if (window.limit > 0) {
    const inner = base(db, spec, parentIds);
    if (window.cursor) inner.andWhere(`${ALIAS}.id ${op} :cursor`, { cursor: window.cursor });
    const partition = spec.parentColumn && parentIds ? `PARTITION BY ${ALIAS}.${spec.parentColumn} ` : '';
    const parentSelect = spec.parentColumn && parentIds ? `${ALIAS}.${spec.parentColumn}` : `'${ROOT}'`;
    inner.select(`${ALIAS}.id`, 'id').addSelect(parentSelect, 'parent').addSelect(`ROW_NUMBER() OVER (${partition}ORDER BY ${ALIAS}.id ${order})`, 'rn');
    if (!partition) inner.orderBy(`${ALIAS}.id`, order).limit(window.limit + 1);
    const [sql, params] = inner.getQueryAndParameters();
    const ranked: { id: string; parent: string; rn: string | number }[] = await db.query(
      `SELECT id, parent, rn FROM (${sql}) ranked WHERE rn <= ? ORDER BY parent, rn`,
      [...params, window.limit + 1],
    );
    for (const row of ranked) idsByParent.get(row.parent)?.push(row.id);
  }

  const allIds = [...idsByParent.values()].flat();
  const rows = allIds.length ? await db.getRepository(spec.entity).findBy({ id: In(allIds) } as never) : [];
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const otherSide = window.cursor ? await parentsWithItemsBeyondCursor(db, spec, window, parentIds) : new Set<string>();
  let counts: Promise<Map<string, number>> | undefined; // one grouped count serves every parent

  return keys.map((key) => {
    const ids = idsByParent.get(key) ?? [];
    const more = ids.length > window.limit;
    const pageIds = ids.slice(0, window.limit);
    if (window.direction === 'backward') pageIds.reverse();
    const edges = pageIds.map((id) => ({ cursor: id, node: rowById.get(id) as T }));
    const hasNext = window.direction === 'forward' ? more : otherSide.has(key);
    const hasPrevious = window.direction === 'forward' ? otherSide.has(key) : more;
    return {
      edges,
      pageInfo: { hasNextPage: hasNext, hasPreviousPage: hasPrevious, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
      count: () => (counts ??= countItems(db, spec, parentIds)).then((byParent) => byParent.get(key) ?? 0),
    };
  });
}

const ROOT = '__root__';

async function parentsWithItemsBeyondCursor<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, window: Window, parentIds: string[] | null): Promise<Set<string>> {
  const qb = base(db, spec, parentIds);
  // The cursor item itself counts: it lies on the other side of the page.
  qb.andWhere(`${ALIAS}.id ${window.direction === 'forward' ? '>=' : '<='} :cursor`, { cursor: window.cursor });
  const groups = await groupCounts(qb, spec, parentIds);
  return new Set([...groups.entries()].filter(([, n]) => n > 0).map(([k]) => k));
}

function countItems<T extends ObjectLiteral>(db: DataSource, spec: ListSpec<T>, parentIds: string[] | null): Promise<Map<string, number>> {
  return groupCounts(base(db, spec, parentIds), spec, parentIds);
}

async function groupCounts<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, spec: ListSpec<T>, parentIds: string[] | null): Promise<Map<string, number>> {
  if (!(spec.parentColumn && parentIds)) {
    const row = await qb.select('COUNT(*)', 'n').getRawOne<{ n: string }>();
    return new Map([[ROOT, Number(row?.n ?? 0)]]);
  }
  const rows = await qb.select(`${ALIAS}.${spec.parentColumn}`, 'parent').addSelect('COUNT(*)', 'n').groupBy(`${ALIAS}.${spec.parentColumn}`).getRawMany<{ parent: string; n: string }>();
  return new Map(rows.map((r) => [r.parent, Number(r.n)]));
}
