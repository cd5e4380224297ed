/** Moscow is UTC+3 all year: `msk('2026-02-13T17:50')` is that wall-clock time in Moscow. */
export function msk(local: string): Date {
  return new Date(`${local.length === 16 ? `${local}:00` : local}+03:00`);
}

/** Instants compared as instants: '2026-02-16T06:20:00.000Z' equals '2026-02-16T09:20:00+03:00'. */
export function instant(value: string | Date): number {
  return (typeof value === 'string' ? new Date(value) : value).getTime();
}

/** An ISO-8601 date-time with an explicit offset (Z or ±hh:mm), as API.md promises. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
