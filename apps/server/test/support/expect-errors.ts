import { expect } from 'vitest';
import type { GraphQLErrorShape } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/** The single error of a failed operation, checked for the expected code. */
export function expectOneError(errors: GraphQLErrorShape[], code: string): GraphQLErrorShape {
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  const error = errors[0]!;
  expect(error.extensions?.code, JSON.stringify(error)).toBe(code);
  expect(error.extensions).not.toHaveProperty('stacktrace');
  return error;
}

/** The field paths named in a BAD_USER_INPUT error's `extensions.fields`. */
export function fieldsOf(error: GraphQLErrorShape): string[] {
  return (error.extensions?.fields ?? []).map((f) => f.field);
}

export async function expectCode(
  t: TestApp,
  code: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLErrorShape> {
  return expectOneError(await t.gqlErrors(query, variables, token), code);
}
