import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER =
  '# The published GraphQL contract of the support desk (API.md).\n' +
  '# Generated from the server code by `pnpm schema:print`; CI fails when it is stale.\n\n';

/** Sorted so that moving code around never changes the published contract's text. */
export function printPublishedSchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
