import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Metrics } from '../metrics';

/** A document's compiled operations, by operation name ('' for the document's only one); null when graphql-jit refused it. */
type Compiled = Map<string, CompiledQuery | null>;

/**
 * Enum values and the built-in scalars (Int, Float, String, Boolean, ID) are written as the
 * resolvers return them, without graphql-js's serializers: those allocate a path and a location
 * for every leaf of every object. Resolvers return these already in their GraphQL form (rows are
 * decoded by row-select.ts, and every enum's values are their names: test/compiled-execution.test.ts).
 * DateTime and Date keep their serializers.
 */
const COMPILER_OPTIONS = { disableLeafSerialization: true };

/**
 * Executes queries that run again and again as compiled functions (graphql-jit): the field plan,
 * argument values and leaf serializers of a document are worked out once, where graphql-js works
 * them out for every field of every request (on a page of 50 payments with their seller and
 * events, most of the CPU of a read). A document runs in graphql-js for its first
 * `compileAfter` executions (COMPILE_QUERIES_AFTER, 1 by default), then compiled, so documents
 * sent once never cost a compilation. Mutations and anything graphql-jit refuses to compile run
 * in graphql-js: they wait on the providers, not on the CPU.
 *
 * Apollo Server takes a custom executor only through its gateway interface, so this is one:
 * it serves our own schema, once, and never updates it.
 */
export function compiledExecution(schema: GraphQLSchema, compileAfter: number, metrics: Metrics): GatewayInterface {
  // Keyed by Apollo's parsed document, which its document store keeps per query text: a document
  // it evicts takes its compilation with it. A number counts the executions before compiling.
  const seen = new WeakMap<DocumentNode, Compiled | number>();
  let listener: ((context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;

  /** The compiled operation, or null when graphql-jit cannot compile it (it then runs in graphql-js, every time). */
  const compile = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    try {
      const result = compileQuery(schema, document, operationName ?? undefined, COMPILER_OPTIONS);
      return isCompiledQuery(result) ? result : null;
    } catch {
      return null; // not an error of the request: graphql-js executes it as it always could
    }
  };

  const compiled = (document: DocumentNode, operationName: string | null): CompiledQuery | undefined => {
    const known = seen.get(document) ?? 0;
    if (typeof known === 'number' && known < compileAfter) {
      seen.set(document, known + 1);
      return undefined;
    }
    const byName: Compiled = typeof known === 'number' ? new Map() : known;
    if (typeof known === 'number') seen.set(document, byName);
    const name = operationName ?? '';
    if (!byName.has(name)) byName.set(name, compile(document, operationName));
    return byName.get(name) ?? undefined;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const query = operation.operation === 'query' ? compiled(document, operationName) : undefined;
    metrics.graphqlExecutions.inc({ executor: query ? 'compiled' : 'graphql-js' });
    if (query) return (await query.query(undefined, context, request.variables)) as ExecutionResult;
    return execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => (listener = undefined);
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {},
  };
}
