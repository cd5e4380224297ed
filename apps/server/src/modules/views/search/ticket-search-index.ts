import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { searchTerms } from '../../../common/search-terms.js';
import { TimelineKind } from '../../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { TicketMessage } from '../../../entities/tickets/ticket-message.entity.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import type { TicketChangeReaction } from '../../tickets/index.js';
import { isPostgres } from './ticket-search.js';

/** The four parts of a ticket's searchable text (see the agent_workday migration). */
export interface SearchDocument {
  readonly ticketId: number;
  readonly organizationId: number;
  readonly title: string;
  readonly party: string;
  readonly body: string;
  readonly internal: string;
}

/** What changes a ticket's words: its registration, a message (the portal, e-mail replies, notes), appendix-1 details. */
const REINDEXING = new Set<TimelineKind>([TimelineKind.CREATED, TimelineKind.MESSAGE, TimelineKind.DETAILS_UPDATED, TimelineKind.SPLIT]);

/**
 * Reads what a ticket's search document holds, in `em`'s transaction. For a
 * ticket registered in that transaction (`registeredNow`) its messages are
 * the ones the transaction wrote, all in its identity map: no read (one
 * statement less for every new ticket, pnpm bench intake).
 */
export async function documentOf(em: EntityManager, ticketId: number, registeredNow = false): Promise<SearchDocument | null> {
  const ticket = await em.findOne(Ticket, ticketId, { populate: ['organization', 'contact', 'contract'] });
  if (!ticket) return null;
  const messages = registeredNow
    ? messagesWrittenIn(em, ticketId)
    : await em.find(TicketMessage, { ticket: ticketId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const contact = ticket.contact.getEntity();
  const details = [ticket.occursWhen, ticket.stepsToReproduce, ticket.errorText, ticket.productVersion, ticket.buildNumber, ticket.osVersion, ticket.hardwareModel];
  return {
    ticketId: ticket.id,
    organizationId: ticket.organization.id,
    // The number as printed and as its digits, so «SD-000042», «000042» and «42» all find it.
    title: `${ticket.number} ${String(ticket.id)} ${ticket.subject}`,
    party: [ticket.organization.getEntity().name, contact.fullName, contact.email ?? '', contact.phone, ticket.contract.getEntity().identifier].join('\n'),
    body: [ticket.description, ...details.filter((d): d is string => Boolean(d)), ...messages.filter((m) => !m.internal).map((m) => m.body)].join('\n\n'),
    internal: messages.filter((m) => m.internal).map((m) => m.body).join('\n\n'),
  };
}

function messagesWrittenIn(em: EntityManager, ticketId: number): TicketMessage[] {
  const written = em.getUnitOfWork().getIdentityMap().getStore(em.getMetadata().get(TicketMessage.name)).values();
  return [...written]
    .filter((message) => message.ticket.id === ticketId)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
}

/** Brings a ticket's entry in the index up to date, in the caller's transaction. */
export async function indexTicket(em: EntityManager, ticketId: number, now: Date, registeredNow = false): Promise<void> {
  const doc = await documentOf(em, ticketId, registeredNow);
  const db = em as SqlEntityManager;
  const postgres = isPostgres(em);
  if (!postgres) await db.execute('delete from ticket_search_fts where rowid = ?', [ticketId], 'run');
  if (!doc) {
    await db.execute('delete from ticket_search_documents where ticket_id = ?', [ticketId], 'run');
    return;
  }
  // One statement whether the ticket is new or re-indexed: it runs in every ticket change's transaction (pnpm bench intake).
  await db.execute(
    `insert into ticket_search_documents (ticket_id, organization_id, title_text, party_text, body_text, internal_text, indexed_at) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (ticket_id) do update set organization_id = excluded.organization_id, title_text = excluded.title_text, party_text = excluded.party_text,
         body_text = excluded.body_text, internal_text = excluded.internal_text, indexed_at = excluded.indexed_at`,
    [doc.ticketId, doc.organizationId, doc.title, doc.party, doc.body, doc.internal, postgres ? now : now.getTime()],
    'run',
  );
  if (!postgres) {
    const stems = (text: string) => searchTerms(text).join(' ');
    await db.execute(
      'insert into ticket_search_fts (rowid, title, party, body, internal) values (?, ?, ?, ?, ?)',
      [doc.ticketId, stems(doc.title), stems(doc.party), stems(doc.body), stems(doc.internal)],
      'run',
    );
  }
}

/** The search index as a reaction of every ticket change: re-indexed when the ticket's words changed. */
export const searchIndexReaction: TicketChangeReaction = {
  name: 'search index',
  async react(tx, changes) {
    for (const { ticket, entries } of changes) {
      if (!entries.some((entry) => REINDEXING.has(entry.kind))) continue;
      const registeredNow = entries.some((entry) => entry.kind === TimelineKind.CREATED);
      await indexTicket(tx, ticket.id, entries[0]!.at, registeredNow);
    }
    return [];
  },
};

/** Indexes tickets that predate the index (a database migrated from before #13), a batch at a time, in the background. */
export async function backfillSearchIndex(orm: Orm, now: () => Date, logger: Logger): Promise<number> {
  let done = 0;
  for (;;) {
    const em = orm.em.fork();
    const rows = await (em as SqlEntityManager).execute<{ id: number | string }[]>(
      'select t.id from tickets t where not exists (select 1 from ticket_search_documents d where d.ticket_id = t.id) order by t.id limit 200',
    );
    if (rows.length === 0) break;
    await em.transactional(async (tx) => {
      for (const row of rows) await indexTicket(tx, Number(row.id), now());
    });
    done += rows.length;
  }
  if (done > 0) logger.info('ticket search index filled in', { tickets: done });
  return done;
}

/** The indexed documents of these tickets, in one query (for excerpts). */
export async function storedDocuments(em: EntityManager, ticketIds: readonly number[]): Promise<Map<number, SearchDocument>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await (em as SqlEntityManager).execute<
    { ticket_id: number | string; organization_id: number | string; title_text: string; party_text: string; body_text: string; internal_text: string }[]
  >(
    `select ticket_id, organization_id, title_text, party_text, body_text, internal_text from ticket_search_documents where ticket_id in (${ticketIds.map(() => '?').join(', ')})`,
    [...ticketIds],
  );
  return new Map(
    rows.map((row) => [
      Number(row.ticket_id),
      { ticketId: Number(row.ticket_id), organizationId: Number(row.organization_id), title: row.title_text, party: row.party_text, body: row.body_text, internal: row.internal_text },
    ]),
  );
}
