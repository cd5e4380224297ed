import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Actor } from '../modules/auth/actor.js';
import { loadActor, type Credentials } from '../modules/auth/actor.loader.js';
import { RateLimited } from '../modules/auth/api-token.service.js';

/** The actor of an HTTP request; an API token over its limit gets 429 RATE_LIMITED before anything runs. */
export async function authenticate(em: EntityManager, credentials: Credentials, authorization: string | undefined): Promise<Actor | null> {
  try {
    return await loadActor(em, credentials, authorization);
  } catch (error) {
    if (error instanceof RateLimited) {
      throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 429 } } });
    }
    throw error;
  }
}
