import { problemText, type Translate } from '@/shared/forms/problem-text';

/** The accounts API's own problems (#12) in the user's language; the common ones through the shared wording. */
const OWN: [RegExp, string][] = [
  [/^must be at least \d+ characters/, 'accounts.problems.tooShort'],
  [/^is one of the most common passwords/, 'accounts.problems.common'],
  [/^must not be one character repeated/, 'accounts.problems.repeated'],
  [/^must not be your e-mail address/, 'accounts.problems.ownAddress'],
  [/^must differ from the current password/, 'accounts.problems.same'],
  [/^is not your current password/, 'accounts.problems.wrongCurrent'],
  [/^is invalid, already used or expired/, 'accounts.setPassword.invalid'],
  [/^already belongs to a user/, 'accounts.problems.taken'],
  [/^has a pending invitation/, 'accounts.problems.pending'],
];

export function accountProblemText(message: string | null, t: Translate): string | null {
  if (message === null) return null;
  const own = OWN.find(([pattern]) => pattern.test(message));
  return own ? t(own[1]) : problemText(message, t);
}
