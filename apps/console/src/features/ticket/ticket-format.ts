/** "1.5 MB", "812 KB", "12 B": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value >= 10 ? Math.round(value) : Math.round(value * 10) / 10} ${units[unit]}`;
}

const MOSCOW_OFFSET = '+03:00';

/**
 * `<input type="datetime-local">` speaks wall-clock time without a zone; the
 * agreement's hours are Moscow hours (LVL-2), and Moscow has kept UTC+3 since 2014.
 */
export function moscowLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  const date = new Date(`${withSeconds}${MOSCOW_OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The reverse, for prefilling the input: "2026-02-16T18:00". */
export function isoToMoscowLocal(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const moscow = new Date(date.getTime() + 3 * 3600 * 1000);
  return moscow.toISOString().slice(0, 16);
}
