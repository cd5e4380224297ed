import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import type { Logger } from '../logger.js';
import { attachmentDisposition } from './content-disposition.js';

/** A file on this server's disk, with what its download answers carry. */
export interface StoredFile {
  readonly id: number;
  /** Absolute path of the bytes. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly contentType: string;
  readonly fileName: string;
  readonly createdAt: Date;
}

/** A JSON error answer of the REST-style routes: the same `code` GraphQL errors carry. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: code, message });
}

/**
 * Serves a stored file to someone already allowed to have it (ticket files,
 * catalog files): ETag is the SHA-256, so a client can check what it got;
 * single byte ranges let a multi-gigabyte image download resume; the bytes are
 * never rendered as a page of this origin, whatever was uploaded.
 */
export async function sendStoredFile(req: Request, res: Response, file: StoredFile, logger: Logger): Promise<void> {
  const onDisk = await stat(file.path).catch(() => null);
  if (!onDisk || onDisk.size !== file.size) {
    logger.error('stored file is missing or damaged', { fileId: file.id, path: file.path, expected: file.size, actual: onDisk?.size ?? null });
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
  const range = rangeOf(req, etag, file.size);
  if (range === 'unsatisfiable') {
    res.setHeader('Content-Range', `bytes */${file.size}`);
    return sendError(res, 416, 'RANGE_NOT_SATISFIABLE', `The file has ${file.size} bytes`);
  }
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  const span = range ?? (file.size > 0 ? { start: 0, end: file.size - 1 } : null);
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
  } else {
    res.status(200);
  }
  res.setHeader('Content-Length', String(span ? span.end - span.start + 1 : 0));
  if (req.method === 'HEAD' || !span) {
    res.end();
    return;
  }
  await pipeline(createReadStream(file.path, span), res).catch((error: unknown) => {
    // A client that goes away mid-download is normal; anything else is worth a line.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') logger.error('file download interrupted', error);
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
