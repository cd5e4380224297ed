import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** What an auditor reads: every ticket with its timeline, through the public API (README "Rebuilding the report from the timeline"). */
export const AUDITOR_TICKETS = `query($after: String) { tickets(first: 100, after: $after) {
  edges { node { number organization { name } timeline { kind at data } } } pageInfo { hasNextPage endCursor }
} }`;
export const AUDITOR_REPORT = `query($from: DateTime!, $to: DateTime!) {
  slaCompliance(from: $from, to: $to, groupBy: [LEVEL, CRITICALITY, AGENT]) { supportLevel criticality agent { id } met breached }
}`;

export interface Entry {
  kind: string;
  at: string;
  data: Record<string, unknown> | null;
}
export interface TicketTimeline {
  number: string;
  organization: { name: string };
  timeline: Entry[];
}
export interface Rebuilt {
  level: string;
  criticality: string;
  agentId: string | null;
  outcome: 'MET' | 'BREACHED';
  steps: string[];
}

const hhmm = (iso: string) => new Date(new Date(iso).getTime() + 3 * 3_600_000).toISOString().slice(11, 16);

/**
 * The auditor's rebuild of one ticket's SLA-9 outcome from its timeline alone (SLA-2, SLA-8, SLA-9, SLA-10):
 * CREATED gives the arrival, level, criticality and deadline; each CRITICALITY_CHANGED before the
 * decision moves criticality and deadline (one made after it says `outcomeKept`); the first RESPONDED is
 * the reaction (its proof and the agent who reacted): MET if it came by the deadline in force, else
 * BREACHED; no RESPONDED and the deadline past: BREACHED, counted against the last holder (ASSIGNED).
 * Null: arrived outside the period, or not decided yet, or outside the response-time SLA: a commercial
 * question closed FORWARDED_TO_SALES at intake (#19; its CLOSED line says `slaExcluded`), or a duplicate
 * merged into another ticket before its deadline (#19: the survivor's MERGED line moves arrival and deadline).
 */
export function rebuild(ticket: TicketTimeline, from: Date, to: Date, now: Date): Rebuilt | null {
  const entries = [...ticket.timeline].sort((a, b) => a.at.localeCompare(b.at));
  const created = entries.find((e) => e.kind === 'CREATED')!.data!;
  // #19: a duplicate merged in before the decision gives the survivor its earlier arrival (SLA-2).
  const merges = entries.filter((e) => e.kind === 'MERGED' && e.data?.duplicateNumber && !e.data.outcomeKept);
  const receivedAt = new Date((merges.at(-1)?.data?.receivedAt ?? created.receivedAt) as string);
  if (receivedAt < from || receivedAt >= to) return null;
  if (entries.some((e) => e.kind === 'CLOSED' && e.data?.slaExcluded === true)) return null;
  const level = created.supportLevel as string;
  let criticality = created.criticality as string;
  let due = created.responseDueAt as string;
  let holder: string | null = null;
  const steps = [`${ticket.number} (${ticket.organization.name}): CREATED — arrived ${hhmm(created.receivedAt as string)} MSK, ${level} ${criticality}, due ${hhmm(due)}`];
  for (const entry of entries) {
    const data = entry.data ?? {};
    if (entry.kind === 'ASSIGNED') holder = (data.assigneeId ?? data.to ?? null) === null ? null : String(data.assigneeId ?? data.to);
    if (entry.kind === 'CRITICALITY_CHANGED' && !data.outcomeKept) {
      criticality = data.to as string;
      due = data.responseDueAt as string;
      steps.push(`CRITICALITY_CHANGED at ${hhmm(entry.at)} — ${data.from} → ${data.to}, due ${hhmm(data.previousResponseDueAt as string)} → ${hhmm(due)}`);
    }
    if (entry.kind === 'MERGED' && data.duplicateNumber && !data.outcomeKept) {
      criticality = data.to as string;
      due = data.responseDueAt as string;
      steps.push(`MERGED at ${hhmm(entry.at)} — ${data.duplicateNumber} joined, arrival ${hhmm(data.receivedAt as string)}, due ${hhmm(due)}`);
    }
    // #19: merged into another ticket before its deadline, undecided: measured there, not here.
    if (entry.kind === 'MERGED' && data.mergedIntoNumber && new Date(entry.at) <= new Date(due)) return null;
    if (entry.kind === 'RESPONDED') {
      const outcome = new Date(entry.at) <= new Date(due) ? 'MET' : 'BREACHED';
      steps.push(`RESPONDED at ${hhmm(entry.at)} — ${data.channel}: ${data.proof}; by user ${data.respondedById}; ${hhmm(entry.at)} ${outcome === 'MET' ? '≤' : '>'} ${hhmm(due)} → ${outcome}`);
      // The timeline states the outcome it decided; the rebuild must agree with it.
      expect(data.outcome).toBe(outcome);
      return { level, criticality, agentId: data.respondedById === null ? null : String(data.respondedById), outcome, steps };
    }
  }
  if (now <= new Date(due)) return null;
  steps.push(`no RESPONDED, deadline ${hhmm(due)} passed → BREACHED (holder ${holder ?? 'none'})`);
  return { level, criticality, agentId: holder, outcome: 'BREACHED', steps };
}

/** Every ticket the lead may see, with its timeline, page by page as an auditor would read them. */
export async function auditorTickets(t: TestApp, lead: string): Promise<TicketTimeline[]> {
  const tickets: TicketTimeline[] = [];
  let after: string | null = null;
  do {
    const page = (await t.gql(AUDITOR_TICKETS, { after }, lead)).tickets as { edges: { node: TicketTimeline }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    tickets.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return tickets;
}

/** The rebuilt outcomes counted per level, criticality and agent — and the report's figures keyed the same way. */
export async function rebuiltAndReported(t: TestApp, lead: string, period: { from: string; to: string }, now: Date) {
  const rebuilt = (await auditorTickets(t, lead)).map((ticket) => rebuild(ticket, new Date(period.from), new Date(period.to), now)).filter((r): r is Rebuilt => r !== null);
  const figures = new Map<string, { met: number; breached: number }>();
  for (const r of rebuilt) {
    const key = `${r.level} ${r.criticality} ${r.agentId ?? '-'}`;
    const figure = figures.get(key) ?? { met: 0, breached: 0 };
    figure[r.outcome === 'MET' ? 'met' : 'breached'] += 1;
    figures.set(key, figure);
  }
  const report = (await t.gql(AUDITOR_REPORT, period, lead)).slaCompliance as { supportLevel: string; criticality: string; agent: { id: string } | null; met: number; breached: number }[];
  return {
    rebuilt,
    figures: Object.fromEntries(figures),
    reported: Object.fromEntries(report.map((row) => [`${row.supportLevel} ${row.criticality} ${row.agent?.id ?? '-'}`, { met: row.met, breached: row.breached }])),
  };
}
