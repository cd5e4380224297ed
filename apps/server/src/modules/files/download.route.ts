import type { Request, RequestHandler, Response } from 'express';
import { DomainError } from '../../common/errors.js';
import { sendDomainError } from '../../common/http-errors.js';
import type { Orm } from '../../infra/database/orm.js';
import { sendError, sendStoredFile } from '../../infra/http/send-stored-file.js';
import type { Logger } from '../../infra/logger.js';
import { fileRouteActor, type AuthServices } from '../auth/index.js';
import type { DownloadSource } from './download-source.js';
import type { FileStorage } from './file-storage.js';
import { downloadableTicketFile } from './ticket-file.service.js';

export interface DownloadDependencies {
  readonly orm: Orm;
  readonly services: AuthServices;
  readonly storage: FileStorage;
  readonly logger: Logger;
}

/** Where a file's bytes are served; `TicketFile.downloadUrl`. */
export function downloadPath(fileId: number | string): string {
  return `/files/${fileId}/content`;
}

/** Ticket attachments: anyone who may see the ticket, staff alone for a file on an internal note. */
export const ticketFileDownloads: DownloadSource = {
  path: /^\/files\/([^/]+)\/content$/,
  check: (em, actor, fileId) => downloadableTicketFile(em, fileId, actor),
};

/** `GET|HEAD /files/:fileId/content`: the bytes of an attachment for anyone who may see its ticket (TKT-10). */
export function downloadHandler(deps: DownloadDependencies): RequestHandler {
  return async (req, res) => {
    try {
      await download(deps, req, res);
    } catch (error) {
      deps.logger.error('file download failed', error);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The file could not be read; try again later');
      else res.destroy();
    }
  };
}

async function download(deps: DownloadDependencies, req: Request, res: Response): Promise<void> {
  const em = deps.orm.em.fork();
  let file;
  try {
    const actor = await fileRouteActor(em, deps.services, req, res);
    if (!actor) return;
    file = await downloadableTicketFile(em, String(req.params.fileId), actor);
  } catch (error) {
    if (error instanceof DomainError) return sendDomainError(res, error);
    throw error;
  }
  await sendStoredFile(
    req,
    res,
    { id: file.id, path: deps.storage.pathOf(file.storageKey), size: Number(file.size), sha256: file.sha256, contentType: file.contentType, fileName: file.fileName, createdAt: file.createdAt },
    deps.logger,
  );
}
