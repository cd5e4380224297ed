import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { Actor } from '../../graphql/actor.js';
import { sendError } from '../../infra/http/send-stored-file.js';
import { loadDownloadActor, type Credentials } from './actor.loader.js';

/**
 * The actor of a file route (downloads, catalog uploads), or null after
 * answering 401 with `WWW-Authenticate: Bearer`. An API token over its rate
 * limit throws RateLimited (429), as on /graphql.
 */
export async function fileRouteActor(em: EntityManager, credentials: Credentials, req: Request, res: Response): Promise<Actor | null> {
  const actor = await loadDownloadActor(em, credentials, req);
  if (!actor) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first: send the header Authorization: Bearer <token>, or use a link from grantDownload');
  }
  return actor;
}
