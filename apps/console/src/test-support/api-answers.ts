import type { FetchResult, Operation } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import type { OperationHandler } from './mount-app';

export type Answer = (operation: Operation) => FetchResult;

/** A handler for `mountWithApp` answering each operation by its name; `{ data: null }` to any other. */
export function byOperation(answers: Record<string, Answer>): OperationHandler {
  return (operation) => answers[operation.operationName]?.(operation) ?? { data: null };
}

/** A BAD_USER_INPUT answer as the server formats it (format-error.ts). */
export function badUserInput(fields: { field: string; message: string }[]): FetchResult {
  return {
    errors: [
      new GraphQLError(`Invalid input: ${fields.map((f) => `${f.field} — ${f.message}`).join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', fields },
      }),
    ],
  };
}

export function apiError(code: string, message: string): FetchResult {
  return { errors: [new GraphQLError(message, { extensions: { code } })] };
}
