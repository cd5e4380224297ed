import { ManualClock, startTestApp, type TestApp } from './test-app.js';
import type { DatabaseKind } from './test-database.js';

/** Wednesday 4 March 2026, 10:00 MSK: every ticket of the scenario arrives then. */
export const SCENARIO_START = new Date('2026-03-04T07:00:00Z');
/** March 2026 in Moscow dates: [1 March 00:00 MSK, 1 April 00:00 MSK). */
export const MARCH = { from: '2026-03-01T00:00:00+03:00', to: '2026-04-01T00:00:00+03:00' };

export interface ReportScenario {
  readonly t: TestApp;
  readonly clock: ManualClock;
  readonly lead: string;
  /** Organization ids by name. */
  readonly organizations: Readonly<Record<string, string>>;
  /** Ticket numbers by organization name. */
  readonly numbers: Readonly<Record<string, readonly string[]>>;
}

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number organization { id name } } }`;

/**
 * SLA-9 figures with every path to an outcome, all arriving 4 March 2026 10:00 MSK:
 * ПАО Бета (EXTENDED): CRITICAL reacted by agent1 in 10 min (MET, portal proof), CRITICAL reacted by
 * agent2 in 30 min (BREACHED, 20 min allowed), NON_CRITICAL by e-mail reacted by agent1 in 40 min (MET,
 * Message-ID); АО Альфа (BASIC): NON_CRITICAL reacted by agent1 in 50 min (MET), CRITICAL never reacted
 * (BREACHED once past 30 min), NON_CRITICAL reclassified CRITICAL after 5 min (deadline 60 → 30 min,
 * SLA-8) and reacted by agent2 at 40 min (BREACHED). The clock ends at 12:00 MSK.
 */
export async function startReportScenario(kind: DatabaseKind): Promise<ReportScenario> {
  const clock = new ManualClock(SCENARIO_START);
  const t = await startTestApp(kind, { clock });
  const lead = await t.login('lead@demo.local');
  const agents = { agent1: await t.login('agent1@demo.local'), agent2: await t.login('agent2@demo.local') };
  const at = (minutes: number) => clock.set(new Date(SCENARIO_START.getTime() + minutes * 60_000));
  const organizations: Record<string, string> = {};
  const numbers: Record<string, string[]> = {};
  const make = async (identifier: string, organizationName: string, criticality: string, channel = 'PORTAL') => {
    at(0);
    const input = {
      identifier,
      organizationName,
      contact: { fullName: 'Контакт Заказчика', position: 'Инженер', phone: '+7 900 000 00 00', email: 'contact@example.test' },
      subject: 'Проверка отчёта',
      description: 'Описание',
      category: 'INCIDENT',
      criticality,
      channel,
    };
    const ticket = (await t.gql(CREATE, { input }, lead)).createTicket as { id: string; number: string; organization: { id: string; name: string } };
    organizations[ticket.organization.name] = ticket.organization.id;
    (numbers[ticket.organization.name] ??= []).push(ticket.number);
    return ticket.id;
  };
  const start = async (id: string, agent: keyof typeof agents, minutes: number) => {
    at(minutes);
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id }, agents[agent]);
  };
  await start(await make('DL-EXT-0001', 'ПАО Бета', 'CRITICAL'), 'agent1', 10);
  await start(await make('DL-EXT-0001', 'ПАО Бета', 'CRITICAL'), 'agent2', 30);
  await start(await make('DL-EXT-0001', 'ПАО Бета', 'NON_CRITICAL', 'EMAIL'), 'agent1', 40);
  await start(await make('DL-BASIC-0001', 'АО Альфа', 'NON_CRITICAL'), 'agent1', 50);
  await make('DL-BASIC-0001', 'АО Альфа', 'CRITICAL');
  const reclassified = await make('DL-BASIC-0001', 'АО Альфа', 'NON_CRITICAL');
  at(5);
  await t.gql(`mutation($id: ID!) { changeCriticality(ticketId: $id, criticality: CRITICAL, reason: "АРМ не загружается") { id } }`, { id: reclassified }, lead);
  await start(reclassified, 'agent2', 40);
  at(120);
  return { t, clock, lead, organizations, numbers };
}

/** A GET of an export route as a browser or a script sends it. */
export async function download(t: TestApp, path: string, token?: string): Promise<{ status: number; type: string; body: Buffer }> {
  const response = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}
