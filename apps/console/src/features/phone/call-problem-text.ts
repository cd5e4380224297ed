import { problemText, type Translate } from '@/shared/forms/problem-text';

const CALL_PATTERNS: [RegExp, string][] = [
  [/must not be in the future/, 'phone.problems.future'],
  [/^is required: when the call started/, 'phone.problems.startRequired'],
];

/** The call's own problems in the user's language; the rest as the portal words them. */
export function callProblemText(message: string, t: Translate): string {
  const own = CALL_PATTERNS.find(([pattern]) => pattern.test(message));
  return own ? t(own[1]) : problemText(message, t);
}
