import type { ApolloError } from '@apollo/client/core';
import { apiErrorMessage } from '../graphql/api-error';

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

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null && typeof (value as FieldProblem).field === 'string' && typeof (value as FieldProblem).message === 'string';
}

/** Every problem the API named in `extensions.fields`, in its order. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  const graphQLErrors = (error as Partial<ApolloError> | null)?.graphQLErrors ?? [];
  return graphQLErrors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.fields;
    return Array.isArray(fields) ? fields.filter(isFieldProblem) : [];
  });
}

/** Splits an API failure into what belongs next to the form's inputs and what goes above them. */
export function actionError(error: unknown, formFields: readonly string[]): ActionError {
  const { message, code, network } = apiErrorMessage(error);
  return fromProblems(fieldProblemsOf(error), formFields, { message, code, network });
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

/** Every problem of each field (`contact.phone` → its messages): the ticket forms list them all. */
export type FieldErrors = Record<string, string[]>;

/** The API's field problems by form field (`input.` dropped), for forms that show every message of a field. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const result: FieldErrors = {};
  for (const problem of fieldProblemsOf(error)) (result[formFieldName(problem.field)] ??= []).push(problem.message);
  return result;
}

/** The first field with a problem in the form's `order` (then any other), so focus goes there. */
export function firstErrorField(errors: FieldErrors, order: readonly string[]): string | null {
  return order.find((field) => errors[field]?.length) ?? Object.keys(errors)[0] ?? null;
}
