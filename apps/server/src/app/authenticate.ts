import type { EntityManager } from '@mikro-orm/core';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimited } from '../common/errors.js';
import type { Actor } from '../graphql/actor.js';
import { loadActor, type Credentials } from '../modules/auth/index.js';

/** The actor of an HTTP request; an API token over its limit gets 429 RATE_LIMITED before anything runs. */
export async function authenticate(em: EntityManager, credentials: Credentials, authorization: string | undefined): Promise<Actor | null> {
  try {
    return await loadActor(em, credentials, authorization);
  } catch (error) {
    if (error instanceof RateLimited) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.code,
          retryAfterSeconds: error.retryAfterSeconds,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(error.retryAfterSeconds)]]) },
        },
      });
    }
    throw error;
  }
}
