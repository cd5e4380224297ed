import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import {
  GROUP_ORDER,
  type ArgView,
  type FieldView,
  type SchemaModel,
  type TypeRefView,
  type TypeView,
  type Usage,
} from './schema-types';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

function refOf(type: { toString(): string }, named: GraphQLNamedType): TypeRefView {
  return { text: String(type), named: named.name };
}

function defaultOf(item: GraphQLArgument | GraphQLInputField): string | null {
  return item.astNode?.defaultValue ? print(item.astNode.defaultValue) : null;
}

function argView(arg: GraphQLArgument): ArgView {
  return { name: arg.name, type: refOf(arg.type, getNamedType(arg.type)), defaultValue: defaultOf(arg), description: arg.description ?? null };
}

function outputField(field: GraphQLField<unknown, unknown>): FieldView {
  return {
    name: field.name,
    description: field.description ?? null,
    type: refOf(field.type, getNamedType(field.type)),
    args: field.args.map(argView),
    defaultValue: null,
    deprecationReason: field.deprecationReason ?? null,
  };
}

function inputField(field: GraphQLInputField): FieldView {
  return {
    name: field.name,
    description: field.description ?? null,
    type: refOf(field.type, getNamedType(field.type)),
    args: [],
    defaultValue: defaultOf(field),
    deprecationReason: field.deprecationReason ?? null,
  };
}

function typeView(schema: GraphQLSchema, type: GraphQLNamedType): TypeView {
  const operation: TypeView['operation'] =
    type === schema.getQueryType() ? 'query' : type === schema.getMutationType() ? 'mutation' : type === schema.getSubscriptionType() ? 'subscription' : null;
  const base = { name: type.name, description: type.description ?? null, operation, fields: [], enumValues: [], related: [], builtIn: false };
  if (isObjectType(type)) {
    return {
      ...base,
      kind: 'OBJECT',
      group: operation ? 'OPERATION' : 'OBJECT',
      fields: Object.values(type.getFields()).map(outputField),
      related: type.getInterfaces().map((item) => item.name),
    };
  }
  if (isInterfaceType(type)) return { ...base, kind: 'INTERFACE', group: 'ABSTRACT', fields: Object.values(type.getFields()).map(outputField) };
  if (isUnionType(type)) return { ...base, kind: 'UNION', group: 'ABSTRACT', related: type.getTypes().map((item) => item.name) };
  if (isInputObjectType(type)) return { ...base, kind: 'INPUT_OBJECT', group: 'INPUT', fields: Object.values(type.getFields()).map(inputField) };
  if (isEnumType(type)) {
    return {
      ...base,
      kind: 'ENUM',
      group: 'ENUM',
      enumValues: type.getValues().map((value) => ({ name: value.name, description: value.description ?? null, deprecationReason: value.deprecationReason ?? null })),
    };
  }
  if (isScalarType(type)) return { ...base, kind: 'SCALAR', group: 'SCALAR', builtIn: BUILT_IN_SCALARS.has(type.name) };
  throw new Error(`unexpected type ${(type as GraphQLNamedType).name}`);
}

const OPERATION_ORDER = ['query', 'mutation', 'subscription'];

/** Every type a reader may look at: no introspection types, the entry points first, then A–Z within each group. */
export function schemaModel(schema: GraphQLSchema): SchemaModel {
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .map((type) => typeView(schema, type))
    .sort((a, b) => {
      const group = GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group);
      if (group !== 0) return group;
      if (a.operation && b.operation) return OPERATION_ORDER.indexOf(a.operation) - OPERATION_ORDER.indexOf(b.operation);
      return a.name.localeCompare(b.name, 'en');
    });
  const byName = new Map(types.map((type) => [type.name, type]));
  const usageIndex = new Map<string, Usage[]>();
  const use = (name: string, usage: Usage) => {
    const list = usageIndex.get(name) ?? [];
    list.push(usage);
    usageIndex.set(name, list);
  };
  for (const type of types) {
    for (const field of type.fields) {
      use(field.type.named, { type: type.name, field: field.name, arg: null });
      for (const arg of field.args) use(arg.type.named, { type: type.name, field: field.name, arg: arg.name });
    }
  }
  return { types, byName, usages: (name) => usageIndex.get(name) ?? [] };
}

/** The published SDL (packages/schema/schema.graphql) as a browsable model. */
export function modelFromSdl(sdl: string): SchemaModel {
  return schemaModel(buildSchema(sdl));
}
