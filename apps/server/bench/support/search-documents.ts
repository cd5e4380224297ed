import type pg from 'pg';

/**
 * Search documents for tickets a bench inserted behind the product's back, in
 * one statement (what intake's search reaction would have written, minus the
 * messages). Without them a server would spend its start re-indexing every
 * such ticket in the background (backfillSearchIndex), which no real database
 * of that size asks of it.
 */
export async function indexTicketsForSearch(sql: pg.Client): Promise<void> {
  await sql.query(`
    insert into ticket_search_documents (ticket_id, organization_id, title_text, party_text, body_text, internal_text, indexed_at)
    select t.id, t.organization_id, 'SD-' || lpad(t.id::text, 6, '0') || ' ' || t.id || ' ' || t.subject,
           o.name || E'\\n' || c.full_name || E'\\n' || s.identifier, t.description, '', now()
    from tickets t join organizations o on o.id = t.organization_id join contacts c on c.id = t.contact_id
    join support_contracts s on s.id = t.contract_id
    on conflict (ticket_id) do nothing`);
  await sql.query('vacuum (analyze) ticket_search_documents');
}
