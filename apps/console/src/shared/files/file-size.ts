/** Divides by 1024 until the value reads in the largest unit it reaches (at most the last one). */
function scaled(bytes: number, units: number): { value: number; unit: number } {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units - 1) {
    value /= 1024;
    unit += 1;
  }
  return { value, unit };
}

/** "1.5 MB", "812 KB", "12 B": ticket attachments as people read them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  const { value, unit } = scaled(bytes / 1024, units.length);
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

/** Bytes for people: "1,4 МБ" / "1.4 MB"; null when the size is unknown (a file kept at a URL). */
export function formatFileSize(bytes: number | null | undefined, locale: string): string | null {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return null;
  const units = locale === 'en' ? ['B', 'KB', 'MB', 'GB', 'TB'] : ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'];
  const { value, unit } = scaled(bytes, units.length);
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
