import { GraphQLArgument, GraphQLSchema, getNamedType } from 'graphql';

type Describable = { description?: string | null };

const ROOT_TYPES: Readonly<Record<string, string>> = {
  Query:
    'What can be read. Every request carries an API key (`Authorization: Bearer sk_…`); a PLATFORM key sees every seller, a SELLER key its own seller only (others read as null).',
  Mutation:
    'What can be done. Each mutation takes one `input` and answers a payload: `userErrors` says why it was refused (empty on success). An `idempotencyKey` in the input makes a repeat return the first result.',
  SubscriptionRoot:
    'Live events over WebSocket on the same /graphql path (graphql-ws, subprotocol graphql-transport-ws); the key goes in `connection_init` as `{"authorization": "Bearer sk_…"}`.',
};

/**
 * The descriptions type-graphql cannot declare: the root types', and the root fields' two argument
 * conventions, written once here rather than at every resolver: a mutation's single `input` is
 * described by its input type, a lookup's `id` by the type it returns. A description declared at
 * the argument wins. Anything else left undescribed fails test/schema.test.ts.
 */
export function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    (root as Describable).description ??= ROOT_TYPES[root.name];
    for (const field of Object.values(root.getFields())) {
      const returned = getNamedType(field.type).name;
      for (const arg of field.args as readonly (GraphQLArgument & Describable)[]) {
        if (arg.description) continue;
        if (arg.name === 'input') arg.description = getNamedType(arg.type).description;
        else if (arg.name === 'id') arg.description = `The id of the ${returned} to read (its \`id\` field); the answer is null when there is none the key may see.`;
      }
    }
  }
  return schema;
}
