import type { ApolloError } from '@apollo/client/core';

/** What the API said, for the user: its first error message (extensions.code is for the code). */
export function apiErrorMessage(error: unknown): { message: string; code: string | null; network: boolean } {
  const apollo = error as Partial<ApolloError> | null;
  const first = apollo?.graphQLErrors?.[0];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
    return { message: first.message, code, network: false };
  }
  if (apollo?.networkError) return { message: apollo.networkError.message, code: null, network: true };
  return { message: error instanceof Error ? error.message : String(error), code: null, network: false };
}
