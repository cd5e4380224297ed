import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/infra/logger.js';
import { certificateExpiryDeadlineSource } from '../../src/modules/info-services/certificates/certificate-expiry.js';
import { mountCatalogRoutes } from '../../src/modules/info-services/catalog/catalog-routes.js';
import { seedInformationDemo } from '../../src/seed/information-demo.js';
import { DeadlineScheduler } from '../../src/infra/scheduling/deadline-scheduler.js';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';
import type { DatabaseKind } from './test-database.js';

export interface InfoTestApp {
  readonly t: TestApp;
  /** Origin serving `/catalog/files` (the app itself once app.ts mounts the routes). */
  readonly catalogUrl: string;
  readonly filesDir: string;
  /** Who serves `/catalog/files`: the app (wired) or this helper (before wiring). */
  readonly catalogServedBy: 'app' | 'test server';
  close(): Promise<void>;
}

/**
 * startTestApp with FILES_DIR in a temporary directory and the information
 * demo content (seedInformationDemo is idempotent: a no-op once seed-demo.ts
 * calls it). Until app.ts mounts the catalog routes, they are served here on
 * the app's own ORM and services.
 */
export async function startInfoTestApp(kind: DatabaseKind, options: TestAppOptions = {}): Promise<InfoTestApp> {
  const filesDir = mkdtempSync(join(tmpdir(), 'desk-catalog-'));
  const env = { FILES_DIR: filesDir, LOG_LEVEL: process.env.INFO_TEST_LOG_LEVEL ?? 'silent', ...options.env };
  const t = await startTestApp(kind, { ...options, env });
  await seedInformationDemo(t.app.orm.em.fork(), t.clock.now());
  let server: Server | null = null;
  let catalogUrl = t.url;
  const probe = await fetch(`${t.url}/catalog/files/0/content`);
  const servedByApp = probe.status === 401;
  if (!servedByApp) {
    const app = express();
    mountCatalogRoutes(app, { orm: t.app.orm, services: t.app.services, config: loadConfig({ NODE_ENV: 'test', ...env }), logger: createLogger('silent') });
    server = createServer(app);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    catalogUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  return {
    t,
    catalogUrl,
    filesDir,
    catalogServedBy: servedByApp ? 'app' : 'test server',
    async close() {
      if (server) await new Promise((resolve) => server!.close(resolve));
      await t.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * A deadline scheduler with only the certificate source, as each server process runs it
 * (not started: tests call sweep() at the instants they choose).
 */
export function certificateScheduler(t: TestApp): DeadlineScheduler {
  const deps = { clock: t.clock, events: t.app.services.events, logger: createLogger('silent') };
  return new DeadlineScheduler(t.app.orm, [certificateExpiryDeadlineSource(t.app.orm, deps)], deps, { sweepIntervalMs: 3_600_000 });
}

/** Catalog HTTP with a bearer token. */
export function catalogFetch(url: string, token: string | null, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(url, { ...init, headers, redirect: 'manual' });
}
