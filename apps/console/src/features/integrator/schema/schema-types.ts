/**
 * The schema as the reference shows it. Types only (and the group order):
 * the page and its list import these without pulling graphql-js's schema builder.
 */
/** How the browser groups types: the three entry points first, then by kind. */
export type TypeGroup = 'OPERATION' | 'OBJECT' | 'INPUT' | 'ENUM' | 'SCALAR' | 'ABSTRACT';
export const GROUP_ORDER: readonly TypeGroup[] = ['OPERATION', 'OBJECT', 'INPUT', 'ENUM', 'SCALAR', 'ABSTRACT'];

export type TypeKind = 'OBJECT' | 'INPUT_OBJECT' | 'ENUM' | 'SCALAR' | 'INTERFACE' | 'UNION';

/** A type reference as written in SDL (`[Ticket!]!`) and the named type it points to (`Ticket`). */
export interface TypeRefView {
  text: string;
  named: string;
}

export interface ArgView {
  name: string;
  type: TypeRefView;
  defaultValue: string | null;
  description: string | null;
}

export interface FieldView {
  name: string;
  description: string | null;
  type: TypeRefView;
  args: ArgView[];
  defaultValue: string | null;
  deprecationReason: string | null;
}

export interface EnumValueView {
  name: string;
  description: string | null;
  deprecationReason: string | null;
}

export interface TypeView {
  name: string;
  kind: TypeKind;
  group: TypeGroup;
  /** Query, Mutation or Subscription. */
  operation: 'query' | 'mutation' | 'subscription' | null;
  description: string | null;
  fields: FieldView[];
  enumValues: EnumValueView[];
  /** Union members, or the interfaces an object implements. */
  related: string[];
  builtIn: boolean;
}

/** Where a type is used: `Query.ticket` returns it, `Mutation.createTicket(input:)` takes it. */
export interface Usage {
  type: string;
  field: string;
  arg: string | null;
}

export interface SchemaModel {
  types: TypeView[];
  byName: ReadonlyMap<string, TypeView>;
  usages(name: string): Usage[];
}
