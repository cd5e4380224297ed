import type pg from 'pg';

/**
 * The 100 000 open tickets of the queue-page benchmark, in one set-based
 * statement, spread like a busy queue: contracts (and so organizations and
 * levels) round-robin over the active contracts, 30 % CRITICAL, arrivals
 * over the last 14 days (by default), deadlines of the SLA-1 response time plus, for 40 %,
 * an out-of-hours shift of up to 2.5 days; priority from criticality × level
 * as @desk/sla's priorityOf. Seeded, so every run builds the same data.
 *
 * Needs the demo contracts (SEED_DEMO); adds one contact per organization that
 * has a contract, for the tickets' contact_id. `table`: another table shaped
 * like tickets to fill instead (a scratch table loaded into tickets later);
 * `spanDays`: how far back arrivals go (a year of history for #17's million).
 */
export async function insertOpenTickets(sql: pg.Client, count: number, table = 'tickets', spanDays = 14): Promise<void> {
  await sql.query(`
    insert into contacts (organization_id, full_name, position, phone, email, created_at)
    select distinct c.organization_id, 'Bench Contact', 'Engineer', '+7 000 000-00-00', null::varchar, now()
    from support_contracts c`);
  const alertFlags = await alertFlagColumns(sql);
  await sql.query('select setseed(0.42)');
  await sql.query(
    `
    with contract as (
      select (row_number() over (order by c.id) - 1)::int as k, c.id, c.organization_id, c.support_level,
             (select min(ct.id) from contacts ct where ct.organization_id = c.organization_id) as contact_id
      from support_contracts c
      where c.valid_from <= $1 and c.valid_until >= $1
    ),
    drawn as (
      select g, c.id as contract_id, c.organization_id, c.contact_id, c.support_level,
             case when random() < 0.3 then 'CRITICAL' else 'NON_CRITICAL' end as criticality,
             date_trunc('milliseconds', now() - random() * make_interval(days => $3::int)) as received_at,
             case when random() < 0.4 then random() * 2.5 * 86400 else 0 end as shift_seconds
      from generate_series(1, $2::int) as g
      join contract c on c.k = g % (select count(*) from contract)
    ),
    timed as (
      select d.*,
             date_trunc('milliseconds', d.received_at + make_interval(secs => r.seconds)) as response_due_at,
             date_trunc('milliseconds', d.received_at + make_interval(secs => 0.75 * r.seconds)) as at_risk_at
      from drawn d
      cross join lateral (
        select case d.support_level
                 when 'EXTENDED' then case d.criticality when 'CRITICAL' then 1200 else 2700 end
                 else case d.criticality when 'CRITICAL' then 1800 else 3600 end
               end + d.shift_seconds as seconds
      ) r
    )
    insert into ${table} (
      subject, description, category, criticality, support_level, priority, status, channel,
      received_at, response_due_at, at_risk_at, escalation_level,
      organization_id, contract_id, contact_id, created_at, updated_at, version${alertFlags ? ', at_risk_alerted, breach_alerted' : ''})
    select
      (array['АРМ не загружается после обновления', 'Ошибка при входе в систему', 'Вопрос о настройке UEFI',
             'Срок действия сертификата', 'Не применяется политика безопасности', 'Запрос обновления'])[1 + g % 6]
        || ' #' || g,
      'Создано бенчмарком очереди (queue-page.bench).',
      (array['INCIDENT', 'FUNCTIONALITY_QUESTION', 'INSTALLATION_CONFIGURATION', 'UPDATE_REQUEST',
             'CERTIFICATE_INFO', 'DOCUMENTATION_REQUEST', 'FEATURE_REQUEST', 'COMMERCIAL_QUESTION'])[1 + g % 8],
      criticality, support_level,
      case when criticality = 'CRITICAL' then case when support_level = 'EXTENDED' then 1 else 2 end
           else case when support_level = 'EXTENDED' then 3 else 4 end end,
      'NEW',
      (array['PHONE', 'EMAIL', 'PORTAL', 'TELEGRAM', 'API'])[1 + g % 5],
      received_at, response_due_at, at_risk_at,
      0, organization_id, contract_id, contact_id, received_at, received_at, 1
      ${alertFlags ? ', at_risk_at <= now(), response_due_at <= now()' : ''}
    from timed`,
    [moscowToday(), count, spanDays],
  );
}

/**
 * Alerts whose deadline has already passed were raised long ago in a queue
 * that grew to this size, so they are inserted as raised: otherwise the SLA
 * timers would spend the whole measurement raising ~100 000 alerts one by one.
 * (Columns of the realtime migration; older schemas lack them.)
 */
async function alertFlagColumns(sql: pg.Client): Promise<boolean> {
  const result = await sql.query<{ n: string }>(
    `select count(*) as n from information_schema.columns
     where table_schema = current_schema() and table_name = 'tickets' and column_name in ('at_risk_alerted', 'breach_alerted')`,
  );
  return Number(result.rows[0]?.n) === 2;
}

export async function priorityMix(sql: pg.Client): Promise<string> {
  const result = await sql.query<{ priority: number; n: string }>(
    `select priority, count(*) as n from tickets where status = 'NEW' group by priority order by priority`,
  );
  return result.rows.map((row) => `P${row.priority} ${row.n}`).join(', ');
}

function moscowToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
