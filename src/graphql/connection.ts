import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { ClassType, Extensions, Field, Int, ObjectType } from 'type-graphql';
import { AGGREGATE_COST } from './limits';

@ObjectType({ description: 'Where a page of a list sits (Relay).' })
export class PageInfo {
  @Field({ description: 'More items follow the last one of this page.' })
  hasNextPage: boolean;
  @Field({ description: 'More items precede the first one of this page.' })
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'Cursor of the last item of this page.' })
  endCursor: string | null;
}

/** A page as the data layer returns it; the GraphQL connection types read it directly. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counts every item matching the list's filter, ignoring pagination; run only when asked for. */
  count(): Promise<number>;
}

/**
 * Builds `<Name>Edge` and `<Name>Connection` for a node type, newest first; `counted` adds
 * `totalCount`, resolved lazily from Page.count so that it costs nothing unless asked for, and
 * weighed as an aggregate by the query cost limit.
 */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>, what: string, { counted = false } = {}) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'Pass as `after` or `before` to page from this item.' })
    cursor: string;
    @Field(() => nodeType, { description: `The ${what}.` })
    node: T;
  }

  // Never referenced by a field, so type-graphql leaves it out of the schema; the connection below inherits its fields.
  @ObjectType(`${name}ConnectionBase`, { description: `Fields shared by ${what} connections.` })
  abstract class ConnectionBase {
    @Field(() => [Edge], { description: `The ${what}s of this page.` })
    edges: Edge[];
    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo: PageInfo;
  }

  if (!counted) {
    @ObjectType(`${name}Connection`, { description: `A page of ${what}s, newest first.` })
    class Connection extends ConnectionBase {}
    return Connection;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s, newest first, with the size of the whole list.` })
  class CountedConnection extends ConnectionBase {
    @Field(() => Int, { description: `How many ${what}s match, across all pages.` })
    @Extensions({ cost: AGGREGATE_COST })
    totalCount(this: Page<T>): Promise<number> {
      return this.count();
    }
  }
  return CountedConnection;
}

/**
 * The fields an operation selects on the nodes of the connection being resolved
 * (`edges { node { … } }`), through fragments, so that a page reads only the columns they need.
 * @include/@skip are not judged: a conditional field counts as selected. Worked out once per
 * field of the operation, however many parents resolve it (the events of 50 payments).
 */
export function selectedNodeFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ReadonlySet<string> {
  const known = selectedByFieldNodes.get(info.fieldNodes);
  if (known) return known;
  const names = new Set<string>();
  forEachNodeField(info, (field) => names.add(field.name.value));
  selectedByFieldNodes.set(info.fieldNodes, names);
  return names;
}

/** Calls `visit` with each field selected on the nodes of the connection being resolved (`edges { node { … } }`), through fragments. */
function forEachNodeField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, visit: (field: FieldNode) => void): void {
  const walk = (set: SelectionSetNode | undefined, path: readonly string[]): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!path.length) visit(selection);
        else if (selection.name.value === path[0]) walk(selection.selectionSet, path.slice(1));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, path);
      else walk(info.fragments[selection.name.value]?.selectionSet, path);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, ['edges', 'node']);
}

const selectedByFieldNodes = new WeakMap<readonly FieldNode[], ReadonlySet<string>>();

/**
 * The selection of field `name` on the nodes of the connection being resolved (`edges { node {
 * name } }`), as the field nodes it resolves with; undefined when there is none, or several
 * (aliases, which may ask for different pages), or it is conditional (@include/@skip). Worked out
 * once per field of the operation.
 */
export function nodeFieldSelection(info: GraphQLResolveInfo, name: string): readonly FieldNode[] | undefined {
  let byName = nodeFieldsByFieldNodes.get(info.fieldNodes);
  if (!byName) nodeFieldsByFieldNodes.set(info.fieldNodes, (byName = new Map()));
  if (byName.has(name)) return byName.get(name) ?? undefined;
  const found: FieldNode[] = [];
  forEachNodeField(info, (field) => field.name.value === name && found.push(field));
  const single = found.length === 1 && !found[0].directives?.length ? found : null;
  byName.set(name, single);
  return single ?? undefined;
}

const nodeFieldsByFieldNodes = new WeakMap<readonly FieldNode[], Map<string, FieldNode[] | null>>();
