import type { AuditEntry } from '../../entities/audit/audit-entry.entity.js';

const HEADER = ['at', 'kind', 'actor_id', 'actor_email', 'object_type', 'object_id', 'summary', 'before', 'after', 'ip', 'user_agent'];

/**
 * RFC 4180 CSV, comma-separated, CRLF, UTF-8 (a spreadsheet opens it with the
 * BOM the console adds on download). A cell that starts like a formula is
 * prefixed with a quote so Excel does not run it (CSV injection).
 */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    e.at.toISOString(),
    e.kind,
    e.actorId === null ? '' : String(e.actorId),
    e.actorEmail ?? '',
    e.objectType ?? '',
    e.objectId ?? '',
    e.summary,
    e.before ? JSON.stringify(e.before) : '',
    e.after ? JSON.stringify(e.after) : '',
    e.ip ?? '',
    e.userAgent ?? '',
  ]);
  return [HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
