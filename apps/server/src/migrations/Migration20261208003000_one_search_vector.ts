import { Migration } from '@mikro-orm/migrations';
import { dialectOf } from './dialect.js';

/**
 * One stored text-search vector a ticket, and one GIN index, instead of two (#17).
 *
 * Migration20261207033441_agent_workday stored `public_vector` (title, parties,
 * body) and `staff_vector` (the same and the internal notes) as generated
 * columns, each with its GIN index: seven `to_tsvector` parses of every
 * document written, three of them twice over, and two inverted indexes to
 * keep. The public vector is exactly the staff vector without its weight-D
 * positions, so a customer's search now finds its candidates by the one
 * index and keeps those that match without the internal notes
 * (`ts_filter`, no parsing; modules/views/search/ticket-search.ts). Writing
 * a million documents took less than half as long (docs/bench/million.md),
 * and every ticket change that re-indexes its document parses four parts,
 * not seven, and updates one inverted index, not two. Adding the column
 * rewrites the table once.
 */
export class Migration20261208003000_one_search_vector extends Migration {
  override up(): void {
    const dialect = dialectOf(this.getKnex());
    // SQLite searches its FTS5 table, which has kept one row a ticket from the start.
    if (dialect.includes('sqlite')) return;
    if (!dialect.includes('postgres')) throw new Error(`Ticket search has no implementation for the ${dialect} database`);
    const part = (column: string, weight: string) => `setweight(to_tsvector('russian'::regconfig, ${column}), '${weight}')`;
    const vector = [part('title_text', 'A'), part('party_text', 'B'), part('body_text', 'C'), part('internal_text', 'D')].join(' || ');
    this.addSql('drop index ticket_search_public_idx');
    this.addSql('drop index ticket_search_staff_idx');
    this.addSql('alter table ticket_search_documents drop column public_vector, drop column staff_vector');
    this.addSql(`alter table ticket_search_documents add column search_vector tsvector generated always as (${vector}) stored`);
    this.addSql('create index ticket_search_vector_idx on ticket_search_documents using gin (search_vector)');
  }
}
