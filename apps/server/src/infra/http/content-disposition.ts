/**
 * `Content-Disposition: attachment` with the file's real name: an ASCII `filename` for old
 * clients and an RFC 5987 / RFC 6266 `filename*` (UTF-8, percent-encoded) that browsers and
 * curl use, so a Cyrillic `отчёт.nfo` arrives under its own name.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = asciiFallback(fileName);
  const header = `attachment; filename="${fallback}"`;
  return fallback === fileName ? header : `${header}; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Percent-encodes everything outside RFC 5987 `attr-char`. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function asciiFallback(fileName: string): string {
  // Keep the extension readable: "отчёт.nfo" → "_____.nfo".
  const ascii = fileName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return ascii.trim() || 'file';
}
