import type { ActionError } from '@/shared/forms/useForm';

/** What `login` (or a set-password link) answered instead of a session: the step still due and its challenge (#15). */
export interface SecondStep {
  readonly kind: 'code' | 'enrol';
  readonly challenge: string;
}

const KIND_OF_CODE: Readonly<Record<string, SecondStep['kind']>> = {
  SECOND_FACTOR_REQUIRED: 'code',
  SECOND_FACTOR_ENROLMENT_REQUIRED: 'enrol',
};

/** The second step an API error asks for, or null when the error is something else. */
export function secondStepOf(error: unknown): SecondStep | null {
  const first = (error as { graphQLErrors?: readonly { extensions?: Record<string, unknown> }[] } | null)?.graphQLErrors?.[0];
  const kind = typeof first?.extensions?.code === 'string' ? KIND_OF_CODE[first.extensions.code] : undefined;
  const challenge = first?.extensions?.challenge;
  return kind && typeof challenge === 'string' ? { kind, challenge } : null;
}

/**
 * A second step handed over by another page (a set-password link answers like `login`): it travels in the
 * history entry's state, never in the URL, so the challenge stays out of logs and the Referer.
 */
export function secondStepInHistory(): SecondStep | null {
  const step = (globalThis.history?.state as { secondStep?: Partial<SecondStep> } | null)?.secondStep;
  return step && (step.kind === 'code' || step.kind === 'enrol') && typeof step.challenge === 'string' ? { kind: step.kind, challenge: step.challenge } : null;
}

const PROBLEM_OF_FIELD: Readonly<Record<string, string>> = {
  code: 'twoFactor.problems.code',
  recoveryCode: 'twoFactor.problems.recoveryCode',
  password: 'twoFactor.problems.password',
};

/**
 * A proof's problem in the user's language: a wrong one is BAD_USER_INPUT on its field (enrolment, changes) or
 * UNAUTHENTICATED (the sign-in's second step); anything else is left to the form's alert.
 */
export function codeProblem(error: ActionError | null, field: string, t: (key: string) => string): string | null {
  if (!error) return null;
  return error.fields[field] || (error.code === 'UNAUTHENTICATED' && field !== 'password') ? t(PROBLEM_OF_FIELD[field]!) : null;
}
