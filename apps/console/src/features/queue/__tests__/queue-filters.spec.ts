import { describe, expect, it } from 'vitest';
import { queueTicket } from '@/test-support/tickets';
import { activeFilterCount, filtersToQuery, matchesFilters, NO_FILTERS, parseQueueFilters } from '../queue-filters';

describe('queue filters in the URL', () => {
  it('reads level, criticality, assignee and organization from the query', () => {
    expect(parseQueueFilters({ level: 'EXTENDED', criticality: 'CRITICAL', assignee: 'me', org: '3' })).toEqual({
      level: 'EXTENDED',
      criticality: 'CRITICAL',
      assignee: 'me',
      organization: '3',
    });
    expect(parseQueueFilters({})).toEqual(NO_FILTERS);
  });

  it('ignores what it does not know instead of showing an empty queue', () => {
    expect(parseQueueFilters({ level: 'GOLD', criticality: ['NON_CRITICAL', 'CRITICAL'], assignee: '<script>', org: '' })).toEqual({
      level: null,
      criticality: 'NON_CRITICAL',
      assignee: null,
      organization: null,
    });
  });

  it('writes filters back, keeping the other query parameters and dropping cleared ones', () => {
    const query = filtersToQuery({ ...NO_FILTERS, level: 'BASIC', assignee: 'none' }, { level: 'EXTENDED', org: '2', tab: 'x' });
    expect(query).toEqual({ level: 'BASIC', assignee: 'none', tab: 'x' });
    expect(parseQueueFilters(query as Record<string, string>)).toEqual({ ...NO_FILTERS, level: 'BASIC', assignee: 'none' });
    expect(activeFilterCount(parseQueueFilters(query as Record<string, string>))).toBe(2);
  });

  it('matches tickets on every condition at once', () => {
    const mine = queueTicket({ supportLevel: 'BASIC', criticality: 'CRITICAL', assignee: { __typename: 'User', id: '7', fullName: 'Я' } });
    const nobodys = queueTicket({ supportLevel: 'EXTENDED', criticality: 'NON_CRITICAL', assignee: null, organization: { __typename: 'Organization', id: 'org-2', name: 'АО Альфа' } });
    const filters = { ...NO_FILTERS };
    expect(matchesFilters(mine, { ...filters, level: 'BASIC' }, '7')).toBe(true);
    expect(matchesFilters(nobodys, { ...filters, level: 'BASIC' }, '7')).toBe(false);
    expect(matchesFilters(mine, { ...filters, assignee: 'me' }, '7')).toBe(true);
    expect(matchesFilters(mine, { ...filters, assignee: 'me' }, null)).toBe(false);
    expect(matchesFilters(nobodys, { ...filters, assignee: 'none' }, '7')).toBe(true);
    expect(matchesFilters(mine, { ...filters, assignee: '7' }, null)).toBe(true);
    expect(matchesFilters(nobodys, { ...filters, organization: 'org-2', criticality: 'NON_CRITICAL' }, null)).toBe(true);
    expect(matchesFilters(nobodys, { ...filters, organization: 'org-2', criticality: 'CRITICAL' }, null)).toBe(false);
  });
});
