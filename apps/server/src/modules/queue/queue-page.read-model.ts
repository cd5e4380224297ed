import type { EntityManager } from '@mikro-orm/core';
import { TicketRow } from './ticket-row.js';
import type { QueueCursorKey } from './queue-order.js';

/**
 * The queue page as plain rows (#17): one statement reads the page with each
 * ticket's organization, in SLA-6 order through tickets_awaiting_queue_idx,
 * keyset-paged by a row-value comparison (PostgreSQL and SQLite alike). The
 * profile of the entity path spent most of its Node CPU building 50 full
 * entities, registering them in the identity map and batching the
 * organization references; rows skip all three and read only the columns
 * TicketRow serves.
 */
const COLUMNS = `t.id, t.subject, t.category, t.criticality, t.support_level, t.priority, t.status, t.channel,
  t.received_at, t.response_due_at, t.at_risk_at, t.responded_at, t.escalation_level, t.rejection_reason,
  t.assignee_id, o.id as organization_id, o.name as organization_name`;
const FROM = 'from tickets t join organizations o on o.id = t.organization_id where t.awaiting_reaction = true';
const ORDER = 'order by t.priority, t.response_due_at, t.received_at, t.id';
const AFTER = 'and (t.priority, t.response_due_at, t.received_at, t.id) > (?, ?, ?, ?)';

/** The page statement; exported for the benchmark, which replays exactly what the product sends. */
export function queueRowsSql(after: boolean): string {
  return `select ${COLUMNS} ${FROM}${after ? ` ${AFTER}` : ''} ${ORDER} limit ?`;
}

export const QUEUE_COUNT_SQL = 'select count(*) as n from tickets where awaiting_reaction = true';

/** A row as the drivers return it: PostgreSQL gives Date, SQLite epoch milliseconds (MikroORM's storage). */
interface QueueRowRecord {
  id: number;
  subject: string;
  category: TicketRow['category'];
  criticality: TicketRow['criticality'];
  support_level: TicketRow['supportLevel'];
  priority: number;
  status: TicketRow['status'];
  channel: TicketRow['channel'];
  received_at: Date | number;
  response_due_at: Date | number;
  at_risk_at: Date | number;
  responded_at: Date | number | null;
  escalation_level: number;
  rejection_reason: TicketRow['rejectionReason'];
  assignee_id: number | null;
  organization_id: number;
  organization_name: string;
}

/** Up to `limit` rows of the queue strictly after `after`, in SLA-6 order. */
export async function readQueueRows(em: EntityManager, limit: number, after: QueueCursorKey | null): Promise<TicketRow[]> {
  const platform = em.getPlatform();
  const params = after
    ? [after.priority, platform.processDateProperty(after.responseDueAt), platform.processDateProperty(after.receivedAt), after.id, limit]
    : [limit];
  const records = await em.getConnection().execute<QueueRowRecord[]>(queueRowsSql(after !== null), params, 'all', em.getTransactionContext());
  return records.map(toTicketRow);
}

/** How many tickets wait in the queue (SLA-2: not yet reacted to), as one indexed count. */
export async function countQueue(em: EntityManager): Promise<number> {
  const [row] = await em.getConnection().execute<{ n: number | string }[]>(QUEUE_COUNT_SQL, [], 'all', em.getTransactionContext());
  return Number(row?.n ?? 0);
}

function toTicketRow(record: QueueRowRecord): TicketRow {
  return new TicketRow({
    id: Number(record.id),
    subject: record.subject,
    category: record.category,
    criticality: record.criticality,
    supportLevel: record.support_level,
    priority: Number(record.priority),
    status: record.status,
    channel: record.channel,
    receivedAt: instant(record.received_at),
    responseDueAt: instant(record.response_due_at),
    atRiskAt: instant(record.at_risk_at),
    respondedAt: record.responded_at === null ? null : instant(record.responded_at),
    escalationLevel: Number(record.escalation_level),
    rejectionReason: record.rejection_reason,
    organization: { id: Number(record.organization_id), name: record.organization_name },
    assignee: record.assignee_id === null ? null : { id: Number(record.assignee_id) },
  });
}

function instant(value: Date | number): Date {
  return value instanceof Date ? value : new Date(value);
}
