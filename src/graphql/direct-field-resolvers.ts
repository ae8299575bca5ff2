import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { parentOf } from './parent';

/** The parts of type-graphql's metadata of a resolver parameter read here. */
interface ParamMetadata {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
  options?: { arg?: unknown };
  resolver?: (data: { root: unknown; args: unknown; context: unknown; info: unknown }) => unknown;
}

type Getter = (root: unknown, args: Record<string, unknown>, context: Record<string, unknown>, info: unknown) => unknown;

/** A scalar or an enum arrives as graphql-js coerced it: type-graphql neither converts nor validates it. */
const isPlainValueType = (type: unknown) => typeof type !== 'function' || type === String || type === Number || type === Boolean;

/** How to read one parameter from the resolver's arguments; undefined when type-graphql must convert or validate it. */
function getterOf(param: ParamMetadata): Getter | undefined {
  switch (param.kind) {
    case 'context': {
      const property = param.propertyName;
      return property ? (_root, _args, context) => context[property] : (_root, _args, context) => context;
    }
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'arg': {
      const name = param.name!;
      return isPlainValueType(param.getType?.()) ? (_root, args) => args[name] : undefined;
    }
    case 'custom': {
      const resolver = param.resolver;
      if (resolver === parentOf) return (root) => root;
      return resolver && !param.options?.arg ? (root, args, context, info) => resolver({ root, args, context, info }) : undefined;
    }
    default:
      return undefined;
  }
}

/** Calls `method` with its parameters read by `getters`; the usual two (parent, context) without an array per call. */
function callWith(instance: object, method: (...params: unknown[]) => unknown, getters: Getter[]): GraphQLFieldResolver<unknown, Record<string, unknown>> {
  const [first, second] = getters;
  if (getters.length === 1) return (root, args, context, info) => method.call(instance, first(root, args, context, info));
  if (getters.length === 2) return (root, args, context, info) => method.call(instance, first(root, args, context, info), second(root, args, context, info));
  return (root, args, context, info) =>
    method.apply(
      instance,
      getters.map((get) => get(root, args, context, info)),
    );
}

/**
 * Calls field resolver methods directly where type-graphql's wrapper does nothing for them. Its
 * wrapper sorts the parameters, awaits the validation of every argument (a promise each, even for
 * an Int) and runs the middleware chain, on every field of every object: for a page of 50
 * payments with their seller and events, a tenth of the request's CPU. A field keeps type-graphql's
 * resolver when it has middlewares or roles, or an argument of an input class (converted and
 * validated by type-graphql) or an @Args() class. This schema has no global middlewares or auth
 * checker (see createSchema), and resolver classes hold no state, so one instance serves.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const typeNames = new Map(storage.objectTypes.map((type) => [type.target, type.name]));
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || resolver.middlewares?.length || resolver.roles?.length) continue;
    const typeName = typeNames.get(resolver.getObjectType?.() as Function);
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const getters = [...((resolver.params ?? []) as ParamMetadata[])].sort((a, b) => a.index - b.index).map(getterOf);
    if (!field || !getters.every((getter): getter is Getter => getter !== undefined)) continue;
    const instance = new (resolver.target as new () => Record<string, (...params: unknown[]) => unknown>)();
    field.resolve = callWith(instance, instance[resolver.methodName], getters);
  }
}
