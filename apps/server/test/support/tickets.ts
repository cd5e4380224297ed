import type { GraphQLErrorShape } from './graphql-client.js';
import type { TestApp } from './test-app.js';
import { ALFA_BASIC } from './demo-data.js';

export interface TicketView {
  id: string;
  number: string;
  subject: string;
  category: string;
  criticality: 'CRITICAL' | 'NON_CRITICAL';
  supportLevel: 'BASIC' | 'EXTENDED';
  priority: number;
  status: string;
  channel: string;
  receivedAt: string;
  responseDueAt: string;
  atRiskAt: string;
  respondedAt: string | null;
  slaOutcome: 'MET' | 'BREACHED' | null;
  slaState: string;
  escalationLevel: number;
  rejectionReason: string | null;
  organization: { id: string; name: string };
  assignee: { id: string; email: string } | null;
}

export interface TimelineView {
  kind: string;
  at: string;
  summary: string;
  data: Record<string, unknown> | null;
}

export const TICKET_FIELDS = `
  id number subject category criticality supportLevel priority status channel
  receivedAt responseDueAt atRiskAt respondedAt slaOutcome slaState escalationLevel rejectionReason
  organization { id name }
  assignee { id email }
`;

export const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ${TICKET_FIELDS} } }`;
export const TICKET_WITH_TIMELINE = `query($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} timeline { kind at summary data } } }`;

let sequence = 0;

/** A complete, valid createTicket input; override any part. */
export function ticketInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    ...ALFA_BASIC,
    contact: { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'alfa@demo.local' },
    subject: `Тестовое обращение ${sequence}`,
    description: 'АРМ не загружается после обновления.',
    category: 'INCIDENT',
    criticality: 'NON_CRITICAL',
    channel: 'PORTAL',
    ...overrides,
  };
}

export async function createTicket(t: TestApp, token: string, overrides: Record<string, unknown> = {}): Promise<TicketView> {
  const data = await t.gql<{ createTicket: TicketView }>(CREATE_TICKET, { input: ticketInput(overrides) }, token);
  return data.createTicket;
}

export async function ticketWithTimeline(
  t: TestApp,
  token: string,
  id: string,
): Promise<TicketView & { timeline: TimelineView[] }> {
  const data = await t.gql<{ ticket: TicketView & { timeline: TimelineView[] } }>(TICKET_WITH_TIMELINE, { id }, token);
  return data.ticket;
}

export interface RefusedView {
  id: string;
  at: string;
  channel: string | null;
  reason: string;
  payload: Record<string, unknown>;
}

export async function refusedRequests(t: TestApp, staffToken: string): Promise<RefusedView[]> {
  const data = await t.gql<{ refusedRequests: RefusedView[] }>(
    '{ refusedRequests(first: 200) { id at channel reason payload } }',
    {},
    staffToken,
  );
  return data.refusedRequests;
}

/**
 * Runs the deadline sweep (SLA-7 alerts, TKT-3 auto-close) now and waits for it (and any sweep already
 * running) to finish, so background alerts (and the automatic escalation of a
 * breach) have happened before the test goes on rather than racing with it.
 */
export async function settleSlaTimers(t: TestApp): Promise<void> {
  await t.app.deadlines.sweep();
}

/** Ids of the queue's edges, in order; `ids` keeps only those, to assert relative order amid other tickets. */
export async function queueOrder(t: TestApp, staffToken: string, ids?: readonly string[]): Promise<string[]> {
  const data = await t.gql<{ queue: { edges: { node: { id: string } }[] } }>(
    '{ queue(first: 200) { edges { node { id } } } }',
    {},
    staffToken,
  );
  const all = data.queue.edges.map((e) => e.node.id);
  return ids ? all.filter((id) => ids.includes(id)) : all;
}

/** One page of `queue` as the API answers it (API.md's connection), with the node fields a test selected. */
export interface QueuePage<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}

/** The id of a demo user, as `me` reports it. */
export async function userId(t: TestApp, email: string): Promise<string> {
  const data = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, await t.login(email));
  return data.me.id;
}

/** The errors of a createTicket expected to be refused. */
export function refuseTicket(t: TestApp, token: string, overrides: Record<string, unknown>): Promise<GraphQLErrorShape[]> {
  return t.gqlErrors(CREATE_TICKET, { input: ticketInput(overrides) }, token);
}

/** A portal request of ПАО Бета's contact Борис Бетов (DL-EXT-0001, EXTENDED). */
export function betaPortalRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    identifier: 'DL-EXT-0001',
    organizationName: 'ПАО Бета',
    contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
    subject: 'Ошибка при входе',
    description: 'После обновления не входит доменный пользователь',
    category: 'INCIDENT',
    criticality: 'NON_CRITICAL',
    channel: 'PORTAL',
    ...overrides,
  };
}
