import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { fts5Query, searchTerms } from '../../../common/search-terms.js';
import { parseTicketNumber } from '../../../entities/tickets/ticket-number.js';
import { isPostgres } from '../../../infra/database/dialect.js';

/** A SQL condition with its `?` parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

export interface SearchHit {
  readonly id: number;
  /** Orders hits of one search only (its scale differs between databases). */
  readonly rank: number;
}

export interface SearchHits {
  readonly hits: SearchHit[];
  readonly total: number;
}

/**
 * Ticket full-text search with Russian word forms (#13), in the dialect of the
 * database behind `em`: PostgreSQL's `russian` text search configuration over
 * the generated vector of ticket_search_documents, or SQLite's FTS5 table of
 * the same words stemmed by common/search-terms.ts. Customers and partners
 * search the public columns only (never internal notes); staff all four.
 */
export { isPostgres };

/** Whether the text has anything to look for (stop words alone have not). */
export function hasSearchTerms(text: string): boolean {
  return searchTerms(text).length > 0 || parseTicketNumber(text.trim(), { bare: true }) !== null;
}

/** `idColumn` names a ticket whose document matches every word of `text` (or whose number it is). */
export function textCondition(em: EntityManager, text: string, staff: boolean, idColumn: string): SqlCondition {
  const number = parseTicketNumber(text.trim(), { bare: true });
  const byNumber: SqlCondition | null = number === null ? null : { sql: `${idColumn} = ?`, params: [number] };
  const words = wordsCondition(em, text, staff, idColumn);
  if (!words) return byNumber ?? { sql: '1 = 0', params: [] };
  return byNumber ? { sql: `(${words.sql} or ${byNumber.sql})`, params: [...words.params, ...byNumber.params] } : words;
}

function wordsCondition(em: EntityManager, text: string, staff: boolean, idColumn: string): SqlCondition | null {
  if (isPostgres(em)) {
    if (searchTerms(text).length === 0) return null;
    return { sql: `${idColumn} in (select d.ticket_id from ticket_search_documents d cross join plainto_tsquery('russian', ?) as q(query) where ${vectorMatch(staff, 'q.query')})`, params: [text] };
  }
  const match = ftsMatch(text, staff);
  return match === null ? null : { sql: `${idColumn} in (select rowid from ticket_search_fts where ticket_search_fts match ?)`, params: [match] };
}

/** Document `d`'s vector: every part, as staff search it. */
const STAFF_VECTOR = 'd.search_vector';
/** The same without the internal notes' weight-D positions, as customers and partners search it. */
const PUBLIC_VECTOR = `ts_filter(${STAFF_VECTOR}, '{a,b,c}')`;

function vectorOf(staff: boolean): string {
  return staff ? STAFF_VECTOR : PUBLIC_VECTOR;
}

/**
 * The PostgreSQL condition that document `d` matches `query` as `staff` may search it. Both kinds
 * of search find their candidates by the one GIN index on `search_vector`; a customer's then match
 * again without the internal notes, so a word found only in an internal note finds nothing
 * (Migration20261208003000_one_search_vector).
 */
function vectorMatch(staff: boolean, query: string): string {
  const candidates = `${STAFF_VECTOR} @@ ${query}`;
  return staff ? candidates : `(${candidates} and ${PUBLIC_VECTOR} @@ ${query})`;
}

/** FTS5: every term in any column, or (customers, partners) in the public columns only. */
function ftsMatch(text: string, staff: boolean): string | null {
  const query = fts5Query(text);
  if (query === null) return null;
  return staff ? query : `{title party body} : (${query})`;
}

/**
 * The matching tickets among those `scope` selects (a subquery of ticket ids: visibility and the view
 * filter), best first: title (number, subject) outranks the parties (organization, contact, contract),
 * which outrank the body (description, messages) and internal notes. Ties go to the newer ticket.
 */
export async function rankedSearch(em: EntityManager, text: string, staff: boolean, scope: SqlCondition | null, limit: number, offset: number): Promise<SearchHits> {
  const number = parseTicketNumber(text.trim(), { bare: true });
  const db = em as SqlEntityManager;
  const scopeSql = (column: string) => (scope ? ` and ${column} in (${scope.sql})` : '');
  const scopeParams = scope ? scope.params : [];
  let rows: { id: number | string; score: number | string; total: number | string }[];
  if (isPostgres(em)) {
    const words = searchTerms(text).length > 0;
    const match = [words ? vectorMatch(staff, 'q.query') : null, number !== null ? 'd.ticket_id = ?' : null].filter(Boolean).join(' or ');
    if (!match) return { hits: [], total: 0 };
    // A ticket named by its number comes first; then ts_rank (normalised by length, like bm25).
    const sql =
      `select d.ticket_id as id, (case when d.ticket_id = ? then 1000 else 0 end) + ts_rank(${vectorOf(staff)}, q.query, 1) as score, count(*) over () as total ` +
      `from ticket_search_documents d cross join plainto_tsquery('russian', ?) as q(query) where (${match})${scopeSql('d.ticket_id')} ` +
      'order by score desc, id desc limit ? offset ?';
    rows = await db.execute(sql, [number ?? 0, text, ...(number !== null ? [number] : []), ...scopeParams, limit, offset]);
  } else {
    const match = ftsMatch(text, staff);
    const parts: string[] = [];
    const params: unknown[] = [];
    // bm25 is lower for better matches: negated, higher is better as on PostgreSQL. FTS5 refuses an
    // auxiliary function next to a window function, hence the subqueries.
    if (match !== null) {
      parts.push(`select rowid as id, -bm25(ticket_search_fts, 1.0, 0.6, 0.3, 0.2) as score from ticket_search_fts where ticket_search_fts match ?${scopeSql('rowid')}`);
      params.push(match, ...scopeParams);
    }
    if (number !== null) {
      parts.push(`select ticket_id as id, 1000 as score from ticket_search_documents where ticket_id = ?${scopeSql('ticket_id')}`);
      params.push(number, ...scopeParams);
    }
    if (parts.length === 0) return { hits: [], total: 0 };
    // Materialised, so SQLite does not fold the FTS5 query into the outer one (bm25 works only directly on its match).
    rows = await db.execute(
      `with hits as materialized (${parts.join(' union all ')}) ` +
        'select id, max(score) as score, count(*) over () as total from hits group by id order by score desc, id desc limit ? offset ?',
      [...params, limit, offset],
    );
  }
  const hits = rows.map((row) => ({ id: Number(row.id), rank: Number(row.score) }));
  return { hits, total: rows.length > 0 ? Number(rows[0]!.total) : offset > 0 ? await countOnly() : 0 };

  async function countOnly(): Promise<number> {
    const all = await rankedSearch(em, text, staff, scope, 1, 0);
    return all.total;
  }
}
