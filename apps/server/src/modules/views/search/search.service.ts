import type { EntityManager } from '@mikro-orm/core';
import { checkPageSize, decodeNumericCursor, encodeCursor } from '../../../common/cursor.js';
import { ProblemList } from '../../../common/errors.js';
import type { StoredViewFilter } from '../../../entities/views/saved-view.entity.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { isStaff, type Actor } from '../../../graphql/actor.js';
import { filteredTickets, MAX_FILTER_TEXT } from '../view-query.js';
import { excerptsOf, type SearchExcerpt } from './search-excerpt.js';
import { storedDocuments } from './ticket-search-index.js';
import { hasSearchTerms, rankedSearch, type SqlCondition } from './ticket-search.js';

export interface SearchResult {
  readonly ticket: Ticket;
  readonly rank: number;
  readonly excerpts: SearchExcerpt[];
  readonly cursor: string;
}

export interface SearchPage {
  readonly results: SearchResult[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

/**
 * Ticket search (#13): the words of the query in any form, over the number,
 * subject, description, messages (e-mail replies included), organization,
 * contact and contract identifier; scoped exactly like `tickets` (a customer
 * its organization, a partner its customers, staff everything; internal notes
 * for staff only) and narrowed by the views' filter; ranked, with excerpts.
 */
export class TicketSearchService {
  constructor(private readonly em: EntityManager) {}

  async search(actor: Actor, query: string, filter: StoredViewFilter, first: number, after: string | null, now: Date): Promise<SearchPage> {
    checkPageSize(first);
    const problems = new ProblemList();
    const text = query.trim();
    if (text.length > MAX_FILTER_TEXT) problems.add('query', `must be at most ${MAX_FILTER_TEXT} characters`);
    problems.throwIfAny();
    const offset = after ? decodeNumericCursor(after, 1)[0]! : 0;
    if (!hasSearchTerms(text)) return { results: [], totalCount: 0, hasNextPage: false };
    const staff = isStaff(actor);
    const { hits, total } = await rankedSearch(this.em, text, staff, this.scopeOf(actor, filter, now), first, offset);
    const ids = hits.map((h) => h.id);
    const [found, docs] = await Promise.all([this.em.find(Ticket, { id: { $in: ids } }), storedDocuments(this.em, ids)]);
    const tickets = new Map(found.map((t) => [t.id, t]));
    const results: SearchResult[] = [];
    for (const [index, hit] of hits.entries()) {
      const ticket = tickets.get(hit.id);
      const doc = docs.get(hit.id);
      if (!ticket || !doc) continue;
      results.push({ ticket, rank: hit.rank, excerpts: excerptsOf(doc, text, staff), cursor: encodeCursor([offset + index + 1]) });
    }
    return { results, totalCount: total, hasNextPage: offset + hits.length < total };
  }

  /** The ticket ids the caller may see and the filter selects, as a subquery; null when that is every ticket. */
  private scopeOf(actor: Actor, filter: StoredViewFilter, now: Date): SqlCondition | null {
    const { text: _text, ...rest } = filter;
    if (actor.visibleOrganizationIds === null && Object.keys(rest).length === 0) return null;
    const query = filteredTickets(this.em, rest, actor, now).select('t.id').getKnexQuery().toSQL();
    return { sql: query.sql, params: query.bindings };
  }
}
