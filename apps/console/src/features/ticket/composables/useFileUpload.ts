import { reactive, toValue, type MaybeRefOrGetter } from 'vue';
import { Upload, type DetailedError, type UploadOptions } from 'tus-js-client';
import { bearer } from '@/shared/graphql/apollo-client';
import { useSessionStore } from '@/stores/session';

/** The server's tus 1.0 endpoint for ticket attachments (TKT-10). */
export const UPLOAD_PATH = '/files';
/** Resumable in pieces, so a dropped connection costs at most one chunk. */
export const UPLOAD_CHUNK_BYTES = 8 * 1024 * 1024;
/** Files up to this size are hashed in the browser so the server can verify them end to end. */
export const HASH_LIMIT_BYTES = 64 * 1024 * 1024;
/** Response header naming the attachment a finished upload became. */
const FILE_ID_HEADER = 'Ticket-File-Id';

export type UploadStatus = 'hashing' | 'uploading' | 'done' | 'error' | 'cancelled';

export interface UploadItem {
  id: number;
  name: string;
  size: number;
  bytesSent: number;
  status: UploadStatus;
  error: string | null;
  /** The TicketFile id the server answered with. */
  fileId: string | null;
}

async function sha256Hex(file: Blob): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle || file.size > HASH_LIMIT_BYTES) return null;
  try {
    const digest = await subtle.digest('SHA-256', await file.arrayBuffer());
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** The server explains refusals in the response body (too large, checksum mismatch, not your ticket). */
export function uploadErrorMessage(error: Error | DetailedError): string {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  const body = response?.getBody()?.trim();
  if (body) return body;
  return error.message;
}

function endpoint(): string {
  // tus resolves the server's relative Location against this, so it must be absolute.
  return new URL(UPLOAD_PATH, globalThis.location?.origin ?? 'http://localhost').toString();
}

let sequence = 0;

/**
 * Resumable uploads to a ticket over tus (TKT-10): Bearer auth, metadata
 * `ticketId`, `filename`, `filetype` (and `sha256` for files small enough to
 * hash here), progress per file, resuming an interrupted upload of the same
 * file, cancel.
 */
export function useFileUpload(ticketId: MaybeRefOrGetter<string>, options: { onUploaded?: (item: UploadItem) => void } = {}) {
  const session = useSessionStore();
  const uploads = reactive<UploadItem[]>([]);
  const running = new Map<number, Upload>();

  function item(id: number): UploadItem | undefined {
    return uploads.find((candidate) => candidate.id === id);
  }

  async function start(file: File): Promise<void> {
    sequence += 1;
    const id = sequence;
    uploads.push({ id, name: file.name, size: file.size, bytesSent: 0, status: 'hashing', error: null, fileId: null });
    const sha256 = await sha256Hex(file);
    const current = item(id);
    if (!current || current.status === 'cancelled') return;
    current.status = 'uploading';
    const authorization = bearer(session.token);
    const uploadOptions: UploadOptions = {
      endpoint: endpoint(),
      chunkSize: UPLOAD_CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000],
      removeFingerprintOnSuccess: true,
      headers: authorization ? { Authorization: authorization } : {},
      metadata: {
        ticketId: toValue(ticketId),
        filename: file.name,
        filetype: file.type || 'application/octet-stream',
        ...(sha256 ? { sha256 } : {}),
      },
      onProgress: (bytesSent) => {
        const target = item(id);
        if (target) target.bytesSent = bytesSent;
      },
      onSuccess: (payload) => {
        running.delete(id);
        const target = item(id);
        if (!target) return;
        target.status = 'done';
        target.bytesSent = target.size;
        target.fileId = payload?.lastResponse?.getHeader(FILE_ID_HEADER) ?? null;
        options.onUploaded?.(target);
      },
      onError: (error) => {
        running.delete(id);
        const target = item(id);
        if (!target || target.status === 'cancelled') return;
        target.status = 'error';
        target.error = uploadErrorMessage(error);
      },
    };
    const upload = new Upload(file, uploadOptions);
    running.set(id, upload);
    try {
      // The same file again after a dropped connection continues where it stopped.
      const previous = await upload.findPreviousUploads();
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
    } catch {
      // No stored fingerprints (private mode): start from scratch.
    }
    upload.start();
  }

  function add(files: Iterable<File>): void {
    for (const file of files) void start(file);
  }

  async function cancel(id: number): Promise<void> {
    const target = item(id);
    if (target && (target.status === 'uploading' || target.status === 'hashing')) target.status = 'cancelled';
    const upload = running.get(id);
    running.delete(id);
    // Terminate: the server drops the partial file instead of keeping it for a resume.
    await upload?.abort(true).catch(() => undefined);
  }

  function dismiss(id: number): void {
    const index = uploads.findIndex((candidate) => candidate.id === id);
    if (index >= 0 && uploads[index]?.status !== 'uploading') uploads.splice(index, 1);
  }

  return { uploads, add, cancel, dismiss };
}
