import { normalizeOrganizationName } from '@desk/sla';
import { ProblemList } from '../../common/errors.js';
import { Locale } from '../../entities/notifications/notification.enums.js';
import { IdentifierKind } from '../../entities/organizations/organization.enums.js';
import { SupportLevel } from '../../entities/sla/sla.enums.js';
import { checkContact, checkIdentifiers, checkOrganizationName, checkPeriod, type CheckedIdentifier, type ContactDetails } from '../organizations/index.js';
import type { CsvRecord } from './csv-table.js';
import { ImportProblemCode, type ImportProblem } from './import-problem.js';

/** The columns of an import file (README, "Bulk onboarding"); only `organization` is required. */
export const IMPORT_COLUMNS = [
  'organization',
  'contract',
  'identifier_kind',
  'level',
  'valid_from',
  'valid_until',
  'products',
  'contact_name',
  'contact_position',
  'contact_phone',
  'contact_email',
  'contact_language',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

const CONTRACT_COLUMNS: readonly ImportColumn[] = ['contract', 'identifier_kind', 'level', 'valid_from', 'valid_until', 'products'];
const CONTACT_COLUMNS: readonly ImportColumn[] = ['contact_name', 'contact_position', 'contact_phone', 'contact_email', 'contact_language'];
/** Several identifiers or products in one cell. */
const LIST_SEPARATOR = '|';

export interface ImportedContract {
  readonly identifiers: readonly CheckedIdentifier[];
  readonly productNames: readonly string[];
  readonly supportLevel: SupportLevel;
  readonly validFrom: string;
  readonly validUntil: string;
}

/** One valid line of the file: an organization, and a contract, a contact, both or neither. */
export interface ImportRow {
  readonly line: number;
  readonly organization: { readonly name: string; readonly normalized: string };
  readonly contract: ImportedContract | null;
  readonly contact: ContactDetails | null;
}

export type ColumnIndex = ReadonlyMap<ImportColumn, number>;

/** Where each known column is; unknown columns (a typo would silently drop data) and a missing `organization` are problems of line 1. */
export function readHeader(header: readonly string[], problems: ImportProblem[]): ColumnIndex {
  const index = new Map<ImportColumn, number>();
  header.forEach((raw, position) => {
    const name = raw.trim().toLowerCase();
    if ((IMPORT_COLUMNS as readonly string[]).includes(name)) index.set(name as ImportColumn, position);
    else if (name) problems.push({ line: 1, column: raw.trim(), code: ImportProblemCode.UNKNOWN_COLUMN, message: `unknown column; the columns are ${IMPORT_COLUMNS.join(', ')}` });
  });
  if (!index.has('organization')) problems.push({ line: 1, column: 'organization', code: ImportProblemCode.MISSING_COLUMN, message: 'the file needs an organization column' });
  return index;
}

/**
 * One record checked by the same rules as the admins' forms (contract-terms,
 * directory-details), each problem named by its column; null when it has any.
 * A contract's or a contact's columns left empty make that part absent.
 */
export function readRow(record: CsvRecord, columns: ColumnIndex, problems: ImportProblem[]): ImportRow | null {
  const cell = (column: ImportColumn) => (columns.has(column) ? (record.cells[columns.get(column)!] ?? '').trim() : '');
  const found = new ProblemList();
  const name = checkOrganizationName(cell('organization'), 'organization', found);
  const contract = CONTRACT_COLUMNS.some(cell) ? readContract(cell, found) : null;
  const contact = CONTACT_COLUMNS.some(cell) ? readContact(cell, found) : null;
  for (const problem of found.all) {
    const column = problem.field.split('.')[0] as ImportColumn;
    const code = cell(column) ? ImportProblemCode.INVALID_VALUE : ImportProblemCode.REQUIRED;
    problems.push({ line: record.line, column, code, message: problem.message });
  }
  if (!found.isEmpty) return null;
  return { line: record.line, organization: { name, normalized: normalizeOrganizationName(name) }, contract, contact };
}

type Cell = (column: ImportColumn) => string;

function readContract(cell: Cell, found: ProblemList): ImportedContract {
  const kind = cell('identifier_kind').toUpperCase() || IdentifierKind.LICENSE_NUMBER;
  if (!Object.hasOwn(IdentifierKind, kind)) found.add('identifier_kind', `must be one of ${Object.keys(IdentifierKind).join(', ')}`);
  const identifiers = checkIdentifiers(listOf(cell('contract')).map((identifier) => ({ identifier, kind: kind as IdentifierKind })), 'contract', found);
  const level = cell('level').toUpperCase();
  if (!Object.hasOwn(SupportLevel, level)) found.add('level', 'must be BASIC or EXTENDED');
  const validFrom = isoDateOf(cell('valid_from'));
  const validUntil = isoDateOf(cell('valid_until'));
  checkPeriod(validFrom, validUntil, { from: 'valid_from', until: 'valid_until' }, found);
  const productNames = listOf(cell('products'));
  if (productNames.length === 0) found.add('products', 'needs at least one product');
  return { identifiers, productNames, supportLevel: level as SupportLevel, validFrom, validUntil };
}

// The import names a contact's problems by column, the admins' form by its input's field.
const CONTACT_COLUMN_OF = { fullName: 'contact_name', position: 'contact_position', phone: 'contact_phone', email: 'contact_email', locale: 'contact_language' } as const;

function readContact(cell: Cell, found: ProblemList): ContactDetails {
  const language = cell('contact_language').toLowerCase();
  if (language && language !== Locale.RU && language !== Locale.EN) found.add('contact_language', 'must be ru or en');
  const given = { fullName: cell('contact_name'), position: cell('contact_position'), phone: cell('contact_phone'), email: cell('contact_email') || null, locale: (language || null) as Locale | null };
  return checkContact(given, found, (property) => CONTACT_COLUMN_OF[property]);
}

/** A cell holding several values separated by `|`, blanks dropped. */
function listOf(value: string): string[] {
  return value.split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean);
}

/** YYYY-MM-DD as written, or DD.MM.YYYY as Russian spreadsheets show dates; anything else is left for checkPeriod to name. */
function isoDateOf(value: string): string {
  const russian = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  return russian ? `${russian[3]}-${russian[2]}-${russian[1]}` : value;
}
