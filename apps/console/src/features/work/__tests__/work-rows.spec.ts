import { describe, expect, it } from 'vitest';
import { applyWorkEvent, type WorkEvent, type WorkRow, type WorkState } from '../work-rows';

const row = (id: string) => ({ id, number: `SD-${id}` }) as unknown as WorkRow;
const event = (partial: Partial<WorkEvent>): WorkEvent =>
  ({ version: 1, kind: 'COUNTS', viewId: 'MINE_IN_PROGRESS', counts: [{ viewId: 'MINE_IN_PROGRESS', count: 2 }], rows: null, totalCount: null, ticket: null, position: null, previousPosition: null, ...partial }) as WorkEvent;
const fresh = (): WorkState => ({ rows: [], version: 0, totalCount: 0, counts: {} });

describe('myWork events (#13)', () => {
  it('a SNAPSHOT sets rows, counts and the version', () => {
    const state = fresh();
    expect(applyWorkEvent(state, event({ kind: 'SNAPSHOT', version: 7, rows: [row('1'), row('2')], totalCount: 2 }), 50)).toBe('applied');
    expect(state).toMatchObject({ version: 7, totalCount: 2, counts: { MINE_IN_PROGRESS: 2 } });
    expect(state.rows.map((r) => r.id)).toEqual(['1', '2']);
  });

  it('ADDED, MOVED and REMOVED place the row at the server position; old versions are ignored, a skipped one is a gap', () => {
    const state = fresh();
    applyWorkEvent(state, event({ kind: 'SNAPSHOT', version: 7, rows: [row('1'), row('2')], totalCount: 2 }), 50);
    applyWorkEvent(state, event({ kind: 'ADDED', version: 8, ticket: row('3'), position: 0 }), 50);
    expect(state.rows.map((r) => r.id)).toEqual(['3', '1', '2']);
    applyWorkEvent(state, event({ kind: 'MOVED', version: 9, ticket: row('3'), position: 2, previousPosition: 0 }), 50);
    expect(state.rows.map((r) => r.id)).toEqual(['1', '2', '3']);
    applyWorkEvent(state, event({ kind: 'REMOVED', version: 10, ticket: row('1'), position: null, previousPosition: 0 }), 50);
    expect(state.rows.map((r) => r.id)).toEqual(['2', '3']);
    expect(applyWorkEvent(state, event({ version: 9 }), 50)).toBe('stale');
    expect(applyWorkEvent(state, event({ version: 12 }), 50)).toBe('gap');
    expect(state.version).toBe(10);
  });

  it('keeps only the first rows of the view', () => {
    const state = fresh();
    applyWorkEvent(state, event({ kind: 'SNAPSHOT', version: 1, rows: [row('1'), row('2')], totalCount: 5 }), 2);
    applyWorkEvent(state, event({ kind: 'ADDED', version: 2, ticket: row('9'), position: 4 }), 2);
    expect(state.rows.map((r) => r.id)).toEqual(['1', '2']);
    applyWorkEvent(state, event({ kind: 'ADDED', version: 3, ticket: row('8'), position: 1 }), 2);
    expect(state.rows.map((r) => r.id)).toEqual(['1', '8']);
  });
});
