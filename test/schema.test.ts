import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType, GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { printContractSchema } from '../src/schema';

/** Everything in the schema a frontend developer would read about that has no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (what: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue; // introspection's own, described by graphql-js
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  return missing;
}

describe('the emitted schema', () => {
  it('is what the code builds: schema/schema.graphql is not stale (run npm run build)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await printContractSchema());
  });

  it('names the domain type Subscription', async () => {
    const schema = buildSchema(await printContractSchema());
    const subscription = schema.getType('Subscription');
    expect(subscription?.toString()).toBe('Subscription');
    expect(Object.keys((subscription as GraphQLObjectType).getFields())).toContain('providerSubscriptionId');
  });

  it('describes every type, field, argument, input field and enum value', async () => {
    expect(undocumented(buildSchema(await printContractSchema()))).toEqual([]);
  });

  it('the description check finds a missing description of each kind', () => {
    const sdl = `
      "d" type Query { "d" a(x: Int): E  "d" b("d" y: Int): Int  c: Int }
      "d" enum E { "d" ONE TWO }
      input I { "d" i: Int }
      "d" scalar S`;
    expect(undocumented(buildSchema(sdl))).toEqual(['Query.a(x)', 'Query.c', 'E.TWO', 'I']);
  });
});
