import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response } from 'express';
import { DomainError } from '../../common/errors.js';
import type { AppServices } from '../../graphql/context.js';
import type { Orm } from '../../infra/database/orm.js';
import type { Logger } from '../../infra/logger.js';
import { loadDownloadActor } from '../auth/actor.loader.js';
import { attachmentDisposition } from './content-disposition.js';
import type { FileStorage } from './file-storage.js';
import { sendDomainError } from '../../common/http-errors.js';
import { TicketFileService } from './ticket-file.service.js';

export interface DownloadDependencies {
  readonly orm: Orm;
  readonly services: AppServices;
  readonly storage: FileStorage;
  readonly logger: Logger;
}

/** Where a file's bytes are served; `TicketFile.downloadUrl`. */
export function downloadPath(fileId: number | string): string {
  return `/files/${fileId}/content`;
}

/**
 * `GET|HEAD /files/:fileId/content`: the bytes of an attachment for anyone who may see its
 * ticket. ETag is the SHA-256, so a client can check what it got; single byte ranges let a
 * multi-gigabyte image download resume.
 */
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
    // API tokens over their rate limit are refused here (429), like on /graphql.
    const actor = await loadDownloadActor(em, deps.services, req);
    if (!actor) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first: downloads need the header Authorization: Bearer <token>');
    }
    file = await new TicketFileService(em, deps.services).downloadable(String(req.params.fileId), actor);
  } catch (error) {
    if (error instanceof DomainError) return sendDomainError(res, error);
    throw error;
  }

  const path = deps.storage.pathOf(file.storageKey);
  const size = Number(file.size);
  const onDisk = await stat(path).catch(() => null);
  if (!onDisk || onDisk.size !== size) {
    deps.logger.error('stored file is missing or damaged', { fileId: file.id, storageKey: file.storageKey, expected: size, actual: onDisk?.size ?? null });
    return sendError(res, 500, 'INTERNAL_SERVER_ERROR', `The content of file ${file.id} is not available`);
  }

  const etag = `"${file.sha256}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Last-Modified', file.createdAt.toUTCString());
  if (matchesAny(req.headers['if-none-match'], etag)) {
    res.status(304).end();
    return;
  }
  let range = rangeOf(req, etag, size);
  if (range === 'unsatisfiable') {
    res.setHeader('Content-Range', `bytes */${size}`);
    return sendError(res, 416, 'RANGE_NOT_SATISFIABLE', `The file has ${size} bytes`);
  }
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
  // Never rendered as a page of this origin, whatever the customer uploaded.
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
  } else {
    res.status(200);
    range = size > 0 ? { start: 0, end: size - 1 } : null;
  }
  res.setHeader('Content-Length', String(range ? range.end - range.start + 1 : 0));
  if (req.method === 'HEAD' || !range) {
    res.end();
    return;
  }
  await pipeline(createReadStream(path, range), res).catch((error: unknown) => {
    // A client that goes away mid-download is normal; anything else is worth a line.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') deps.logger.error('file download interrupted', error);
  });
}

type ByteRange = { start: number; end: number };

/** One `bytes=` range (several are answered with the whole file, as RFC 9110 allows). */
function rangeOf(req: Request, etag: string, size: number): ByteRange | 'unsatisfiable' | null {
  const header = req.headers.range;
  if (!header || size === 0) return null;
  const ifRange = req.headers['if-range'];
  if (ifRange && ifRange !== etag) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first, last] = match;
  if (!first && !last) return null;
  if (!first) {
    const suffix = Number(last);
    return suffix === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last ? Math.min(Number(last), size - 1) : size - 1;
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

function matchesAny(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value === etag || value === `W/${etag}`;
  });
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: code, message });
}
