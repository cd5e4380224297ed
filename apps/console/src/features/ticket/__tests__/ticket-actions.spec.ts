import { describe, expect, it } from 'vitest';
import { allowedActions } from '../ticket-actions';

const sorted = (set: Set<string>) => [...set].sort();

describe('what the ticket page offers (TKT-2 state machine from @desk/sla)', () => {
  it('NEW: the reaction comes first; no reply before it (SLA-2)', () => {
    const actions = allowedActions({ status: 'NEW', missingCount: 2, role: 'AGENT' });
    expect(actions.has('startWork')).toBe(true);
    expect(actions.has('reply')).toBe(false);
    expect(actions.has('requestMissing')).toBe(false);
    expect(actions.has('note')).toBe(true);
    expect(actions.has('close')).toBe(true);
    expect(actions.has('reject')).toBe(true);
    // #19: a duplicate phoned in or mailed can be merged before anyone reacts to it.
    expect(actions.has('merge')).toBe(true);
  });

  it('IN_PROGRESS: replies, asking for appendix 1, and every other change', () => {
    expect(sorted(allowedActions({ status: 'IN_PROGRESS', missingCount: 1, role: 'AGENT' }))).toEqual(
      ['close', 'criticality', 'escalate', 'expectedResolution', 'merge', 'note', 'reject', 'reply', 'requestMissing', 'split'].sort(),
    );
  });

  it('TKT-8: nothing to ask for when appendix 1 is complete', () => {
    expect(allowedActions({ status: 'IN_PROGRESS', missingCount: 0, role: 'AGENT' }).has('requestMissing')).toBe(false);
  });

  it('TKT-6: only team leads (and admins) reassign', () => {
    expect(allowedActions({ status: 'IN_PROGRESS', missingCount: 0, role: 'AGENT' }).has('assign')).toBe(false);
    expect(allowedActions({ status: 'IN_PROGRESS', missingCount: 0, role: 'TEAM_LEAD' }).has('assign')).toBe(true);
    expect(allowedActions({ status: 'NEW', missingCount: 0, role: 'ADMIN' }).has('assign')).toBe(true);
  });

  it('TKT-4: a closed or rejected ticket only takes internal notes', () => {
    expect(sorted(allowedActions({ status: 'CLOSED', missingCount: 3, role: 'TEAM_LEAD' }))).toEqual(['note']);
    expect(sorted(allowedActions({ status: 'REJECTED', missingCount: 0, role: 'AGENT' }))).toEqual(['note']);
  });
});
