import type { FieldProblem } from '@/shared/forms/useForm';

/** The server's floor (modules/accounts/password-policy.ts), checked before the round trip; the server has the last word. */
export const PASSWORD_MIN_LENGTH = 12;

/** Local checks of a new password and its repetition, named by the form's field. */
export function newPasswordProblems(password: string, confirm: string, field: string, t: (key: string, values?: Record<string, unknown>) => string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push({ field, message: t('accounts.rules') });
  else if (password !== confirm) problems.push({ field: 'confirm', message: t('accounts.mismatch') });
  return problems;
}
