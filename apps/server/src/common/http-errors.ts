import type { Response } from 'express';
import { RetryLater, ValidationFailed, type DomainError } from './errors.js';

/** The HTTP status for each domain error code (the same codes GraphQL answers with). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

export function httpStatusOf(error: DomainError): number {
  return STATUS_OF_CODE[error.code] ?? 500;
}

/** A domain error as a JSON answer of the REST-style routes (files, catalog), with Retry-After past a rate limit or during an outage. */
export function sendDomainError(res: Response, error: DomainError): void {
  if (error instanceof RetryLater) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  res.status(httpStatusOf(error)).json({ error: error.code, message: error.message, ...(error instanceof ValidationFailed ? { fields: error.fields } : {}) });
}

/**
 * An upload refused with a status and a readable body. @tus/server sends an error's
 * `status_code` and `body` as the response, and tus clients show that body to the user.
 */
export class UploadRefused extends Error {
  readonly body: string;

  constructor(
    readonly status_code: number,
    message: string,
  ) {
    super(message);
    this.body = `${message}\n`;
  }

  static from(error: DomainError): UploadRefused {
    return new UploadRefused(httpStatusOf(error), error.message);
  }
}
