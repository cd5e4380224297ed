import type { ProblemList } from './errors.js';

// The production calendar is shipped and generated for these years; outside them a deadline means nothing.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** Refuses instants the SLA arithmetic has no calendar for (e.g. a typo'd year 1900). */
export function checkSupportedInstant(at: Date, field: string, problems: ProblemList): void {
  const time = at.getTime();
  if (!(time >= EARLIEST && time < LATEST)) problems.add(field, 'must be between 2000-01-01 and 2099-12-31');
}

/** The years checkSupportedInstant allows, for a question about a whole year (the calendar page). */
export function checkSupportedYear(year: number, field: string, problems: ProblemList): void {
  if (!(year >= 2000 && year < 2100)) problems.add(field, 'must be between 2000 and 2099');
}
