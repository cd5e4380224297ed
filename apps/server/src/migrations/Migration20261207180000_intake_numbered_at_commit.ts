import { Migration } from '@mikro-orm/migrations';
import { dialectOf } from './dialect.js';

/**
 * Intake numbers a new ticket inside PostgreSQL, at COMMIT (#17 target 3).
 *
 * Every queue change takes the queue_state row lock and holds it to commit,
 * so that versions follow commit order across the cluster (#16). Taken by a
 * statement from the server, the lock was held across the round trips that
 * followed it — the position count, the event-log insert, COMMIT — each one
 * also waiting for the holding server's event loop: intake queued on that
 * lock at ~60 tickets/s whatever the hardware (pnpm bench intake).
 *
 * Here the server only inserts the ticket's id into `queue_intake_numbering`;
 * a deferred constraint trigger runs at COMMIT and does the numbering there:
 * it counts the tickets ahead **before** taking the lock (one statement, so
 * the count is exact for the queue version read with it), takes the lock,
 * corrects the count with the queue moves committed in between (their
 * positions alone tell on which side of the new ticket each moved ticket
 * was, see below), writes the QUEUE and TICKET event-log rows, and leaves the
 * versions and position in the numbering row for the server to collect after
 * commit. Under the lock: one update, one indexed read of a few log rows, two
 * inserts — no client round trip and no O(position) scan.
 *
 * The correction: let `ahead` be the number of waiting tickets before the new
 * one. A move whose ticket left index p was before it exactly when
 * p < ahead. A ticket placed at index q (among the others) is before it when
 * q < ahead and after it when q > ahead; q = ahead cannot tell, nor can a
 * version with no log row, and then the tickets ahead are counted again,
 * under the lock, as before.
 *
 * The embedded database has one writer at a time and keeps numbering from
 * the server (modules/tickets/ticket-change.ts): nothing to create there.
 */
export class Migration20261207180000_intake_numbered_at_commit extends Migration {
  override up(): void {
    const dialect = dialectOf(this.getKnex());
    if (dialect.includes('sqlite')) return;
    if (!dialect.includes('postgres')) throw new Error(`No intake numbering for the ${dialect} database`);
    this.addSql(`create table queue_intake_numbering (
      ticket_id integer primary key,
      queue_version bigint,
      change_version bigint,
      position integer
    )`);
    this.addSql(NUMBER_INTAKE);
    this.addSql(`create constraint trigger queue_intake_numbering_at_commit after insert on queue_intake_numbering
      deferrable initially deferred for each row execute function queue_intake_number()`);
  }
}

const AHEAD = `(select count(*) from tickets w where w.awaiting_reaction = true
  and (w.priority, w.response_due_at, w.received_at, w.id) < (t.priority, t.response_due_at, t.received_at, t.id))`;

// Each statement of a volatile PL/pgSQL function takes a fresh snapshot in READ COMMITTED: the
// statements after the lock see every change committed before it was granted.
const NUMBER_INTAKE = `create function queue_intake_number() returns trigger language plpgsql as $$
declare
  t record;
  seen bigint;
  ahead bigint;
  queued_as bigint;
  changed_as bigint;
  moves bigint := 0;
  move record;
begin
  select id, organization_id, awaiting_reaction, priority, response_due_at, received_at into t from tickets where id = new.ticket_id;
  if t.awaiting_reaction then
    select q.version, ${AHEAD} into seen, ahead from queue_state q where q.id = 1;
  end if;
  update queue_state set version = version + (case when t.awaiting_reaction then 1 else 0 end), change_version = change_version + 1
    where id = 1 returning version, change_version into queued_as, changed_as;
  if t.awaiting_reaction then
    for move in
      select (payload->>'position')::bigint as placed, (payload->>'previousPosition')::bigint as left_at from event_log
        where stream = 'QUEUE' and version > seen and version < queued_as order by version
    loop
      moves := moves + 1;
      if move.left_at is not null and move.left_at < ahead then ahead := ahead - 1; end if;
      if move.placed is not null then
        if move.placed < ahead then ahead := ahead + 1;
        elsif move.placed = ahead then ahead := null; exit;
        end if;
      end if;
    end loop;
    if ahead is null or moves <> queued_as - seen - 1 then
      select ${AHEAD} into ahead;
    end if;
    insert into event_log (stream, version, ticket_id, organization_id, payload, created_at)
      values ('QUEUE', queued_as, t.id, t.organization_id, json_build_object('kind', 'ADDED', 'position', ahead, 'previousPosition', null), now());
  end if;
  insert into event_log (stream, version, ticket_id, organization_id, payload, created_at)
    values ('TICKET', changed_as, t.id, t.organization_id, '{}', now());
  update queue_intake_numbering set queue_version = case when t.awaiting_reaction then queued_as end, change_version = changed_as, position = ahead
    where ticket_id = new.ticket_id;
  return null;
end $$`;
