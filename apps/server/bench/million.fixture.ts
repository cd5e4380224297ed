import type pg from 'pg';
import { closingStatement } from './compliance-report.fixture.js';
import { insertOpenTickets } from './queue-page.fixture.js';
import { inParallel, moveThroughScratchTable, withIndexesRebuilt } from './support/bulk-load.js';
import { withClient } from './support/postgres.js';

/** The proportions of #17's vendor: per million tickets 10 000 organizations, 100 000 open, 1 000 waiting for a reaction. */
export interface HistoryShape {
  readonly tickets: number;
  readonly organizations: number;
  readonly open: number;
  readonly waiting: number;
  /** Agents besides the demo staff; a fixed desk, so each agent's history grows with the tickets. */
  readonly agents: number;
  /** How far back arrivals go. */
  readonly days: number;
}

const FULL_QUEUE_PAGE = 51;

/**
 * The agent whose tickets the bench lists (`assigneeId`, the agent board). The
 * board (their open tickets) holds at least a full page at either size, as the
 * queue does: at ten thousand tickets an agent holds ≈ 20 open ones, and the
 * board compared 17 rendered rows with 50 at a million (#17).
 */
export const BOARD_AGENT = 'bench-agent-10@demo.local';
const FULL_BOARD_PAGE = 51;

/**
 * The shape scaled to `tickets`: 100 tickets an organization, 10 %
 * open, 0.1 % in the queue — but at least a full queue page (51), so the
 * queue's first page costs the same rendering at either size.
 */
export function historyShape(tickets: number, agents = 50): HistoryShape {
  const open = Math.round(tickets / 10);
  return {
    tickets,
    organizations: Math.max(1, Math.round(tickets / 100)),
    open,
    waiting: Math.min(open, Math.max(FULL_QUEUE_PAGE, Math.round(tickets / 1000))),
    agents,
    days: 365,
  };
}

/** The customer organization `n` of the generated history (1-based), as its name reads and is searched. */
export function customerName(n: number): string {
  return `ООО Клиент ${n}`;
}

/**
 * A vendor's year of history (#17), set-based throughout (generate_series,
 * INSERT … SELECT, indexes rebuilt after each bulk insert): agents, customer
 * organizations with an active contract and a contact each, the tickets of
 * queue-page.fixture spread over the year and over every contract, closed
 * with a reaction (compliance-report.fixture) except the newest `open`, of
 * which the newest `waiting` still await a reaction (NEW, unassigned) and the
 * rest are IN_PROGRESS or WAITING_FOR_CUSTOMER with their agent. Every ticket
 * has its CREATED timeline line, a message and a search document; reacted
 * ones a RESPONDED line. The compliance rollup follows by its triggers.
 * Needs the demo seed (SEED_DEMO: staff, products, demo contracts). The
 * per-ticket rows load, and every table's indexes are rebuilt, over `loaders`
 * connections to `url` at once.
 * Returns the time of each step, ms.
 */
export async function loadHistory(sql: pg.Client, url: string, shape: HistoryShape, loaders: number): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  const builders = { url, connections: loaders };
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    steps[name] = performance.now() - started;
    return result;
  };
  await step('agents, organizations, contracts', async () => {
    await insertAgents(sql, shape.agents);
    await insertCustomers(sql, shape.organizations);
  });
  const indexTickets = await step('tickets', () =>
    moveThroughScratchTable(sql, 'tickets', async (scratch) => {
      await insertOpenTickets(sql, shape.tickets, scratch, shape.days);
      await inParallel(url, loaders, closingStatement(scratch, PART));
      await reopenNewest(sql, scratch, shape);
    }, builders),
  );
  // At once: the tickets' index builds and every per-ticket table's load and index builds only read
  // the tickets, and the search documents' GIN build keeps one core alone for a quarter of a minute.
  await Promise.all([
    step('tickets indexes', indexTickets),
    ...PER_TICKET_ROWS.map(([name, table, statement]) =>
      step(name, () => withClient(url, (own) => withIndexesRebuilt(own, table, () => inParallel(url, loaders, statement), builders))),
    ),
  ]);
  await step('vacuum analyze', async () => {
    for (const table of ['tickets', 'ticket_messages', 'timeline_entries', 'ticket_search_documents', 'compliance_rollup', 'compliance_rollup_months', 'organizations', 'contacts', 'support_contracts', 'users']) {
      await sql.query(`vacuum (analyze) ${table}`);
    }
  });
  return steps;
}

/** Agents who can sign in like the demo agent (same password hash). */
async function insertAgents(sql: pg.Client, count: number): Promise<void> {
  await sql.query(
    `insert into users (email, password_hash, full_name, role, organization_id, active, created_at)
     select 'bench-agent-' || g || '@demo.local', a.password_hash, 'Агент ' || g, 'AGENT', a.organization_id, true, now()
     from generate_series(1, $1::int) g cross join (select password_hash, organization_id from users where email = 'agent1@demo.local') a`,
    [count],
  );
}

/** Customer organizations, each with one contract in force (levels alternate); contacts come with the tickets. */
async function insertCustomers(sql: pg.Client, count: number): Promise<void> {
  await sql.query(
    `insert into organizations (name, normalized_name, kind, created_at)
     select 'ООО Клиент ' || g, 'ооо клиент ' || g, 'CUSTOMER', now() from generate_series(1, $1::int) g`,
    [count],
  );
  await sql.query(
    `insert into support_contracts (organization_id, product_id, identifier, normalized_identifier, identifier_kind, support_level, valid_from, valid_until)
     select o.id, (select min(id) from products), 'BN-' || lpad(o.id::text, 6, '0'), 'BN-' || lpad(o.id::text, 6, '0'), 'LICENSE_NUMBER',
            case when o.id % 3 = 0 then 'EXTENDED' else 'BASIC' end, d.valid_from, d.valid_until
     from organizations o cross join (select valid_from, valid_until from support_contracts where identifier = 'DL-BASIC-0001') d
     where o.name like 'ООО Клиент %'`,
  );
}

/**
 * The newest `open` tickets back to work: the newest `waiting` await a
 * reaction (NEW, unassigned, undecided), two in three of the others are
 * IN_PROGRESS with the agent who reacted, one in three WAITING_FOR_CUSTOMER;
 * the board's agent holds at least a page of them (BOARD_AGENT).
 */
async function reopenNewest(sql: pg.Client, table: string, shape: HistoryShape): Promise<void> {
  await sql.query(
    `with ranked as (select id, row_number() over (order by received_at desc, id desc) as r from ${table})
     update ${table} t set
       status = case when r.r <= $2 then 'NEW' when r.r % 3 = 0 then 'WAITING_FOR_CUSTOMER' else 'IN_PROGRESS' end,
       resolution = null, closed_at = null,
       waiting_since = case when r.r > $2 and r.r % 3 = 0 then t.responded_at + interval '30 minutes' end
     from ranked r where r.id = t.id and r.r <= $1`,
    [shape.open, shape.waiting],
  );
  await sql.query(
    `update ${table} set awaiting_reaction = true, assignee_id = null, responded_by_id = null, responded_at = null,
       notice_state = null, notice_channel = null, notice_proof = null,
       sla_outcome = null, sla_decided_at = null, sla_level = null, sla_criticality = null, sla_due_at = null, sla_response_seconds = null
     where status = 'NEW'`,
  );
  // The newest open tickets of other agents go to the board's agent (the one who reacted too) until it holds a page.
  await sql.query(
    `with board as (select id from users where email = $1),
     held as (select count(*) as n from ${table} where assignee_id = (select id from board) and status in ('IN_PROGRESS', 'WAITING_FOR_CUSTOMER')),
     moved as (
       select id from ${table}
       where status in ('IN_PROGRESS', 'WAITING_FOR_CUSTOMER') and assignee_id <> (select id from board)
       order by received_at desc, id desc limit greatest(0, $2 - (select n from held))
     )
     update ${table} t set assignee_id = (select id from board), responded_by_id = (select id from board) from moved m where m.id = t.id`,
    [BOARD_AGENT, FULL_BOARD_PAGE],
  );
}

/** A part of the tickets, for inParallel: `$1` the part, `$2` the number of parts. */
const PART = 't.id % $2 = $1';

/** One message a ticket: the agent's answer on reacted tickets, the customer's addition on the waiting ones. */
const MESSAGES = `
  insert into ticket_messages (ticket_id, kind, author_id, author_name, body, internal, created_at)
  select t.id,
         case when t.responded_at is null then 'CUSTOMER_REPLY' when t.status = 'CLOSED' then 'SOLUTION' else 'CLARIFYING_QUESTION' end,
         t.responded_by_id, case when t.responded_at is null then 'Bench Contact' else 'Агент' end,
         case when t.responded_at is null then 'Дополнение: журнал ошибок во вложении.'
              else 'Проверьте настройки политики безопасности и перезагрузите АРМ.' end,
         false, coalesce(t.responded_at, t.received_at) + interval '5 minutes'
  from tickets t where ${PART}`;

/** CREATED for every ticket, RESPONDED for the reacted ones, as the product writes them. */
const TIMELINE = `
  insert into timeline_entries (ticket_id, kind, at, actor_id, summary, data, internal)
  select t.id, 'CREATED', t.received_at, null, 'Заявка зарегистрирована', null::json, false from tickets t where ${PART}
  union all
  select t.id, 'RESPONDED', t.responded_at, t.responded_by_id, 'Работа начата', null::json, false from tickets t where t.responded_at is not null and ${PART}`;

/** The search documents the application would index (ticket-search-index.ts: title, parties, body); their vectors are most of the load. */
const SEARCH_DOCUMENTS = `
  insert into ticket_search_documents (ticket_id, organization_id, title_text, party_text, body_text, internal_text, indexed_at)
  select t.id, t.organization_id, 'SD-' || lpad(t.id::text, 6, '0') || ' ' || t.id || ' ' || t.subject,
         o.name || E'\\n' || c.full_name || E'\\n' || c.phone || E'\\n' || s.identifier, t.description, '', now()
  from tickets t join organizations o on o.id = t.organization_id join contacts c on c.id = t.contact_id
  join support_contracts s on s.id = t.contract_id
  where ${PART}`;

/** What every ticket has beside it: step name, table, the statement loading one part. */
const PER_TICKET_ROWS: readonly (readonly [string, string, string])[] = [
  ['messages', 'ticket_messages', MESSAGES],
  ['timeline', 'timeline_entries', TIMELINE],
  ['search documents', 'ticket_search_documents', SEARCH_DOCUMENTS],
];
