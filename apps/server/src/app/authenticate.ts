import type { EntityManager } from '@mikro-orm/core';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RetryLater } from '../common/errors.js';
import { asServiceUnavailable } from '../infra/outage/outage.js';
import type { Actor } from '../graphql/actor.js';
import { loadActor, type Credentials } from '../modules/auth/index.js';

/**
 * The actor of an HTTP request; an API token over its limit gets 429 RATE_LIMITED, and a database
 * outage 503 SERVICE_UNAVAILABLE (#16), both with Retry-After, before anything runs.
 */
export async function authenticate(em: EntityManager, credentials: Credentials, authorization: string | undefined): Promise<Actor | null> {
  try {
    return await loadActor(em, credentials, authorization);
  } catch (caught) {
    const error = asServiceUnavailable(caught);
    if (error instanceof RetryLater) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.code,
          retryAfterSeconds: error.retryAfterSeconds,
          http: { status: error.httpStatus, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
        },
      });
    }
    throw caught;
  }
}
