import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AGENT1, AGENT2, ALFA, LEAD } from '../support/demo-data.js';
import { createTicket, settleSlaTimers, ticketWithTimeline, userId } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** Wednesday 4 March 2026, 12:00 Moscow, BASIC service open: NON_CRITICAL due 13:00, CRITICAL 12:30 (SLA-1). */
const NOW = msk('2026-03-04T12:00');

const DECISION = 'slaOutcome respondedAt criticality priority responseDueAt respondedBy { email } assignee { email } slaDecision { outcome decidedAt supportLevel criticality dueAt responseSeconds }';
const START = `mutation($id: ID!) { startWork(ticketId: $id) { ${DECISION} } }`;
const RECLASSIFY = `mutation($id: ID!, $c: Criticality!) { changeCriticality(ticketId: $id, criticality: $c, reason: "Уточнили влияние") { ${DECISION} } }`;
const ASSIGN = `mutation($id: ID!, $to: ID!) { assignTicket(ticketId: $id, assigneeId: $to) { id } }`;
const COMPLIANCE = `query($from: DateTime!, $to: DateTime!) { slaCompliance(from: $from, to: $to, groupBy: [AGENT]) { agent { email } met breached } }`;

const at = (iso: string | null) => (iso === null ? null : new Date(iso).getTime());

describe.each(TEST_DATABASES)('SLA outcomes frozen and attributed on %s (SLA-9, SLA-10)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(NOW);
  beforeAll(async () => {
    // No SMTP_URL: the dev mailbox proves receipt at the commit of startWork (SLA-3). Tests run the SLA-7 sweep themselves.
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
  });
  afterAll(async () => t?.close());
  beforeEach(() => clock.set(NOW));

  const fresh = async (criticality: 'CRITICAL' | 'NON_CRITICAL') => createTicket(t, await t.login(ALFA), { criticality });

  it('SLA-10: a reclassification after the reaction keeps the outcome, its deadline and its terms; the timeline records it', async () => {
    const agent = await t.login(AGENT1);
    const ticket = await fresh('NON_CRITICAL');
    clock.set(msk('2026-03-04T12:40'));
    const started = (await t.gql(START, { id: ticket.id }, agent)).startWork;
    expect(started.slaOutcome).toBe('MET');

    clock.set(msk('2026-03-04T14:00'));
    const after = (await t.gql(RECLASSIFY, { id: ticket.id, c: 'CRITICAL' }, agent)).changeCriticality;
    // As CRITICAL it would have been due 12:30, before the reaction: the decided MET stands.
    expect(after).toMatchObject({ slaOutcome: 'MET', criticality: 'CRITICAL', priority: 2, respondedBy: { email: AGENT1 } });
    expect(at(after.responseDueAt)).toBe(msk('2026-03-04T13:00').getTime());
    expect(after.slaDecision).toMatchObject({ outcome: 'MET', supportLevel: 'BASIC', criticality: 'NON_CRITICAL', responseSeconds: 3600 });
    expect(at(after.slaDecision.decidedAt)).toBe(msk('2026-03-04T12:40').getTime());
    expect(at(after.slaDecision.dueAt)).toBe(msk('2026-03-04T13:00').getTime());

    const line = (await ticketWithTimeline(t, agent, ticket.id)).timeline.find((e) => e.kind === 'CRITICALITY_CHANGED')!;
    expect(line.summary).toContain('outcome MET and its deadline kept');
    expect(line.data).toMatchObject({ from: 'NON_CRITICAL', to: 'CRITICAL', outcomeKept: 'MET' });
  });

  it('SLA-8 before the decision: the deadline is recomputed from arrival and the timeline shows before → after', async () => {
    const agent = await t.login(AGENT1);
    const ticket = await fresh('NON_CRITICAL');
    clock.set(msk('2026-03-04T12:10'));
    const after = (await t.gql(RECLASSIFY, { id: ticket.id, c: 'CRITICAL' }, agent)).changeCriticality;
    expect(at(after.responseDueAt)).toBe(msk('2026-03-04T12:30').getTime());
    expect(after.slaDecision).toBeNull();
    const line = (await ticketWithTimeline(t, agent, ticket.id)).timeline.find((e) => e.kind === 'CRITICALITY_CHANGED')!;
    expect(line.summary).toContain('deadline 2026-03-04 13:00 MSK → 2026-03-04 12:30 MSK');
    expect(line.data).toMatchObject({ outcomeKept: null });
  });

  it('SLA-10: the breach decides BREACHED at the deadline; neither a reclassification nor a later reaction makes it MET', async () => {
    const agent = await t.login(AGENT2);
    const ticket = await fresh('CRITICAL');
    clock.set(msk('2026-03-04T12:31'));
    await settleSlaTimers(t);
    const breached = (await ticketWithTimeline(t, agent, ticket.id)) as unknown as { slaOutcome: string; respondedAt: string | null };
    expect(breached).toMatchObject({ slaOutcome: 'BREACHED', respondedAt: null });

    // NON_CRITICAL would be due 13:00, and the reaction comes at 12:45: still BREACHED, as decided at 12:30.
    const reclassified = (await t.gql(RECLASSIFY, { id: ticket.id, c: 'NON_CRITICAL' }, agent)).changeCriticality;
    expect(reclassified).toMatchObject({ slaOutcome: 'BREACHED', criticality: 'NON_CRITICAL' });
    expect(at(reclassified.responseDueAt)).toBe(msk('2026-03-04T12:30').getTime());
    clock.set(msk('2026-03-04T12:45'));
    const started = (await t.gql(START, { id: ticket.id }, agent)).startWork;
    expect(started).toMatchObject({ slaOutcome: 'BREACHED', respondedBy: { email: AGENT2 } });
    expect(at(started.respondedAt)).toBe(msk('2026-03-04T12:45').getTime());
    expect(started.slaDecision).toMatchObject({ outcome: 'BREACHED', criticality: 'CRITICAL', responseSeconds: 1800 });
    expect(at(started.slaDecision.decidedAt)).toBe(msk('2026-03-04T12:30').getTime());
  });

  it('SLA-9: respondedBy is the agent who reacted, and the per-agent report counts them, not the current holder', async () => {
    const lead = await t.login(LEAD);
    const report = async () =>
      Object.fromEntries(
        ((await t.gql(COMPLIANCE, { from: '2026-03-04T00:00:00+03:00', to: '2026-03-05T00:00:00+03:00' }, lead)).slaCompliance as {
          agent: { email: string } | null;
          met: number;
          breached: number;
        }[]).map((row) => [row.agent?.email ?? 'nobody', [row.met, row.breached]]),
      );
    const before = await report();
    const ticket = await fresh('NON_CRITICAL');
    clock.set(msk('2026-03-04T12:20'));
    await t.gql(START, { id: ticket.id }, await t.login(AGENT1));
    await t.gql(ASSIGN, { id: ticket.id, to: await userId(t, AGENT2) }, lead);

    const view = (await t.gql(`query($id: ID!) { ticket(id: $id) { ${DECISION} } }`, { id: ticket.id }, lead)).ticket;
    expect(view).toMatchObject({ respondedBy: { email: AGENT1 }, assignee: { email: AGENT2 }, slaOutcome: 'MET' });
    const after = await report();
    const [met1 = 0, breached1 = 0] = before[AGENT1] ?? [];
    expect(after[AGENT1]).toEqual([met1 + 1, breached1]);
    expect(after[AGENT2]).toEqual(before[AGENT2]);
  });
});
