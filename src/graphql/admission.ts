import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { DocumentNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, validate, ValidationContext } from 'graphql';
import { queryTooComplex } from './errors';
import { measureOperation, overLimits, QUERY_LIMITS } from './limits';
import { coerceVariables } from './variables';

/** graphql-armor's refusals, reported (not thrown) as QUERY_TOO_COMPLEX like our own limits. */
const reportTooComplex = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(queryTooComplex(error.message.replace(/^Syntax Error: /, '')));
const SHAPE_RULES = [
  maxAliasesRule({ n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [reportTooComplex] }),
  maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [reportTooComplex] }),
];

export interface Admission {
  /** The operation's estimated cost, once it could be measured (also when it is over the limit). */
  cost?: number;
  /** Why the operation may not run; empty when it may. */
  errors: readonly GraphQLError[];
}

/**
 * The one gate every operation passes after graphql-js's validation and before anything runs, on
 * HTTP and WebSocket alike: aliases and directives (graphql-armor), variables (coerced without
 * echoing values), then depth and cost measured with the page sizes execution will use.
 * An operation is admitted or refused whole.
 */
/** Aliases and directives are properties of the document alone: checked once per parsed document. */
const shapeErrorsByDocument = new WeakMap<DocumentNode, readonly GraphQLError[]>();
/** An operation without variables always measures the same: measured once per parsed operation. */
const admissionWithoutVariables = new WeakMap<OperationDefinitionNode, Admission>();

export function admitOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Admission {
  let shapeErrors = shapeErrorsByDocument.get(document);
  if (!shapeErrors) shapeErrorsByDocument.set(document, (shapeErrors = validate(schema, document, SHAPE_RULES)));
  if (shapeErrors.length) return { errors: shapeErrors };
  if (operation.variableDefinitions?.length) return measure(schema, document, operation, variables);
  let admission = admissionWithoutVariables.get(operation);
  if (!admission) admissionWithoutVariables.set(operation, (admission = measure(schema, document, operation, {})));
  return admission;
}

/** Variables (coerced without echoing values), then depth and cost with the page sizes execution will use. */
function measure(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): Admission {
  const coerced = coerceVariables(schema, operation, variables);
  if ('errors' in coerced) return { errors: coerced.errors };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  try {
    const measured = measureOperation(schema, fragments, operation, coerced.values);
    const refusal = overLimits(measured);
    return { cost: measured.cost, errors: refusal ? [refusal] : [] };
  } catch (err) {
    if (err instanceof GraphQLError) return { errors: [err] };
    throw err;
  }
}
