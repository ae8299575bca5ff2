import { DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import { DEFAULT_PAGE_SIZE } from './page-args';

export const MAX_DEPTH = 12;
export const MAX_COST = 20_000;

/**
 * One request cannot ask for unbounded work: selections nest at most MAX_DEPTH deep, and the
 * estimated number of objects returned (each list field multiplies what is under it by its
 * `first`/`last`, default DEFAULT_PAGE_SIZE) stays under MAX_COST.
 */
export function checkQueryLimits(document: DocumentNode, variables: Record<string, unknown> = {}): GraphQLError | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  const pageSize = (field: FieldNode): number => {
    const arg = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
    if (!arg) return field.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'edges') ? DEFAULT_PAGE_SIZE : 1;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) return Number(variables[arg.value.name.value] ?? DEFAULT_PAGE_SIZE);
    return DEFAULT_PAGE_SIZE;
  };

  const walk = (set: SelectionSetNode, depth: number, multiplier: number, seen: Set<string>): { depth: number; cost: number } => {
    let deepest = depth;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet) continue;
        const inner = multiplier * pageSize(selection);
        const sub = walk(selection.selectionSet, depth + 1, inner, seen);
        deepest = Math.max(deepest, sub.depth);
        cost += inner + sub.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const sub = walk(selection.selectionSet, depth, multiplier, seen);
        deepest = Math.max(deepest, sub.depth);
        cost += sub.cost;
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue; // cycles are reported by graphql's own rule
        const sub = walk(fragment.selectionSet, depth, multiplier, new Set([...seen, fragment.name.value]));
        deepest = Math.max(deepest, sub.depth);
        cost += sub.cost;
      }
    }
    return { depth: deepest, cost };
  };

  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const { depth, cost } = walk(operation.selectionSet, 0, 1, new Set());
    if (depth > MAX_DEPTH) return new GraphQLError(`The query nests ${depth} levels deep; the limit is ${MAX_DEPTH}`, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
    if (cost > MAX_COST) return new GraphQLError(`The query could return about ${cost} objects; the limit is ${MAX_COST}`, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
  }
  return undefined;
}
