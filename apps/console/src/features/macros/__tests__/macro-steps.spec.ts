import { describe, expect, it } from 'vitest';
import type { MacroFieldsFragment } from '../graphql/macroFields.api';
import { macroSteps } from '../macro-steps';

const labels = { kind: (kind: string) => `kind:${kind}`, resolution: (resolution: string) => `res:${resolution}` };
const base: MacroFieldsFragment = {
  __typename: 'Macro', id: '1', name: 'm', shared: true, editable: true, replyKind: null, targetStatus: null, resolution: null, assignment: null, replyTemplate: null, assignee: null,
};

describe('macroSteps (#19)', () => {
  it('SLA-2: taking a NEW ticket into work comes before the reply, as the server runs it', () => {
    const steps = macroSteps({ ...base, targetStatus: 'IN_PROGRESS', replyKind: 'CLARIFYING_QUESTION', replyTemplate: { __typename: 'ReplyTemplate', id: '2', title: 'Журнал' }, assignment: 'ME' }, labels);
    expect(steps.map((s) => s.key)).toEqual(['take', 'reply', 'ME']);
    expect(steps[1]!.params).toEqual({ title: 'Журнал', kind: 'kind:CLARIFYING_QUESTION' });
  });

  it('reply, close with its resolution; an agent assignment names the agent', () => {
    expect(macroSteps({ ...base, targetStatus: 'CLOSED', resolution: 'SOLVED', replyTemplate: { __typename: 'ReplyTemplate', id: '2', title: 'Готово' } }, labels)).toEqual([
      { key: 'reply', params: { title: 'Готово', kind: 'kind:RECOMMENDATION' } },
      { key: 'close', params: { resolution: 'res:SOLVED' } },
    ]);
    expect(macroSteps({ ...base, assignment: 'AGENT', assignee: { __typename: 'User', id: '3', fullName: 'Мария' } }, labels)).toEqual([{ key: 'AGENT', params: { name: 'Мария' } }]);
  });
});
