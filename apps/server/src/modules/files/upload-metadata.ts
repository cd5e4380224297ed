import { ProblemList, type FieldProblem } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';

/** What a client says about an upload in tus `Upload-Metadata` (TKT-10). */
export interface UploadRequest {
  readonly ticketId: number;
  readonly fileName: string;
  readonly contentType: string;
  /** Client-computed SHA-256, lower-case hex; checked when the upload finishes. */
  readonly sha256: string | null;
  readonly messageId: number | null;
}

export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
const MAX_FILE_NAME = 500;
const MAX_CONTENT_TYPE = 200;
const TOKEN = "[a-z0-9][a-z0-9!#$&^_.+-]*";
const MIME = new RegExp(`^${TOKEN}/${TOKEN}(\\s*;\\s*${TOKEN}=(${TOKEN}|"[^"\\\\\\r\\n]*"))*$`, 'i');
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Reads and checks the metadata keys: `ticketId` and `filename` are required, `filetype`,
 * `sha256` (hex) and `messageId` optional. Every problem is reported at once.
 */
export function parseUploadMetadata(metadata: Readonly<Record<string, string | null>> | undefined): UploadRequest | readonly FieldProblem[] {
  const meta = metadata ?? {};
  const problems = new ProblemList();

  const ticketId = positiveId(meta.ticketId);
  if (ticketId === undefined) problems.add('ticketId', 'is required: the ticket the file belongs to');
  else if (ticketId === null) problems.add('ticketId', 'must be a ticket id');

  const fileName = cleanFileName(meta.filename ?? meta.name ?? null);
  if (!fileName) problems.add('filename', 'is required and must not be blank');
  else if (fileName.length > MAX_FILE_NAME) problems.add('filename', `must be at most ${MAX_FILE_NAME} characters`);

  const rawSha = meta.sha256?.trim() ?? '';
  if (rawSha && !/^[0-9a-f]{64}$/i.test(rawSha)) problems.add('sha256', 'must be the SHA-256 of the file as 64 hexadecimal characters');

  const messageId = positiveId(meta.messageId);
  if (messageId === null) problems.add('messageId', 'must be a message id');

  if (!problems.isEmpty) return problems.all;
  return {
    ticketId: ticketId!,
    fileName: fileName!,
    contentType: cleanContentType(meta.filetype ?? meta.type ?? null),
    sha256: rawSha ? rawSha.toLowerCase() : null,
    messageId: messageId ?? null,
  };
}

/** Only the last path segment (a Windows client may send `C:\server.nfo`), without control characters. */
export function cleanFileName(raw: string | null): string {
  if (!raw) return '';
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = base.normalize('NFC').replace(CONTROL, '').trim();
  return name === '.' || name === '..' ? '' : name;
}

/** A well-formed MIME type is kept (it is sent back on download); anything else becomes application/octet-stream. */
export function cleanContentType(raw: string | null): string {
  const value = raw?.trim() ?? '';
  if (!value || value.length > MAX_CONTENT_TYPE || !MIME.test(value)) return DEFAULT_CONTENT_TYPE;
  return value;
}

/** undefined: absent; null: present but not an id. */
function positiveId(raw: string | null | undefined): number | null | undefined {
  if (raw === undefined || raw === null || raw.trim() === '') return undefined;
  return idOf(raw);
}

export function describeProblems(problems: readonly FieldProblem[]): string {
  return `Invalid upload metadata: ${problems.map((p) => `${p.field} — ${p.message}`).join('; ')}`;
}
