import type { ApolloError } from '@apollo/client/core';
import { apiErrorMessage } from '@/graphql/api-error';

/** API.md: a validation error lists every offending field in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface ActionError {
  /** The API's message (or ours), for the form's alert. */
  message: string;
  code: string | null;
  network: boolean;
  /** Problems by form field, shown next to the inputs. */
  fields: Record<string, string>;
  /** Problems about fields this form does not show: they go into the alert. */
  other: FieldProblem[];
}

/** `input.thirdPartyVendor` → `thirdPartyVendor`: forms name fields as the mutation's variables do. */
export function formFieldName(path: string): string {
  return path.startsWith('input.') ? path.slice('input.'.length) : path;
}

function problemsOf(error: unknown): FieldProblem[] {
  const first = (error as Partial<ApolloError> | null)?.graphQLErrors?.[0];
  const fields = first?.extensions?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (problem): problem is FieldProblem =>
      typeof problem === 'object' && problem !== null && typeof problem.field === 'string' && typeof problem.message === 'string',
  );
}

/** Splits an API failure into what belongs next to the form's inputs and what goes above them. */
export function actionError(error: unknown, formFields: readonly string[]): ActionError {
  const { message, code, network } = apiErrorMessage(error);
  return fromProblems(problemsOf(error), formFields, { message, code, network });
}

/** The same shape for problems found before asking the server. */
export function fromProblems(
  problems: readonly FieldProblem[],
  formFields: readonly string[],
  base: { message: string; code: string | null; network: boolean },
): ActionError {
  const fields: Record<string, string> = {};
  const other: FieldProblem[] = [];
  for (const problem of problems) {
    const name = formFieldName(problem.field);
    if (formFields.includes(name)) fields[name] = fields[name] ? `${fields[name]}; ${problem.message}` : problem.message;
    else other.push(problem);
  }
  return { ...base, fields, other };
}
