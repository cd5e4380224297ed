import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, ValidationFailed } from '../common/errors.js';
import { asServiceUnavailable } from '../infra/outage/outage.js';

export type ErrorLogger = (error: unknown) => void;

/** Apollo's refusal of an APQ request whose hash is not its query's (#18): a GraphQLError without a code. */
const APQ_HASH_MISMATCH = 'provided sha does not match query';

/**
 * The one place domain failures become GraphQL errors: `extensions.code`
 * always set, `extensions.fields` for invalid input, never a stack trace.
 */
export function formatError(logUnexpected: ErrorLogger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    // A lost database or Redis connection is the client's to retry (SERVICE_UNAVAILABLE, #16), not a bug.
    const error = asServiceUnavailable(unwrapResolverError(raw));
    if (error instanceof DomainError) {
      return {
        message: error.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: error.code,
          ...(error instanceof ValidationFailed ? { fields: error.fields } : {}),
          ...error.extensions,
        },
      };
    }
    if (error instanceof GraphQLError && error.message === APQ_HASH_MISMATCH) {
      const fields = [{ field: 'extensions.persistedQuery.sha256Hash', message: 'is not the SHA-256 of the query' }];
      return { message: 'The persisted query hash is not the SHA-256 of the query sent with it', extensions: { code: 'BAD_USER_INPUT', fields } };
    }
    if (error instanceof ArgumentValidationError) {
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (error instanceof GraphQLError && typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logUnexpected(error);
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** graphql-ws sends results itself: give their errors the same shape as HTTP ones. */
export function withFormattedErrors(
  result: ExecutionResult,
  format: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError,
): FormattedExecutionResult | void {
  if (!result.errors?.length) return;
  return { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) };
}
