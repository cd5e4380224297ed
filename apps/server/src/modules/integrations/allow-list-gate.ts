import type { EntityManager } from '@mikro-orm/core';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { PersistedOperation } from '../../entities/integrations/persisted-operation.entity.js';
import type { Actor } from '../../graphql/actor.js';
import type { RequestContext } from '../../graphql/context.js';
import { DeskSettings } from './desk-settings.js';
import { operationHash } from './operation-hash.js';
import { ALLOW_LIST_ENFORCED } from './persisted-operations.service.js';

/**
 * The allow-list of partner API tokens (#18), the same gate over HTTP, WebSocket and SSE: while an admin
 * enforces it, a request authenticated by a partner API token runs only a document whose SHA-256 is listed
 * (sent in full or by APQ hash — the same text either way). Staff and console sessions are never checked.
 * Null when the operation may run.
 */
export async function allowListRefusal(em: EntityManager, actor: Actor | null, document: string, operationName: string | null | undefined): Promise<GraphQLError | null> {
  if (!actor?.viaApiToken) return null;
  if (!(await DeskSettings.read(em, ALLOW_LIST_ENFORCED))) return null;
  if ((await em.count(PersistedOperation, { sha256: operationHash(document) })) > 0) return null;
  const name = operationName ?? null;
  return new GraphQLError(`Operation ${name ?? '(anonymous)'} is not on the allow-list of partner API tokens; ask the desk's admins to persist it`, {
    extensions: { code: 'FORBIDDEN', reason: 'OPERATION_NOT_ALLOWED', operationName: name },
  });
}

/** The gate over HTTP, once the document is known (APQ resolved) and before anything runs: HTTP 403. */
export function operationAllowList(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, source, operationName }) {
          const refusal = await allowListRefusal(contextValue.em, contextValue.actor, source, operationName);
          if (refusal) throw new GraphQLError(refusal.message, { extensions: { ...refusal.extensions, http: { status: 403 } } });
        },
      };
    },
  };
}
