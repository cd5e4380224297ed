import { expect } from 'vitest';
import type { GraphQLErrorShape } from './graphql-client.js';
import type { TestApp } from './test-app.js';

/** The demo accounts of API.md "Demo data". */
export const LEAD = 'lead@demo.local';
export const AGENT1 = 'agent1@demo.local';
export const AGENT2 = 'agent2@demo.local';
export const ADMIN = 'admin@demo.local';
export const PARTNER = 'partner@demo.local';
export const ALFA = 'alfa@demo.local';
export const BETA = 'beta@demo.local';

/** The demo contracts: identifier and the organization it is registered to. */
export const ALFA_BASIC = { identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа' } as const;
export const BETA_EXT = { identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета' } as const;
export const BETA_HW_EXT = { identifier: 'HW-EXT-0001', organizationName: 'ПАО Бета' } as const;
export const GAMMA_EXPIRED = { identifier: 'DL-EXPIRED-0001', organizationName: 'ООО Гамма' } as const;

/** Moscow is UTC+3 all year: `msk('2026-02-13T17:50')` is that wall-clock time in Moscow. */
export function msk(local: string): Date {
  return new Date(`${local.length === 16 ? `${local}:00` : local}+03:00`);
}

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

/** The single error of a failed operation, checked for the expected code. */
export function expectOneError(errors: GraphQLErrorShape[], code: string): GraphQLErrorShape {
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  const error = errors[0]!;
  expect(error.extensions?.code, JSON.stringify(error)).toBe(code);
  expect(error.extensions).not.toHaveProperty('stacktrace');
  return error;
}

/** The field paths named in a BAD_USER_INPUT error's `extensions.fields`. */
export function fieldsOf(error: GraphQLErrorShape): string[] {
  return (error.extensions?.fields ?? []).map((f) => f.field);
}

export async function expectCode(
  t: TestApp,
  code: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLErrorShape> {
  return expectOneError(await t.gqlErrors(query, variables, token), code);
}

/** Instants compared as instants: '2026-02-16T06:20:00.000Z' equals '2026-02-16T09:20:00+03:00'. */
export function instant(value: string | Date): number {
  return (typeof value === 'string' ? new Date(value) : value).getTime();
}

/** An ISO-8601 date-time with an explicit offset (Z or ±hh:mm), as API.md promises. */
export const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

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

/** The id of a demo user, as `me` reports it. */
export async function userId(t: TestApp, email: string): Promise<string> {
  const data = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, await t.login(email));
  return data.me.id;
}
