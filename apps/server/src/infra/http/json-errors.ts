import type { ErrorRequestHandler, Express, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { OUTAGE_RETRY_AFTER_SECONDS, isOutage } from '../outage/outage.js';

/** body-parser's error types and what the caller did wrong (#15 finding 8). */
const BODY_ERRORS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is over the size limit' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has an unsupported content encoding' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body has an unsupported charset' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'The request was aborted' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'The request body does not match its Content-Length' },
};

const errorBody = (code: string, message: string, extra: Record<string, unknown> = {}) => ({ errors: [{ message, extensions: { code, ...extra } }] });

/**
 * The last handlers of the app: whatever went wrong outside a resolver is answered like a GraphQL
 * error — JSON with `extensions.code`, the right 4xx (503 + Retry-After for an outage), and never a stack trace or a path on disk, in
 * any mode (Express's own handler sends an HTML page with the stack outside production).
 */
export function mountJsonErrors(app: Express, logger: Logger, onUnavailable: () => void = () => undefined): void {
  const notFound: RequestHandler = (_req, res) => {
    res.status(404).json(errorBody('NOT_FOUND', 'No such endpoint'));
  };
  const failed: ErrorRequestHandler = (error: { type?: unknown; status?: unknown }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const known = typeof error?.type === 'string' ? BODY_ERRORS[error.type] : undefined;
    if (known) return void res.status(known.status).json(errorBody(known.code, known.message));
    if (isOutage(error)) {
      // A database or Redis outage (#16): worth retrying, unlike a 500.
      onUnavailable();
      res.status(503).set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      return void res.json(errorBody('SERVICE_UNAVAILABLE', `The service is temporarily unavailable: retry in ${OUTAGE_RETRY_AFTER_SECONDS} s`, { retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS }));
    }
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error('unexpected error in an HTTP request', error);
    res.status(status).json(status === 500 ? errorBody('INTERNAL_SERVER_ERROR', 'Internal server error') : errorBody('BAD_REQUEST', 'The request cannot be processed'));
  };
  app.use(notFound);
  app.use(failed);
}
