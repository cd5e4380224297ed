import type { MacroFieldsFragment } from './graphql/macroFields.api';

/** One line of what a macro does, for its i18n key under `macros.step` with its parameters. */
export interface StepLine {
  readonly key: string;
  readonly params: Record<string, string>;
}

/**
 * What the macro does, in the order the server runs it (#19): taking a NEW
 * ticket into work comes before the reply, as SLA-2 has it by hand.
 */
export function macroSteps(macro: MacroFieldsFragment, label: { kind: (kind: string) => string; resolution: (resolution: string) => string }): StepLine[] {
  const steps: StepLine[] = [];
  if (macro.targetStatus === 'IN_PROGRESS') steps.push({ key: 'take', params: {} });
  if (macro.replyTemplate) steps.push({ key: 'reply', params: { title: macro.replyTemplate.title, kind: label.kind(macro.replyKind ?? 'RECOMMENDATION') } });
  if (macro.targetStatus === 'CLOSED' && macro.resolution) steps.push({ key: 'close', params: { resolution: label.resolution(macro.resolution) } });
  if (macro.assignment) steps.push({ key: macro.assignment, params: { name: macro.assignee?.fullName ?? '—' } });
  return steps;
}
