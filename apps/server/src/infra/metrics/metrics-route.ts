import { timingSafeEqual } from 'node:crypto';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger.js';
import type { DeskMetrics } from './metrics.js';

/** Where requests are counted: the few routes there are, so the label stays small. */
function routeOf(path: string): string {
  if (path === '/graphql' || path === '/graphql/stream' || path === '/healthz' || path === '/metrics' || path === '/telegram/webhook') return path;
  if (path.startsWith('/files')) return '/files';
  if (path.startsWith('/catalog')) return '/catalog';
  return 'other';
}

/** Times every HTTP request (by method, route and status), from arrival to the last byte. */
export function httpMetrics(metrics: DeskMetrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // Read now: a mounted router strips its prefix from the path while it handles the request.
    const end = metrics.httpDuration.startTimer({ method: req.method, route: routeOf(req.path) });
    res.once('finish', () => end({ status: String(res.statusCode) }));
    next();
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `GET /metrics` in the Prometheus text format (METRICS_ENABLED), behind
 * `Authorization: Bearer METRICS_TOKEN` when a token is set (required in
 * production): the numbers say how busy the desk is and which customers wait.
 */
export function mountMetrics(app: Express, metrics: DeskMetrics, options: { token: string | null; logger: Logger }): void {
  app.get('/metrics', async (req, res) => {
    if (options.token && !sameToken(req.headers.authorization ?? '', `Bearer ${options.token}`)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('a valid bearer token is required\n');
      return;
    }
    try {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    } catch (error) {
      options.logger.error('collecting metrics failed', error);
      res.status(500).type('text/plain').send('collecting metrics failed\n');
    }
  });
}
