import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { Criticality, SupportLevel } from '@desk/schema';
import type { QueueTicket } from '@/stores/queue';

/** `me`, `none` (unassigned) or a user id. */
export type AssigneeFilter = 'me' | 'none' | string;

export interface QueueFilters {
  level: SupportLevel | null;
  criticality: Criticality | null;
  assignee: AssigneeFilter | null;
  organization: string | null;
}

/** The URL query keys, short so a filtered queue is a link worth sharing: `/queue?level=EXTENDED&assignee=me`. */
export const FILTER_KEYS = { level: 'level', criticality: 'criticality', assignee: 'assignee', organization: 'org' } as const;

const LEVELS: readonly SupportLevel[] = ['BASIC', 'EXTENDED'];
const CRITICALITIES: readonly Criticality[] = ['CRITICAL', 'NON_CRITICAL'];

export const NO_FILTERS: QueueFilters = { level: null, criticality: null, assignee: null, organization: null };

function single(value: LocationQuery[string] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : null;
}

/** Reads filters from the route's query; anything unknown is ignored rather than showing an empty queue. */
export function parseQueueFilters(query: LocationQuery): QueueFilters {
  const level = single(query[FILTER_KEYS.level]);
  const criticality = single(query[FILTER_KEYS.criticality]);
  const assignee = single(query[FILTER_KEYS.assignee]);
  const organization = single(query[FILTER_KEYS.organization]);
  return {
    level: LEVELS.includes(level as SupportLevel) ? (level as SupportLevel) : null,
    criticality: CRITICALITIES.includes(criticality as Criticality) ? (criticality as Criticality) : null,
    assignee: assignee && /^(me|none|[\w-]{1,64})$/.test(assignee) ? assignee : null,
    organization: organization && /^[\w-]{1,64}$/.test(organization) ? organization : null,
  };
}

/** The query for a set of filters, keeping whatever else the URL carries. */
export function filtersToQuery(filters: QueueFilters, current: LocationQuery = {}): LocationQueryRaw {
  const query: LocationQueryRaw = { ...current };
  for (const [name, key] of Object.entries(FILTER_KEYS) as [keyof QueueFilters, string][]) {
    const value = filters[name];
    if (value === null) delete query[key];
    else query[key] = value;
  }
  return query;
}

export function activeFilterCount(filters: QueueFilters): number {
  return Object.values(filters).filter((value) => value !== null).length;
}

/** Filtering never re-sorts: the queue keeps the server's SLA-6 order. */
export function matchesFilters(ticket: QueueTicket, filters: QueueFilters, currentUserId: string | null): boolean {
  if (filters.level && ticket.supportLevel !== filters.level) return false;
  if (filters.criticality && ticket.criticality !== filters.criticality) return false;
  if (filters.organization && ticket.organization.id !== filters.organization) return false;
  if (filters.assignee) {
    const assigneeId = ticket.assignee?.id ?? null;
    if (filters.assignee === 'none') return assigneeId === null;
    if (filters.assignee === 'me') return currentUserId !== null && assigneeId === currentUserId;
    return assigneeId === filters.assignee;
  }
  return true;
}
