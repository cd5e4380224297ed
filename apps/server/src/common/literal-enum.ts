/**
 * An enum-like object `{ A: 'A', B: 'B' }` built from a list of string literals,
 * so a type that a shared package already names (`@desk/sla`'s `SupportLevel`,
 * say) is used as is: the value `SupportLevel.BASIC` and the type `SupportLevel`
 * are the package's own, with no second declaration and no casts between them.
 * type-graphql and MikroORM accept such objects wherever they take an enum.
 */
export function literalEnum<V extends string>(values: readonly V[]): { readonly [K in V]: K } {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in V]: K };
}
