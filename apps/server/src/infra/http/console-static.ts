import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from '../logger.js';

/** Serves the built console at `/`, with the SPA's index.html for client-side routes. */
export function mountConsole(app: Express, dir: string, logger: Logger): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    logger.info('console not built: only the API is served', { dir });
    return;
  }
  app.use(express.static(dir, { index: false, maxAge: '1h', immutable: false }));
  app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(index));
}
