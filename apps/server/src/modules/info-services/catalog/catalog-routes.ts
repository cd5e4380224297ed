import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/core';
import { Router, type Express, type Request, type Response } from 'express';
import { DomainError, Forbidden, NotFound, ValidationFailed } from '../../../common/errors.js';
import { sendDomainError } from '../../../common/http-errors.js';
import { existingId } from '../../../common/ids.js';
import type { AppConfig } from '../../../config.js';
import { User } from '../../../entities/auth/user.entity.js';
import { CatalogFile } from '../../../entities/info-services/catalog-file.entity.js';
import { CatalogFileKind } from '../../../entities/info-services/info-services.enums.js';
import { ProductDocument } from '../../../entities/info-services/product-document.entity.js';
import { ProductRelease } from '../../../entities/info-services/product-release.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { isStaff, type Actor } from '../../../graphql/actor.js';
import type { Orm } from '../../../infra/database/orm.js';
import { sendError, sendStoredFile } from '../../../infra/http/send-stored-file.js';
import type { Logger } from '../../../infra/logger.js';
import { fileRouteActor, type AuthServices } from '../../auth/index.js';
import type { DownloadSource } from '../../files/index.js';
import { Entitlements } from './entitlement.js';

export interface CatalogRoutesDependencies {
  readonly orm: Orm;
  readonly services: AuthServices;
  readonly config: Pick<AppConfig, 'filesDir' | 'uploadMaxBytes'>;
  readonly logger: Logger;
}

export const CATALOG_FILES_PATH = '/catalog/files';

/** Where a catalog file is downloaded: `CatalogFile.downloadUrl`. */
export function catalogDownloadPath(fileId: number | string): string {
  return `${CATALOG_FILES_PATH}/${fileId}/content`;
}

class PayloadTooLarge extends Error {}

/**
 * Files of the product catalog (SVC-2 certified updates, distributions,
 * firmware; SVC-4 documents) on the app's HTTP server. All take the GraphQL
 * bearer token:
 *
 * - `POST /catalog/files?releaseId=…|productId=…&name=…[&kind=…&description=…]` — staff: the
 *   request body is the file (any Content-Type, kept for the download); stored under
 *   FILES_DIR/catalog with its SHA-256; answers 201 with the new file's JSON.
 * - `GET|HEAD /catalog/files/:fileId/content` — staff, and customers (partners for the
 *   customers they serve) whose support for the file's product is active today (Moscow);
 *   others get 403. ETag is the SHA-256; single byte ranges resume large images. A file kept
 *   at a URL answers 302 to it, after the same check.
 * - `DELETE /catalog/files/:fileId` — staff: removes the file (and its bytes).
 *
 * Mount before the console's catch-all route.
 */
export function mountCatalogRoutes(app: Express, deps: CatalogRoutesDependencies): void {
  const root = resolve(deps.config.filesDir, 'catalog');
  const router = Router();
  router.post(CATALOG_FILES_PATH, (req, res) => handle(deps, res, () => upload(deps, root, req, res)));
  router.get(`${CATALOG_FILES_PATH}/:fileId/content`, (req, res) => handle(deps, res, () => download(deps, root, req, res)));
  router.delete(`${CATALOG_FILES_PATH}/:fileId`, (req, res) => handle(deps, res, () => remove(deps, root, req, res)));
  app.use(router);
}

async function handle(deps: CatalogRoutesDependencies, res: Response, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (res.headersSent) {
      deps.logger.error('catalog file transfer interrupted', error);
      res.destroy();
      return;
    }
    if (error instanceof DomainError) return sendDomainError(res, error);
    if (error instanceof PayloadTooLarge) return sendError(res, 413, 'PAYLOAD_TOO_LARGE', error.message);
    deps.logger.error('catalog file request failed', error);
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The file could not be handled; try again later');
  }
}

async function upload(deps: CatalogRoutesDependencies, root: string, req: Request, res: Response): Promise<void> {
  const actor = await fileRouteActor(deps.orm.em.fork(), deps.services, req, res);
  if (!actor) return;
  if (!isStaff(actor)) throw new Forbidden('Catalog files are added by support staff');
  const em = deps.orm.em.fork();
  const query = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string).trim() : '');

  const problems: { field: string; message: string }[] = [];
  const fileName = query('name');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!fileName || fileName.length > 500 || /[/\\\u0000-\u001f]/.test(fileName)) {
    problems.push({ field: 'name', message: 'the file name (no path), at most 500 characters' });
  }
  const kindName = query('kind') || CatalogFileKind.UPDATE;
  const kind = (Object.values(CatalogFileKind) as string[]).includes(kindName) ? (kindName as CatalogFileKind) : null;
  if (!kind) problems.push({ field: 'kind', message: `one of ${Object.values(CatalogFileKind).join(', ')}` });
  let release: ProductRelease | null = null;
  let product: Product | null = null;
  if (query('releaseId')) {
    release = await em.findOne(ProductRelease, existingId(query('releaseId'), 'Release'));
    if (!release) throw new NotFound('Release', query('releaseId'));
    product = await em.findOneOrFail(Product, release.product.id);
  } else if (query('productId')) {
    product = await em.findOne(Product, existingId(query('productId'), 'Product'));
    if (!product) throw new NotFound('Product', query('productId'));
  } else {
    problems.push({ field: 'releaseId', message: 'give the release (or, for a document, the product) the file belongs to' });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > deps.config.uploadMaxBytes) {
    throw new PayloadTooLarge(`The file is larger than the limit of ${deps.config.uploadMaxBytes} bytes`);
  }

  const incoming = join(root, '.incoming');
  await mkdir(incoming, { recursive: true });
  const temporary = join(incoming, randomUUID());
  const storageKey = [String(product!.id), randomUUID()].join('/');
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > deps.config.uploadMaxBytes) return callback(new PayloadTooLarge(`The file is larger than the limit of ${deps.config.uploadMaxBytes} bytes`));
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(req, meter, createWriteStream(temporary));
    const target = inside(root, storageKey);
    await mkdir(join(target, '..'), { recursive: true });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const file = em.create(CatalogFile, {
    product: product!,
    release,
    kind: kind!,
    fileName,
    contentType: req.headers['content-type']?.split(',')[0]?.trim() || 'application/octet-stream',
    size: String(size),
    sha256: hash.digest('hex'),
    storageKey,
    url: null,
    description: query('description') || null,
    uploadedBy: em.getReference(User, actor.userId),
    createdAt: deps.services.clock.now(),
  });
  try {
    await em.flush();
  } catch (error) {
    await rm(inside(root, storageKey), { force: true });
    throw error;
  }
  res.status(201).json({
    id: String(file.id),
    fileName: file.fileName,
    kind: file.kind,
    contentType: file.contentType,
    size,
    sha256: file.sha256,
    releaseId: release ? String(release.id) : null,
    productId: String(product!.id),
    downloadUrl: catalogDownloadPath(file.id),
  });
}

async function download(deps: CatalogRoutesDependencies, root: string, req: Request, res: Response): Promise<void> {
  const actor = await fileRouteActor(deps.orm.em.fork(), deps.services, req, res);
  if (!actor) return;
  const file = await downloadableCatalogFile(deps.orm.em.fork(), actor, deps.services.clock.now(), String(req.params.fileId));
  if (file.url) {
    res.setHeader('Cache-Control', 'private, no-store');
    res.redirect(302, file.url);
    return;
  }
  await sendStoredFile(
    req,
    res,
    {
      id: file.id,
      path: inside(root, file.storageKey ?? ''),
      size: Number(file.size),
      sha256: file.sha256 ?? '',
      contentType: file.contentType ?? 'application/octet-stream',
      fileName: file.fileName,
      createdAt: file.createdAt,
    },
    deps.logger,
  );
}

async function remove(deps: CatalogRoutesDependencies, root: string, req: Request, res: Response): Promise<void> {
  const actor = await fileRouteActor(deps.orm.em.fork(), deps.services, req, res);
  if (!actor) return;
  if (!isStaff(actor)) throw new Forbidden('Catalog files are removed by support staff');
  const fileId = String(req.params.fileId);
  const storageKey = await deps.orm.em.fork().transactional(async (tx) => {
    const file = await tx.findOne(CatalogFile, existingId(fileId, 'File'));
    if (!file) throw new NotFound('File', fileId);
    // A document keeps its entry (and its URL, if any) without the file.
    await tx.nativeUpdate(ProductDocument, { file: file.id }, { file: null });
    await tx.nativeDelete(CatalogFile, { id: file.id });
    return file.storageKey;
  });
  if (storageKey) await rm(inside(root, storageKey), { force: true });
  res.status(204).end();
}

function inside(root: string, storageKey: string): string {
  const path = join(root, ...storageKey.split('/'));
  const rel = relative(root, path);
  if (!storageKey || !rel || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new Error(`refusing a path outside the catalog directory: ${storageKey}`);
  }
  return path;
}

/** The catalog file to download: 404 unknown, 403 without active support for its product (LVL-3); staff always. */
export async function downloadableCatalogFile(em: EntityManager, actor: Actor, now: Date, fileId: string): Promise<CatalogFile> {
  const file = await em.findOne(CatalogFile, existingId(fileId, 'File'));
  if (!file) throw new NotFound('File', fileId);
  if (!(await new Entitlements(em, actor, now).mayDownload(file.product.id))) {
    throw new Forbidden('Certified updates, firmware and documentation are available while your support for this product is active');
  }
  return file;
}

/** Catalog files for grantDownload: staff, and customers with active support for the product (LVL-3). */
export const catalogFileDownloads: DownloadSource = {
  path: /^\/catalog\/files\/([^/]+)\/content$/,
  check: (em, actor, fileId, now) => downloadableCatalogFile(em, actor, now, fileId),
};
