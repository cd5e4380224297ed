import { Router, type Express } from 'express';
import { DomainError } from '../../common/errors.js';
import type { AppConfig } from '../../config.js';
import type { FileServices } from './file-services.js';
import type { Orm } from '../../infra/database/orm.js';
import type { Logger } from '../../infra/logger.js';
import { downloadHandler } from './download.route.js';
import { FileStorage } from './file-storage.js';
import { httpStatusOf } from '../../common/http-errors.js';
import { UploadEndpoint } from './upload-endpoint.js';

export interface FileRoutesDependencies {
  readonly orm: Orm;
  readonly services: FileServices;
  readonly config: Pick<AppConfig, 'filesDir' | 'uploadMaxBytes'>;
  readonly logger: Logger;
  /** Unfinished uploads expire this long after they were created (tus `Upload-Expires`); 0 never. Default 7 days. */
  readonly incompleteUploadTtlMs?: number;
  /** Expired uploads are swept when an upload is created, at most this often. Default 1 hour. */
  readonly sweepIntervalMs?: number;
}

export interface FileRoutes {
  readonly storage: FileStorage;
  readonly uploads: UploadEndpoint;
  /** Deletes expired unfinished uploads now; returns how many. */
  sweepExpiredUploads(): Promise<number>;
}

export const UPLOADS_PATH = '/files';
const DAY_MS = 24 * 3600 * 1000;

/**
 * File exchange (TKT-10) on the app's HTTP server:
 * - `POST|HEAD|PATCH|DELETE|OPTIONS /files[/<uploadId>]` — tus 1.0 resumable uploads;
 * - `GET|HEAD /files/<fileId>/content` — the stored file.
 * Both take the GraphQL bearer token. Mount before the console's catch-all route.
 */
export function mountFileRoutes(app: Express, deps: FileRoutesDependencies): FileRoutes {
  const storage = new FileStorage(deps.config.filesDir);
  const uploads = new UploadEndpoint({
    orm: deps.orm,
    services: deps.services,
    storage,
    logger: deps.logger,
    path: UPLOADS_PATH,
    maxBytes: deps.config.uploadMaxBytes,
    incompleteUploadTtlMs: deps.incompleteUploadTtlMs ?? 7 * DAY_MS,
  });

  const sweepIntervalMs = deps.sweepIntervalMs ?? 3600 * 1000;
  let lastSweep = 0;
  let sweeping: Promise<number> | null = null;
  const sweepExpiredUploads = (): Promise<number> => {
    sweeping ??= uploads
      .sweepExpired()
      .then((count) => {
        if (count > 0) deps.logger.info('expired unfinished uploads removed', { count });
        return count;
      })
      .finally(() => (sweeping = null));
    return sweeping;
  };
  // No timer to stop: new uploads drive the sweep, so an idle server does no work.
  const sweepNowAndThen = () => {
    const now = Date.now();
    if (now - lastSweep < sweepIntervalMs) return;
    lastSweep = now;
    sweepExpiredUploads().catch((error: unknown) => deps.logger.error('sweeping expired uploads failed', error));
  };

  const router = Router();
  router.get(`${UPLOADS_PATH}/:fileId/content`, downloadHandler({ orm: deps.orm, services: deps.services, storage, logger: deps.logger }));
  router.all([UPLOADS_PATH, `${UPLOADS_PATH}/:uploadId`], async (req, res, next) => {
    try {
      if (req.method === 'GET') {
        // Unfinished uploads are never served; stored files are at /files/<fileId>/content.
        res.status(404).json({ error: 'NOT_FOUND', message: `Download files at ${UPLOADS_PATH}/<fileId>/content` });
        return;
      }
      // OPTIONS is the tus capability / CORS preflight request and carries no token.
      if (req.method !== 'OPTIONS') {
        const actor = await uploads.authenticate(req).catch((error: unknown) => {
          if (error instanceof DomainError) return error;
          throw error;
        });
        if (actor instanceof DomainError) {
          res.status(httpStatusOf(actor)).set({ 'Tus-Resumable': '1.0.0', 'Content-Type': 'text/plain; charset=utf-8' }).send(`${actor.message}\n`);
          return;
        }
        if (!actor) {
          res
            .status(401)
            .set({ 'Tus-Resumable': '1.0.0', 'WWW-Authenticate': 'Bearer', 'Content-Type': 'text/plain; charset=utf-8' })
            .send('Sign in first: uploads need the header Authorization: Bearer <token>\n');
          return;
        }
        if (req.method === 'POST') sweepNowAndThen();
      }
      await uploads.handle(req, res);
    } catch (error) {
      next(error);
    }
  });
  app.use(router);
  return { storage, uploads, sweepExpiredUploads };
}
