import {
  coerceInputValue,
  getNullableType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInputType,
  isLeafType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  typeFromAST,
  valueFromAST,
} from 'graphql';
import { badUserInput } from './errors';

/** The input type found at `path` inside a variable of type `type`. */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType | undefined {
  let current: GraphQLInputType | undefined = type;
  for (const step of path) {
    const nullable: GraphQLInputType | undefined = current && getNullableType(current);
    if (isListType(nullable) && typeof step === 'number') current = nullable.ofType;
    else if (isInputObjectType(nullable) && typeof step === 'string') current = nullable.getFields()[step]?.type;
    else return undefined;
  }
  return current;
}

/**
 * Why a value was refused, without the value. graphql-js's structural reasons name only types
 * and fields; a scalar's or enum's own reason quotes the value ("String cannot represent a non
 * string value: 4518…"), so it is replaced by the type that was expected.
 */
function reasonWithoutValue(type: GraphQLInputType | undefined, invalidValue: unknown, error: GraphQLError): string {
  let expected = type && getNullableType(type);
  // A single value where a list is expected is coerced as the list's one item.
  while (isListType(expected)) expected = getNullableType(expected.ofType);
  if (!isLeafType(expected) || invalidValue === null || invalidValue === undefined) return error.message;
  if (isEnumType(expected)) return `Expected one of ${expected.name}: ${expected.getValues().map((v) => v.name).join(', ')}.`;
  return `Expected type "${expected.name}".`;
}

function pathText(name: string, path: readonly (string | number)[]): string {
  return path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : `${text}.${step}`), name);
}

/**
 * The operation's variables coerced as execution will coerce them (defaults applied), or the
 * reasons they cannot be, as BAD_USER_INPUT errors that say where and why but never echo a value:
 * variables carry card data and secrets.
 */
export function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>): { values: Record<string, unknown> } | { errors: GraphQLError[] } {
  const values: Record<string, unknown> = {};
  const errors: GraphQLError[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!isInputType(type)) continue; // refused by graphql-js's validation already
    if (!Object.prototype.hasOwnProperty.call(inputs, name)) {
      if (definition.defaultValue) values[name] = valueFromAST(definition.defaultValue, type);
      else if (isNonNullType(type)) errors.push(badUserInput(`Variable "$${name}" of required type "${type}" was not provided.`, [[name]], definition));
      continue;
    }
    values[name] = coerceInputValue(inputs[name], type, (path, invalidValue, error) => {
      const at = path.length ? ` at "${pathText(name, path)}"` : '';
      errors.push(badUserInput(`Variable "$${name}" got an invalid value${at}; ${reasonWithoutValue(typeAt(type, path), invalidValue, error)}`, [[name, ...path.map(String)]], definition));
    });
  }
  return errors.length ? { errors } : { values };
}
