import { normalizeIdentifier } from '@desk/sla';
import type { ProblemList } from '../../common/errors.js';
import type { IdentifierKind } from '../../entities/organizations/organization.enums.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date YYYY-MM-DD that exists (a round trip, not Date.parse: that rolls 2026-02-30 over to 2 March). */
export function isCalendarDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

export interface CheckedIdentifier {
  readonly identifier: string;
  readonly normalized: string;
  readonly kind: IdentifierKind;
}

/** The identifiers as given, trimmed and normalized (ID-2); empty ones and repeats within the list are named. */
export function checkIdentifiers(
  identifiers: readonly { identifier: string; kind: IdentifierKind }[],
  field: string,
  problems: ProblemList,
): CheckedIdentifier[] {
  if (identifiers.length === 0) problems.add(field, 'needs at least one identifier');
  if (identifiers.length > 100) problems.add(field, 'at most 100 identifiers');
  const seen = new Set<string>();
  return identifiers.map((given, index) => {
    const identifier = given.identifier.trim();
    const normalized = normalizeIdentifier(identifier);
    if (!normalized || identifier.length > 100) problems.add(`${field}.${index}.identifier`, 'must be 1 to 100 characters');
    else if (seen.has(normalized)) problems.add(`${field}.${index}.identifier`, `${identifier} is listed twice`);
    seen.add(normalized);
    return { identifier, normalized, kind: given.kind };
  });
}

/** A validity period: two existing dates, the first not after the second. */
export function checkPeriod(validFrom: string, validUntil: string, fields: { from: string; until: string }, problems: ProblemList): void {
  if (!isCalendarDate(validFrom)) problems.add(fields.from, 'must be a calendar date YYYY-MM-DD');
  if (!isCalendarDate(validUntil)) problems.add(fields.until, 'must be a calendar date YYYY-MM-DD');
  else if (isCalendarDate(validFrom) && validUntil < validFrom) problems.add(fields.until, `must not be before ${validFrom}`);
}
