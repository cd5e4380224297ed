import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export type OperationKind = 'query' | 'mutation' | 'subscription';

export interface SchemaOperation {
  readonly kind: OperationKind;
  readonly name: string;
  readonly field: GraphQLField<unknown, unknown>;
}

/** The published contract, as integrators read it (packages/schema/schema.graphql). */
export function publishedSchema(): GraphQLSchema {
  const file = createRequire(import.meta.url).resolve('@desk/schema/schema.graphql');
  return buildSchema(readFileSync(file, 'utf8'));
}

/** Every query, mutation and subscription of the schema. */
export function operationsOf(schema: GraphQLSchema): SchemaOperation[] {
  const roots: [OperationKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field })));
}

/** A value of the input type: `pick` decides scalars; input objects get their required fields. */
export function valueOf(type: GraphQLInputType, pick: (scalar: string, path: string) => unknown, path: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, pick, path);
  if (isListType(type)) return [valueOf(type.ofType, pick, `${path}.0`)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, valueOf(f.type, pick, `${path}.${f.name}`)]),
    );
  }
  return pick(isScalarType(type) ? type.name : 'String', path);
}

/** The required arguments of a field (those without a default), or every one. */
export function argumentsOf(field: GraphQLField<unknown, unknown>, all = false): readonly GraphQLArgument[] {
  return field.args.filter((a) => all || (isNonNullType(a.type) && a.defaultValue === undefined));
}

/** `kind op($a: T!, …) { name(a: $a, …) { __typename } }` for the given arguments. */
export function documentOf(operation: SchemaOperation, args: readonly GraphQLArgument[]): string {
  const variables = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const named = getNamedType(operation.field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${operation.kind} probe${variables ? `(${variables})` : ''} { ${operation.name}${call}${selection} }`;
}

/** Plain values that pass each scalar's parsing: ids name no row, so a call past its gate changes nothing. */
export function harmlessScalar(scalar: string): unknown {
  switch (scalar) {
    case 'ID':
      return '2147483647';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-03-11T10:00:00.000Z';
    case 'JSONObject':
      return {};
    default:
      return 'x';
  }
}
