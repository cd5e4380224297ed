import type { IncomingMessage, ServerResponse } from 'node:http';
import { FileStore } from '@tus/file-store';
import { ERRORS, EVENTS, Server, type ServerOptions, type Upload } from '@tus/server';
import { DomainError } from '../../common/errors.js';
import type { FileServices } from './file-services.js';
import type { Orm } from '../../infra/database/orm.js';
import type { Logger } from '../../infra/logger.js';
import type { Actor } from '../../graphql/actor.js';
import { loadActor } from '../auth/index.js';
import { digestFile, type FileStorage } from './file-storage.js';
import { UploadRefused } from '../../common/http-errors.js';
import { formatBytes, TicketFileService } from './ticket-file.service.js';
import { describeProblems, parseUploadMetadata, type UploadRequest } from './upload-metadata.js';

export type TusRequest = Parameters<NonNullable<ServerOptions['onIncomingRequest']>>[0];

/** Response header of the request that completed an upload: the id of the new TicketFile. */
export const FILE_ID_HEADER = 'Ticket-File-Id';
/** Metadata key the server adds at creation: only the user who created an upload may resume or cancel it. */
const UPLOADER_KEY = 'uploadedBy';

export interface UploadEndpointOptions {
  readonly orm: Orm;
  readonly services: FileServices;
  readonly storage: FileStorage;
  readonly logger: Logger;
  /** The tus endpoint's path, e.g. `/files`. */
  readonly path: string;
  readonly maxBytes: number;
  /** Unfinished uploads expire this long after creation (tus `Upload-Expires`); 0 keeps them forever. */
  readonly incompleteUploadTtlMs: number;
}

/**
 * The tus 1.0 endpoint (creation, creation-with-upload, creation-defer-length, termination,
 * expiration) over a FileStore. A file becomes a TicketFile only when the last byte has arrived
 * and its SHA-256 matches what the client declared; until then it is invisible and resumable.
 */
export class UploadEndpoint {
  readonly server: Server;
  readonly store: FileStore;
  /** Actors of requests in flight, so the token is checked once per request. */
  private readonly actors = new WeakMap<object, Actor>();

  constructor(private readonly options: UploadEndpointOptions) {
    this.store = new FileStore({
      directory: options.storage.uploadsDir,
      expirationPeriodInMilliseconds: options.incompleteUploadTtlMs,
    });
    this.server = new Server({
      path: options.path,
      datastore: this.store,
      maxSize: options.maxBytes,
      // `/files/<id>` relative to the request: right behind any proxy, and tus clients resolve it.
      relativeLocation: true,
      exposedHeaders: [FILE_ID_HEADER],
      // Same origin only, like /graphql (the console's dev server proxies); no CORS grants.
      allowedOrigins: [],
      onIncomingRequest: (req, uploadId) => this.guard(() => this.onIncomingRequest(req, uploadId)),
      onUploadCreate: (req, upload) => this.guard(() => this.onUploadCreate(req, upload)),
      onUploadFinish: (req, upload) => this.guard(() => this.onUploadFinish(req, upload)),
      onResponseError: (_req, error) => this.onResponseError(error),
    });
    // An upload finished by its creation request (empty file, creation-with-upload): tus's POST
    // handler still reads the entry after onUploadFinish, so it goes once tus has answered.
    this.server.on(EVENTS.POST_FINISH, (req: TusRequest, _res: Response, upload: Upload) => {
      if (req.method !== 'POST') return;
      this.store.remove(upload.id).catch((error: unknown) => options.logger.error('could not remove a finished upload', error));
    });
  }

  /** Node entry point; `authenticate` must have run for the request (see file-routes.ts). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    return this.server.handle(req, res);
  }

  /** Checks the bearer token of a raw request; null when it is missing or invalid. */
  async authenticate(req: Pick<IncomingMessage, 'headers'>): Promise<Actor | null> {
    const known = this.actors.get(req);
    if (known) return known;
    const actor = await loadActor(this.options.orm.em.fork(), this.options.services, req.headers.authorization);
    if (actor) this.actors.set(req, actor);
    return actor;
  }

  /** Removes unfinished uploads older than the TTL; finished ones no longer live in the tus area. */
  async sweepExpired(): Promise<number> {
    if (this.options.incompleteUploadTtlMs <= 0) return 0;
    return this.server.cleanUpExpiredUploads();
  }

  private async actorOf(req: TusRequest): Promise<Actor> {
    const node = req.runtime?.node?.req;
    const actor = node
      ? await this.authenticate(node)
      : await loadActor(this.options.orm.em.fork(), this.options.services, req.headers.get('authorization') ?? undefined);
    if (!actor) throw new UploadRefused(401, 'Sign in first: uploads need the header Authorization: Bearer <token>');
    return actor;
  }

  private async onIncomingRequest(req: TusRequest, uploadId: string): Promise<void> {
    const actor = await this.actorOf(req);
    if (req.method === 'POST') return;
    // Resuming (HEAD/PATCH) or cancelling (DELETE) is for the user who started the upload.
    let upload: Upload | null = null;
    try {
      upload = await this.store.getUpload(uploadId);
    } catch {
      return; // tus answers 404 / 410 itself
    }
    if (upload.metadata?.[UPLOADER_KEY] !== String(actor.userId)) throw new UploadRefused(404, ERRORS.FILE_NOT_FOUND.body.trim());
  }

  private async onUploadCreate(req: TusRequest, upload: Upload): Promise<{ metadata: Record<string, string | null> }> {
    const actor = await this.actorOf(req);
    const request = parseUploadMetadata(upload.metadata);
    if (!isRequest(request)) throw new UploadRefused(400, describeProblems(request));
    await new TicketFileService(this.options.orm.em.fork(), this.options.services).checkUploadTarget(request, actor);
    // Normalized values replace the client's, so the finish and any HEAD see the same thing.
    return {
      metadata: {
        ticketId: String(request.ticketId),
        filename: request.fileName,
        filetype: request.contentType,
        ...(request.sha256 ? { sha256: request.sha256 } : {}),
        ...(request.messageId !== null ? { messageId: String(request.messageId) } : {}),
        [UPLOADER_KEY]: String(actor.userId),
      },
    };
  }

  private async onUploadFinish(req: TusRequest, upload: Upload): Promise<{ headers: Record<string, string> }> {
    const actor = await this.actorOf(req);
    const request = parseUploadMetadata(upload.metadata);
    if (!isRequest(request)) {
      await this.discard(upload.id);
      throw new UploadRefused(400, describeProblems(request));
    }
    const { storage } = this.options;
    const { sha256, size } = await digestFile(storage.uploadPath(upload.id));
    if (upload.size !== undefined && size !== upload.size) {
      await this.discard(upload.id);
      throw new Error(`upload ${upload.id}: ${size} bytes on disk, ${upload.size} declared`);
    }
    if (request.sha256 && request.sha256 !== sha256) {
      await this.discard(upload.id);
      throw new UploadRefused(
        460,
        `Checksum mismatch: the server received ${formatBytes(size)} with SHA-256 ${sha256}, but the client declared ${request.sha256}. ` +
          'The upload was discarded; send the file again',
      );
    }
    const storageKey = storage.keyFor(request.ticketId, upload.id);
    await storage.adopt(upload.id, storageKey);
    try {
      const file = await new TicketFileService(this.options.orm.em.fork(), this.options.services).attach(
        { request, storageKey, size, sha256 },
        actor,
      );
      this.options.logger.info('file attached', { fileId: file.id, ticketId: request.ticketId, size, userId: actor.userId });
      // The attachment lives on under tickets/; the tus entry goes before the client hears back.
      if (req.method !== 'POST') await this.discard(upload.id);
      return { headers: { [FILE_ID_HEADER]: String(file.id) } };
    } catch (error) {
      // No row, no file: an upload either becomes an attachment whole or leaves nothing behind.
      await storage.remove(storageKey).catch(() => undefined);
      await this.discard(upload.id);
      throw error;
    }
  }

  private onResponseError(error: Error | { status_code: number; body: string }): { status_code: number; body: string } | undefined {
    if ('status_code' in error && error.status_code === 413 && error.body === ERRORS.ERR_MAX_SIZE_EXCEEDED.body) {
      const max = this.options.maxBytes;
      return { status_code: 413, body: `File is too large: uploads are limited to ${formatBytes(max)} (${max} bytes)\n` };
    }
    return undefined;
  }

  private async discard(uploadId: string): Promise<void> {
    await this.store.remove(uploadId).catch(() => undefined);
  }

  /** Domain errors become their HTTP status; anything unexpected is logged and answered without internals. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UploadRefused) throw error;
      if (error instanceof DomainError) throw UploadRefused.from(error);
      if (isTusError(error)) throw error;
      this.options.logger.error('file upload failed', error);
      throw new UploadRefused(500, 'The server could not store the file; try again later');
    }
  }
}

function isRequest(value: UploadRequest | readonly unknown[]): value is UploadRequest {
  return !Array.isArray(value);
}

function isTusError(error: unknown): error is { status_code: number; body: string } {
  return typeof error === 'object' && error !== null && 'status_code' in error && 'body' in error;
}
