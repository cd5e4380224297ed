import { Migration } from '@mikro-orm/migrations';
import { dialectOf } from './dialect.js';

/**
 * The numbering request row is removed by the trigger that numbers it (#17).
 *
 * Migration20261207180000_intake_numbered_at_commit left the versions and the
 * position in the request row, for the server to collect by one more round
 * trip after COMMIT and put on the bus event. Every process's LiveHub reads
 * those numbers from the event log anyway (a numbered change on the bus only
 * says "read the log now"), so that round trip bought nothing: the trigger
 * now deletes the row once it has written the log rows, and the server
 * publishes that the change is in the log. The function below is the
 * numbering of that migration unchanged except its last statement; the
 * columns that carried the numbers go.
 */
export class Migration20261207220000_intake_numbers_stay_in_log extends Migration {
  override up(): void {
    const dialect = dialectOf(this.getKnex());
    if (dialect.includes('sqlite')) return;
    if (!dialect.includes('postgres')) throw new Error(`No intake numbering for the ${dialect} database`);
    this.addSql(NUMBER_INTAKE);
    this.addSql('alter table queue_intake_numbering drop column queue_version, drop column change_version, drop column position');
  }
}

const AHEAD = `(select count(*) from tickets w where w.awaiting_reaction = true
  and (w.priority, w.response_due_at, w.received_at, w.id) < (t.priority, t.response_due_at, t.received_at, t.id))`;

const NUMBER_INTAKE = `create or replace function queue_intake_number() returns trigger language plpgsql as $$
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
  delete from queue_intake_numbering where ticket_id = new.ticket_id;
  return null;
end $$`;
