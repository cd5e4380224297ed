import { ApolloLink } from '@apollo/client/core';

/** Set in a subscription's `context`: where to resume it from, read on every (re)subscribe. */
export interface ResumeContext {
  resumeAfter?: () => number | null;
}

/**
 * Resumable subscriptions (#16): `queueChanged(after:)` and `slaAlert(after:)`
 * replay what happened after a version. graphql-ws re-sends a subscription's
 * payload by itself after every reconnect, serialising it each time; making
 * `after` a getter over the store's last version means each resubscribe asks
 * for exactly what the console missed, with no restart of the subscription.
 */
export function createResumeLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const { resumeAfter } = operation.getContext() as ResumeContext;
    if (resumeAfter) {
      const variables = { ...operation.variables };
      delete variables.after;
      Object.defineProperty(variables, 'after', { enumerable: true, get: resumeAfter });
      operation.variables = variables;
    }
    return forward(operation);
  });
}

/** The error a resume point the server's event log no longer holds answers with: refetch, then resubscribe. */
export function isResumeReset(error: { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[]; message?: string } | null | undefined): boolean {
  return Boolean(error?.graphQLErrors?.some((e) => e.extensions?.code === 'RESET'));
}
