import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { graphql, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import * as tus from 'tus-js-client';
import { loadConfig } from '../../src/config.js';
import { authChecker } from '../../src/graphql/auth-checker.js';
import { RESOLVERS } from '../../src/app/schema.js';
import { createLogger } from '../../src/infra/logger.js';
import { loadActor } from '../../src/modules/auth/actor.loader.js';
import { mountFileRoutes, type FileRoutes, type FileRoutesDependencies } from '../../src/modules/files/file-routes.js';
import { FILE_RESOLVERS } from '../../src/modules/files/index.js';
import { TicketFilesResolver } from '../../src/modules/files/ticket-file.resolver.js';
import { FILE_ID_HEADER } from '../../src/modules/files/upload-endpoint.js';
import { startTestApp, type TestApp } from './test-app.js';
import type { DatabaseKind } from './test-database.js';

export interface FilesTestApp {
  readonly t: TestApp;
  /** Origin serving `/files` (the app itself once app.ts mounts the routes). */
  readonly filesUrl: string;
  readonly filesDir: string;
  /** Who serves `/files` and `Ticket.files`: the app (wired) or this helper (before wiring). */
  readonly servedBy: { files: 'app' | 'test server'; graphql: 'app' | 'test schema' };
  /** GraphQL with `Ticket.files`; fails the test on any error. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Another `/files` server on the same database, services and directory (e.g. with a short upload TTL). */
  mountExtra(options: Partial<Pick<FileRoutesDependencies, 'incompleteUploadTtlMs' | 'sweepIntervalMs'>>): Promise<{ url: string; routes: FileRoutes }>;
  close(): Promise<void>;
}

/**
 * startTestApp with FILES_DIR in a temporary directory. Until app.ts mounts the file routes
 * and schema.ts lists FILE_RESOLVERS, the helper serves them itself on the same ORM and
 * services (same event bus, so `ticketUpdated` on the app still sees attachments).
 */
export async function startFilesTestApp(kind: DatabaseKind, env: Record<string, string> = {}): Promise<FilesTestApp> {
  const filesDir = mkdtempSync(join(tmpdir(), 'desk-files-'));
  const fullEnv = { FILES_DIR: filesDir, LOG_LEVEL: 'error', ...env };
  const t = await startTestApp(kind, { env: fullEnv });
  const config = loadConfig({ NODE_ENV: 'test', ...fullEnv });
  const servers: Server[] = [];

  const mount = async (options: Partial<FileRoutesDependencies> = {}) => {
    const app = express();
    const routes = mountFileRoutes(app, {
      orm: t.app.orm,
      services: t.app.services,
      config,
      logger: createLogger('silent'),
      ...options,
    });
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, routes };
  };

  const appServesFiles = (await fetch(`${t.url}/files`, { method: 'OPTIONS' })).headers.has('tus-version');
  const filesUrl = appServesFiles ? t.url : (await mount()).url;

  // Not by introspection: type-graphql keeps field metadata of a schema built earlier in this
  // process (the fallback below), so an unwired app may show `Ticket.files` without its resolver.
  const appHasFiles = (RESOLVERS as readonly unknown[]).includes(TicketFilesResolver);
  let schema: GraphQLSchema | null = null;
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    if (appHasFiles) return t.gql(query, variables, token);
    schema ??= await buildSchema({
      resolvers: [...RESOLVERS, ...FILE_RESOLVERS],
      pubSub: t.app.services.live.pubSub,
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
      authChecker,
      validate: false,
    });
    const em = t.app.orm.em.fork();
    const actor = await loadActor(em, t.app.services, token ? `Bearer ${token}` : undefined);
    const result = await graphql({ schema, source: query, variableValues: variables, contextValue: { em, app: t.app.services, actor, origin: { ip: '127.0.0.1', userAgent: null } } });
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return JSON.parse(JSON.stringify(result.data));
  };

  return {
    t,
    filesUrl,
    filesDir,
    servedBy: { files: appServesFiles ? 'app' : 'test server', graphql: appHasFiles ? 'app' : 'test schema' },
    gql,
    mountExtra: (options) => mount(options),
    async close() {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
      await t.close();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface UploadOutcome {
  readonly url: string;
  readonly fileId: string | null;
}

export interface UploadFailure {
  readonly status: number | null;
  readonly body: string;
  readonly message: string;
}

export interface StartedUpload {
  readonly upload: tus.Upload;
  /** Settles with the outcome, or rejects with an UploadFailure. */
  readonly done: Promise<UploadOutcome>;
}

/** A real tus-js-client upload, as the console or a script would send it. */
export function startUpload(
  filesUrl: string,
  token: string | null,
  data: Buffer,
  metadata: Record<string, string>,
  options: { chunkSize?: number; uploadUrl?: string; onChunkComplete?: (upload: tus.Upload, bytesAccepted: number) => void } = {},
): StartedUpload {
  let upload!: tus.Upload;
  const done = new Promise<UploadOutcome>((resolve, reject) => {
    upload = new tus.Upload(data, {
      endpoint: `${filesUrl}/files`,
      ...(options.uploadUrl ? { uploadUrl: options.uploadUrl } : {}),
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      metadata,
      chunkSize: options.chunkSize ?? Number.POSITIVE_INFINITY,
      retryDelays: [],
      onChunkComplete: (_size, accepted) => options.onChunkComplete?.(upload, accepted),
      onSuccess: ({ lastResponse }) => resolve({ url: upload.url!, fileId: lastResponse.getHeader(FILE_ID_HEADER) ?? null }),
      onError: (error) => {
        const response = (error as tus.DetailedError).originalResponse ?? null;
        reject({ status: response?.getStatus() ?? null, body: response?.getBody() ?? '', message: error.message } satisfies UploadFailure);
      },
    });
    upload.start();
  });
  return { upload, done };
}

export function uploadFile(filesUrl: string, token: string | null, data: Buffer, metadata: Record<string, string>, chunkSize?: number) {
  return startUpload(filesUrl, token, data, metadata, { chunkSize }).done;
}

/** Awaits an upload expected to fail and returns how. */
export async function uploadRefused(filesUrl: string, token: string | null, data: Buffer, metadata: Record<string, string>): Promise<UploadFailure> {
  try {
    const outcome = await uploadFile(filesUrl, token, data, metadata);
    throw new Error(`expected the upload to be refused, it succeeded: ${JSON.stringify(outcome)}`);
  } catch (error) {
    if (error instanceof Error) throw error;
    return error as UploadFailure;
  }
}
