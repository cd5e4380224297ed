/**
 * The shared GraphQL contract in TypeScript: the schema's base types and the
 * typed documents of the fragments several operations share. Generated from
 * schema.graphql and fragments/ (`pnpm schema:print`); never edited by hand.
 */
export type * from './types.generated.js';
export * from './fragments.generated.js';
