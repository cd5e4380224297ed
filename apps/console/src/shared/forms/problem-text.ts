/**
 * The API words its validation problems in English for integrators
 * (`is required: contact person's phone`); the portal says the common ones in
 * the user's language and shows any other as the server wrote it.
 */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

const PATTERNS: [RegExp, (match: RegExpExecArray, t: Translate) => string][] = [
  [/^is required/, (_m, t) => t('form.problems.required')],
  [/^is not a phone number/, (_m, t) => t('form.problems.phone')],
  [/^is not an e-mail address/, (_m, t) => t('form.problems.email')],
  [/only an INCIDENT can be CRITICAL/, (_m, t) => t('form.problems.criticalOnlyIncident')],
  [/^no support contract has this/, (_m, t) => t('form.problems.unknownIdentifier')],
  [/^does not match the organization/, (_m, t) => t('form.problems.organizationMismatch')],
  [/^must be at most (\d+) characters/, (m, t) => t('form.problems.tooLong', { max: Number(m[1]) })],
];

export function problemText(message: string, t: Translate): string {
  for (const [pattern, say] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return say(match, t);
  }
  return message;
}
