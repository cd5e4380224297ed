import type { ApolloServerPlugin } from '@apollo/server';

/**
 * An operation refused for a rate limit (an API token's, sign-in back-off) answers HTTP 429 with
 * Retry-After, wherever in the operation the refusal came from (#15 finding 9).
 */
export function rateLimitedStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const waits = (response.body.singleResult.errors ?? [])
            .filter((e) => e.extensions?.code === 'RATE_LIMITED')
            .map((e) => Number(e.extensions?.retryAfterSeconds) || 1);
          if (waits.length === 0) return;
          response.http.status = 429;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}
