import type pg from 'pg';
import { StormKind, type StormPlan } from './mail-storm.fixture.js';

interface StoredOutcome {
  readonly message_id: string;
  readonly status: string;
  readonly ticket_id: number | null;
  readonly ticket_status: string | null;
  readonly rejection_reason: string | null;
  readonly refused_request_id: number | null;
  readonly auto_reply_id: number | null;
}

/**
 * Every message of the storm kept (inbound_mails) and made into exactly what
 * the rules say for its kind; returns the problems (none when all is right),
 * at most a few examples of each.
 */
export async function checkStormOutcomes(sql: pg.Client, plan: StormPlan, round: string): Promise<string[]> {
  const rows = (
    await sql.query<StoredOutcome>(
      `select m.message_id, m.status, m.ticket_id, t.status as ticket_status, t.rejection_reason, m.refused_request_id, m.auto_reply_id
       from inbound_mails m left join tickets t on t.id = m.ticket_id
       where m.message_id like $1`,
      [`<storm-${round}-%`],
    )
  ).rows;
  const byId = new Map(rows.map((row) => [row.message_id, row]));
  const problems: string[] = [];
  if (rows.length !== plan.messages.length) problems.push(`${rows.length} of ${plan.messages.length} messages stored`);
  for (const message of plan.messages) {
    const row = byId.get(message.messageId);
    const wrong = row ? wrongOutcome(message.kind, row, message.replyTo) : 'not stored';
    if (wrong && problems.length < 10) problems.push(`${message.messageId} (${message.kind}): ${wrong}`);
  }
  return problems;
}

function wrongOutcome(kind: StormKind, row: StoredOutcome, replyTo: number | undefined): string | null {
  const got = `${row.status}, ticket ${row.ticket_id ?? '–'} ${row.ticket_status ?? ''} ${row.rejection_reason ?? ''}`.trim();
  switch (kind) {
    case StormKind.NEW_TICKET:
      return row.status === 'REGISTERED' && row.ticket_status === 'NEW' ? null : `expected REGISTERED as a NEW ticket, got ${got}`;
    case StormKind.EXPIRED:
      return row.status === 'REGISTERED' && row.ticket_status === 'REJECTED' && row.rejection_reason === 'SUPPORT_EXPIRED'
        ? null
        : `expected REGISTERED as REJECTED SUPPORT_EXPIRED (ID-2), got ${got}`;
    case StormKind.REPLY:
      return row.status === 'THREADED' && row.ticket_id === replyTo ? null : `expected THREADED onto ticket ${replyTo}, got ${got}`;
    case StormKind.UNKNOWN:
      return row.status === 'UNIDENTIFIED' && row.ticket_id === null && row.refused_request_id !== null && row.auto_reply_id !== null
        ? null
        : `expected UNIDENTIFIED with a refused request and the automatic reply (ID-1), got ${got}`;
    case StormKind.AUTOMATIC:
      return row.status === 'IGNORED' && row.ticket_id === null && row.auto_reply_id === null ? null : `expected IGNORED, unanswered, got ${got}`;
  }
}

/** The latest queue version committed (QUEUE stream of the event log). */
export async function latestQueueVersion(sql: pg.Client): Promise<number> {
  const result = await sql.query<{ v: string | null }>(`select max(version) as v from event_log where stream = 'QUEUE'`);
  return Number(result.rows[0]!.v ?? 0);
}
