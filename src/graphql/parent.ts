import { createParameterDecorator } from 'type-graphql';

/**
 * The parent object of a field resolver, as it is. type-graphql's Root decorator converts the
 * parent into a new instance of the parameter's declared class whenever it is not one already, on
 * every field of every object: the loaders return plain rows selected column by column, so each
 * page paid for a copy of each row per resolved field. Rows are only read, so the copy bought nothing.
 */
export function Parent() {
  return createParameterDecorator(parentOf);
}

/** What @Parent() resolves to (direct-field-resolvers.ts recognizes it and passes the parent straight). */
export const parentOf = ({ root }: { root: unknown }) => root;
