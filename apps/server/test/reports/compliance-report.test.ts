import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const START = new Date('2026-03-04T07:00:00Z'); // Wednesday 10:00 MSK
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const COMPLIANCE = `query($from: DateTime!, $to: DateTime!, $by: [ComplianceDimension!]!) {
  slaCompliance(from: $from, to: $to, groupBy: $by) { supportLevel criticality week month agent { email } met breached total complianceRate }
}`;

const input = (identifier: string, organizationName: string, criticality: string) => ({
  identifier,
  organizationName,
  // The notice reaches the dev mailbox (no SMTP_URL): received at commit (SLA-3).
  contact: { fullName: 'Контакт', position: 'Инженер', phone: '+7 900 000 00 00', email: 'contact@example.test' },
  subject: 'Проверка отчёта',
  description: 'Описание',
  category: 'INCIDENT',
  criticality,
  channel: 'PORTAL',
});

describe.each(TEST_DATABASES)('SLA-9 compliance report on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let lead: string;
  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp(kind, { clock });
    lead = await t.login('lead@demo.local');
    const agent1 = await t.login('agent1@demo.local');
    const agent2 = await t.login('agent2@demo.local');
    const start = (id: string, token: string, minutesLater: number) => {
      clock.set(new Date(START.getTime() + minutesLater * 60_000));
      return t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { slaOutcome } }`, { id }, token);
    };
    const make = async (identifier: string, org: string, criticality: string) => {
      clock.set(START);
      return (await t.gql(CREATE, { input: input(identifier, org, criticality) }, lead)).createTicket.id as string;
    };
    await start(await make('DL-EXT-0001', 'ПАО Бета', 'CRITICAL'), agent1, 10); // MET (20 min)
    await start(await make('DL-EXT-0001', 'ПАО Бета', 'CRITICAL'), agent2, 30); // BREACHED
    await start(await make('DL-BASIC-0001', 'АО Альфа', 'NON_CRITICAL'), agent1, 50); // MET (1 h)
    await make('DL-BASIC-0001', 'АО Альфа', 'CRITICAL'); // never reacted: BREACHED once past 30 min
    clock.set(new Date(START.getTime() + 2 * 3_600_000));
  });
  afterAll(async () => t?.close());

  const range = { from: '2026-03-01T00:00:00+03:00', to: '2026-04-01T00:00:00+03:00' };

  it('SLA-9: MET vs BREACHED by level, with late unreacted tickets counted as breached', async () => {
    const rows = (await t.gql(COMPLIANCE, { ...range, by: ['LEVEL'] }, lead)).slaCompliance;
    expect(rows).toEqual([
      expect.objectContaining({ supportLevel: 'BASIC', met: 1, breached: 1, total: 2, complianceRate: 0.5, criticality: null }),
      expect.objectContaining({ supportLevel: 'EXTENDED', met: 1, breached: 1, total: 2 }),
    ]);
  });

  it('SLA-9: by agent and week', async () => {
    const rows = (await t.gql(COMPLIANCE, { ...range, by: ['AGENT', 'WEEK'] }, lead)).slaCompliance;
    const byAgent = Object.fromEntries(rows.map((r: { agent: { email: string } | null; met: number; breached: number; week: string }) => [r.agent?.email ?? 'unassigned', [r.met, r.breached, r.week]]));
    expect(byAgent).toEqual({
      'agent1@demo.local': [2, 0, '2026-03-02'],
      'agent2@demo.local': [0, 1, '2026-03-02'],
      unassigned: [0, 1, '2026-03-02'],
    });
  });

  it('SLA-9 (#17): the agents of a report grouped by AGENT load in one query, not one per row', async () => {
    const config = t.app.orm.config;
    const previous = config.get('onQuery');
    const sent: string[] = [];
    config.set('onQuery', (sql: string, params: unknown[]) => {
      sent.push(sql);
      return previous(sql, params);
    });
    let rows: { agent: { email: string } | null }[];
    try {
      rows = (await t.gql(COMPLIANCE, { ...range, by: ['AGENT', 'LEVEL'] }, lead)).slaCompliance;
    } finally {
      config.set('onQuery', previous);
    }
    expect(rows.filter((row) => row.agent).length).toBe(3);
    // The sign-in check reads the caller (… and active = true); every other read of users is the agents'.
    const agentReads = sent.filter((sql) => /from [`"]users[`"]/.test(sql) && !/active/.test(sql));
    expect(agentReads).toHaveLength(1);
  });

  it('SLA-9: every figure opens as its tickets; the rows add up to the totals', async () => {
    const DRILL = `query($from: DateTime!, $to: DateTime!, $cell: ComplianceCellInput, $outcome: SlaOutcome) {
      slaComplianceTickets(from: $from, to: $to, cell: $cell, outcome: $outcome, first: 200) { total tickets { number supportLevel slaOutcome respondedBy { email } } }
    }`;
    const drill = async (cell: Record<string, unknown>, outcome: string | null) =>
      (await t.gql(DRILL, { ...range, cell, outcome }, lead)).slaComplianceTickets as { total: number; tickets: { supportLevel: string; slaOutcome: string | null; respondedBy: { email: string } | null }[] };
    const rows = (await t.gql(COMPLIANCE, { ...range, by: ['LEVEL', 'AGENT'] }, lead)).slaCompliance as {
      supportLevel: string;
      agent: { id?: string; email: string } | null;
      met: number;
      breached: number;
    }[];
    const ids = Object.fromEntries(
      await Promise.all(['agent1@demo.local', 'agent2@demo.local'].map(async (email) => [email, (await t.gql('{ me { id } }', {}, await t.login(email))).me.id])),
    );
    let sum = 0;
    for (const row of rows) {
      const cell = { supportLevel: row.supportLevel, ...(row.agent ? { agentId: ids[row.agent.email] } : { noAgent: true }) };
      const met = await drill(cell, 'MET');
      const breached = await drill(cell, 'BREACHED');
      expect([met.total, breached.total]).toEqual([row.met, row.breached]);
      expect(met.tickets).toHaveLength(row.met);
      expect(met.tickets.every((tk) => tk.supportLevel === row.supportLevel && tk.respondedBy?.email === row.agent?.email)).toBe(true);
      sum += met.total + breached.total;
    }
    expect((await drill({}, null)).total).toBe(sum);
    expect(sum).toBe(4);
    const errors = await t.gqlErrors(DRILL, { ...range, cell: { agentId: 'nope' }, outcome: null }, lead);
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gqlErrors(DRILL, { ...range, cell: {}, outcome: null }, await t.login('agent1@demo.local')))[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is for team leads; bad ranges are named', async () => {
    const agentErrors = await t.gqlErrors(COMPLIANCE, { ...range, by: [] }, await t.login('agent1@demo.local'));
    expect(agentErrors[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gqlErrors(COMPLIANCE, { from: range.to, to: range.from, by: ['WEEK', 'MONTH'] }, lead);
    expect(bad[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'to' }), expect.objectContaining({ field: 'groupBy' })]);
  });
});
