import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  Lexer,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  Source,
  TokenKind,
  TypeMetaFieldDef,
} from 'graphql';
import { badUserInput, queryTooComplex } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-args';

/** The documented limits of one operation (README, "Limits"). */
export const QUERY_LIMITS = {
  /** Estimated objects one operation may return (see measureOperation). */
  maxCost: 20_000,
  /** Nesting of object fields, outside introspection. */
  maxDepth: 12,
  /** Nesting of object fields under __schema / __type; their lists are bounded by graphql-js's MaxIntrospectionDepthRule. */
  maxIntrospectionDepth: 20,
  maxAliases: 50,
  maxDirectives: 50,
  /** Lexical tokens of the document, counted before it is parsed. */
  maxTokens: 10_000,
  /** Field selections once fragments are expanded: bounds the work of measuring itself. */
  maxSelections: 50_000,
};

/** An HTTP request body or a WebSocket message, at most (RUNTIME.md: 1 MiB). */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/** What an aggregate such as totalCount (one COUNT over the list's rows) weighs against maxCost. */
export const AGGREGATE_COST = 100;

export interface OperationCost {
  /** Estimated objects returned, aggregates weighted. */
  cost: number;
  depth: number;
}

/** QUERY_TOO_COMPLEX for a document of more than maxTokens tokens, found before any parsing or validation work. */
export function tooManyTokens(query: string): GraphQLError | undefined {
  const lexer = new Lexer(new Source(query));
  try {
    for (let count = 1; lexer.advance().kind !== TokenKind.EOF; count++) {
      if (count > QUERY_LIMITS.maxTokens) return queryTooComplex(`The document has more than ${QUERY_LIMITS.maxTokens} tokens`);
    }
  } catch {
    return undefined; // a syntax error, which the parser reports
  }
  return undefined;
}

const INTROSPECTION_ROOTS = new Set([SchemaMetaFieldDef.name, TypeMetaFieldDef.name]);

function fieldDefinition(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The page size a paginated field will really use, or undefined when it takes no first/last. */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | undefined {
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return undefined;
  const args = getArgumentValues(field, node, variables);
  let size: number | undefined;
  for (const name of ['first', 'last']) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
      throw badUserInput(`${node.name.value}: ${name} must be between 0 and ${MAX_PAGE_SIZE}`, [[name]]);
    }
    size = Math.max(size ?? 0, value);
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

/**
 * The cost of an operation before any of it runs, with the variables as execution will see them
 * (defaults included). Every object counts once per time it may be returned: a list holds as many
 * as the `first`/`last` of the field that pages it (20 when neither is given; an unpaged list
 * counts 20 too), each alias separately; leaves are free except aggregates, which weigh what
 * their `cost` extension says (AGGREGATE_COST for totalCount). Introspection is free but has its
 * own depth limit. Throws what makes measuring pointless: BAD_USER_INPUT for a page size out of
 * range, QUERY_TOO_COMPLEX past maxSelections or maxIntrospectionDepth; see overLimits for the rest.
 */
export function measureOperation(schema: GraphQLSchema, fragments: Map<string, FragmentDefinitionNode>, operation: OperationDefinitionNode, variables: Record<string, unknown>): OperationCost {
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, depth: 0 };
  let cost = 0;
  let depth = 0;
  let selections = 0;

  /** `multiplier` objects of `parent` each select `set`; `pendingPage` is the page size of the field that pages the lists directly below. */
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, level: number, multiplier: number, pendingPage: number | undefined, introspection: boolean, spread: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) walk(selection.selectionSet, type, level, multiplier, pendingPage, introspection, spread);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        // Cycles are refused by graphql-js's own validation; this only keeps the walk finite.
        if (fragment && isCompositeType(type) && !spread.has(fragment.name.value)) walk(fragment.selectionSet, type, level, multiplier, pendingPage, introspection, new Set([...spread, fragment.name.value]));
        continue;
      }
      if (++selections > QUERY_LIMITS.maxSelections) throw queryTooComplex(`The query selects more than ${QUERY_LIMITS.maxSelections} fields once its fragments are expanded`);
      const field = fieldDefinition(parent, selection.name.value);
      if (!field) continue; // __typename, or a field validation has already refused
      const inIntrospection = introspection || (level === 0 && INTROSPECTION_ROOTS.has(field.name));
      const named = getNamedType(field.type);
      if (!isCompositeType(named) || !selection.selectionSet) {
        if (!inIntrospection) cost += multiplier * Number(field.extensions.cost ?? 0);
        continue;
      }
      const ownPage = pageSize(field, selection, variables);
      const count = multiplier * (isListType(getNullableType(field.type)) ? (ownPage ?? pendingPage ?? DEFAULT_PAGE_SIZE) : 1);
      if (inIntrospection) {
        if (level + 1 > QUERY_LIMITS.maxIntrospectionDepth) throw queryTooComplex(`The introspection query nests more than ${QUERY_LIMITS.maxIntrospectionDepth} levels deep`);
      } else {
        cost += count;
        depth = Math.max(depth, level + 1);
      }
      walk(selection.selectionSet, named, level + 1, count, ownPage, inIntrospection, spread);
    }
  };

  walk(operation.selectionSet, root, 0, 1, undefined, false, new Set());
  return { cost, depth };
}

/** The refusal of a measured operation that is over the depth or cost limit. */
export function overLimits({ cost, depth }: OperationCost): GraphQLError | undefined {
  if (depth > QUERY_LIMITS.maxDepth) return queryTooComplex(`The query nests ${depth} levels deep; the limit is ${QUERY_LIMITS.maxDepth}`);
  if (cost > QUERY_LIMITS.maxCost) return queryTooComplex(`The query could cost ${cost} (objects it may return, aggregates weighted); the limit is ${QUERY_LIMITS.maxCost}`);
  return undefined;
}
