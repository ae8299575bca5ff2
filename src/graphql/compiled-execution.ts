import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** A document's compiled operations, by operation name ('' for the document's only one). */
type Compiled = Map<string, CompiledQuery>;

/**
 * Executes queries that run again and again as compiled functions (graphql-jit): the field plan,
 * argument values and leaf serializers of a document are worked out once, where graphql-js works
 * them out for every field of every request (on a page of 50 payments with their seller and
 * events, most of the CPU of a read). The first execution of a document runs in graphql-js, the
 * second compiles it, so documents sent once never cost a compilation. Mutations and anything
 * graphql-jit refuses to compile run in graphql-js: they wait on the providers, not on the CPU.
 *
 * Apollo Server takes a custom executor only through its gateway interface, so this is one:
 * it serves our own schema, once, and never updates it.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // Keyed by Apollo's parsed document, which its document store keeps per query text: a document
  // it evicts takes its compilation with it.
  const seen = new WeakMap<DocumentNode, Compiled | 'once'>();
  let listener: ((context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) | undefined;

  const compiled = (document: DocumentNode, operationName: string | null): CompiledQuery | undefined => {
    const known = seen.get(document);
    if (known === undefined) {
      seen.set(document, 'once');
      return undefined;
    }
    const byName = known === 'once' ? new Map<string, CompiledQuery>() : known;
    if (known === 'once') seen.set(document, byName);
    const name = operationName ?? '';
    let query = byName.get(name);
    if (!query) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (!isCompiledQuery(result)) return undefined;
      query = result;
      byName.set(name, query);
    }
    return query;
  };

  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const query = operation.operation === 'query' ? compiled(document, operationName) : undefined;
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
