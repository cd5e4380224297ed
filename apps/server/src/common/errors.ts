/**
 * Domain failures, one class per kind. Each maps once to a GraphQL
 * `extensions.code` in graphql/format-error.ts; resolvers never build
 * GraphQL errors themselves.
 */
export interface FieldProblem {
  /** Dotted path inside the operation's arguments, e.g. `input.contact.phone`. */
  readonly field: string;
  readonly message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly extensions: Record<string, unknown> = {};
}

export class ValidationFailed extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly fields: readonly FieldProblem[],
    message = describeProblems(fields),
  ) {
    super(message);
  }
}

export class NotAuthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in first: this operation needs a valid token') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Your role does not allow this operation') {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string | number) {
    super(`${entity} ${id} does not exist or is not visible to you`);
  }
}

/** A transition the ticket's current state does not allow (TKT-2). */
export class InvalidState extends DomainError {
  readonly code = 'CONFLICT';
}

/** A refusal the caller should retry after `retryAfterSeconds` (HTTP Retry-After), with its HTTP status. */
export abstract class RetryLater extends DomainError {
  abstract readonly httpStatus: number;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Over a rate limit; the limit's window ends `retryAfterSeconds` from now (HTTP Retry-After). */
export class RateLimited extends RetryLater {
  readonly code = 'RATE_LIMITED';
  readonly httpStatus = 429;
}

/**
 * A backing service (the database, Redis) is unreachable right now (#16): the operation did not
 * complete and the same request may succeed after `retryAfterSeconds` (HTTP 503 + Retry-After).
 */
export class ServiceUnavailable extends RetryLater {
  readonly code = 'SERVICE_UNAVAILABLE';
  readonly httpStatus = 503;
  constructor(retryAfterSeconds: number) {
    super(`The service is temporarily unavailable: retry in ${retryAfterSeconds} s`, retryAfterSeconds);
  }
}

/**
 * A subscription's resume point (`after`) the event log can no longer answer
 * from (#16): older than its retention, too far behind to replay, or from a
 * future this cluster never reached. The client refetches, then subscribes
 * again from the version the refetch returned.
 */
export class ResumeReset extends DomainError {
  readonly code = 'RESET';
  constructor(after: number, reason: string, currentVersion: number) {
    super(`Cannot resume after version ${after}: ${reason}. Refetch, then subscribe with the version the refetch returns`);
    Object.assign(this.extensions, { after, currentVersion, fields: [{ field: 'after', message: reason }] });
  }
}

function describeProblems(fields: readonly FieldProblem[]): string {
  return `Invalid input: ${fields.map((f) => `${f.field} — ${f.message}`).join('; ')}`;
}

/** Collects every problem of one input so the caller gets them all at once. */
export class ProblemList {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string): this {
    this.problems.push({ field, message });
    return this;
  }

  get isEmpty(): boolean {
    return this.problems.length === 0;
  }

  get all(): readonly FieldProblem[] {
    return this.problems;
  }

  throwIfAny(message?: string): void {
    if (!this.isEmpty) throw new ValidationFailed(this.problems, message);
  }
}
