import type pg from 'pg';

export interface InsertedRange {
  readonly firstId: number;
  readonly lastId: number;
  readonly count: number;
  /** The latest response deadline among them. */
  readonly lastDueAt: Date;
}

/**
 * The tickets of the SLA-timer benchmark, in one set-based statement: `count`
 * NEW tickets whose response deadlines fall uniformly at random (seeded) in
 * [firstDueAt, firstDueAt + spreadMs), at millisecond precision (what the
 * alert's claim compares with). Each looks like a ticket that arrived one SLA
 * response time before its deadline: contracts round-robin over the active demo
 * contracts, 30 % CRITICAL (those are INCIDENTs), priority from criticality ×
 * level as @desk/sla's priorityOf. The at-risk instant (75 % of the response
 * time) is long past and its alert counted as raised, so only BREACHED fires;
 * with `atRiskArmed` (for deadlines far enough ahead that the at-risk instant
 * is still to come) the AT_RISK alert is armed too.
 *
 * Needs the demo contracts (SEED_DEMO); adds one contact per organization that
 * has a contract, for the tickets' contact_id.
 */
export async function insertDueTickets(
  sql: pg.Client,
  count: number,
  firstDueAt: Date,
  spreadMs: number,
  options: { readonly atRiskArmed?: boolean } = {},
): Promise<InsertedRange> {
  await sql.query(`
    insert into contacts (organization_id, full_name, position, phone, email, created_at)
    select distinct c.organization_id, 'Bench Contact', 'Engineer', '+7 000 000-00-00', null::varchar, now()
    from support_contracts c`);
  await sql.query('select setseed(0.17)');
  const result = await sql.query<{ first_id: number; last_id: number; n: number; last_due_at: Date }>(
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
             date_trunc('milliseconds', $3::timestamptz + random() * $4::double precision * interval '1 millisecond') as response_due_at
      from generate_series(1, $2::int) as g
      join contract c on c.k = g % (select count(*) from contract)
    ),
    timed as (
      select d.*,
             d.response_due_at - make_interval(secs => r.seconds) as received_at,
             d.response_due_at - make_interval(secs => 0.25 * r.seconds) as at_risk_at
      from drawn d
      cross join lateral (
        select case d.support_level
                 when 'EXTENDED' then case d.criticality when 'CRITICAL' then 1200 else 2700 end
                 else case d.criticality when 'CRITICAL' then 1800 else 3600 end
               end as seconds
      ) r
    ),
    inserted as (
      insert into tickets (
        subject, description, category, criticality, support_level, priority, status, channel,
        received_at, response_due_at, at_risk_at, escalation_level,
        organization_id, contract_id, contact_id, created_at, updated_at, version, at_risk_alerted, breach_alerted)
      select
        (array['АРМ не загружается после обновления', 'Ошибка при входе в систему', 'Вопрос о настройке UEFI',
               'Срок действия сертификата', 'Не применяется политика безопасности', 'Запрос обновления'])[1 + g % 6]
          || ' #' || g,
        'Создано бенчмарком SLA-таймеров (timeliness.bench).',
        case when criticality = 'CRITICAL' then 'INCIDENT'
             else (array['INCIDENT', 'FUNCTIONALITY_QUESTION', 'INSTALLATION_CONFIGURATION', 'UPDATE_REQUEST',
                         'CERTIFICATE_INFO', 'DOCUMENTATION_REQUEST', 'FEATURE_REQUEST', 'COMMERCIAL_QUESTION'])[1 + g % 8] end,
        criticality, support_level,
        case when criticality = 'CRITICAL' then case when support_level = 'EXTENDED' then 1 else 2 end
             else case when support_level = 'EXTENDED' then 3 else 4 end end,
        'NEW',
        (array['PHONE', 'EMAIL', 'PORTAL', 'TELEGRAM', 'API'])[1 + g % 5],
        received_at, response_due_at, at_risk_at,
        0, organization_id, contract_id, contact_id, received_at, received_at, 1, not $5::boolean, false
      from timed
      returning id, response_due_at
    )
    select min(id)::int as first_id, max(id)::int as last_id, count(*)::int as n, max(response_due_at) as last_due_at from inserted`,
    [moscowToday(), count, firstDueAt.toISOString(), spreadMs, options.atRiskArmed ?? false],
  );
  const row = result.rows[0];
  if (!row || row.n !== count) throw new Error(`inserted ${row?.n ?? 0} tickets, expected ${count} (are the demo contracts seeded?)`);
  return { firstId: row.first_id, lastId: row.last_id, count: row.n, lastDueAt: new Date(row.last_due_at) };
}

function moscowToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
