import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/**
 * An operation refused for a rate limit (an API token's, sign-in back-off) answers HTTP 429 with
 * Retry-After, wherever in the operation the refusal came from (#15 finding 9). One that failed
 * entirely for an outage (every error SERVICE_UNAVAILABLE, no field answered) answers 503 with
 * Retry-After (#16), so plain HTTP clients and proxies see it is worth retrying; a partial answer
 * keeps 200 — its data is real.
 */
export function retryLaterStatus(onUnavailable: () => void = () => undefined): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors = [], data } = response.body.singleResult;
          const limited = waitsOf(errors, 'RATE_LIMITED');
          const unavailable = waitsOf(errors, 'SERVICE_UNAVAILABLE');
          if (unavailable.length > 0) onUnavailable();
          const nothingAnswered = !data || Object.values(data).every((value) => value === null);
          const [status, waits] = limited.length > 0 ? [429, limited] : unavailable.length === errors.length && nothingAnswered ? [503, unavailable] : [0, []];
          if (waits.length === 0) return;
          response.http.status = status;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
        },
      };
    },
  };
}

function waitsOf(errors: readonly GraphQLFormattedError[], code: string): number[] {
  return errors.filter((e) => e.extensions?.code === code).map((e) => Number(e.extensions?.retryAfterSeconds) || 1);
}
