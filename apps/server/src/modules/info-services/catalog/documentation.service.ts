import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { NotFound, ProblemList } from '../../../common/errors.js';
import { CatalogFile } from '../../../entities/info-services/catalog-file.entity.js';
import { ProductDocument } from '../../../entities/info-services/product-document.entity.js';
import type { Actor } from '../../../graphql/actor.js';
import { existingId } from '../../../common/ids.js';
import { isIsoDate, isWebUrl } from '../../../common/values.js';
import { requireStaff } from './release.service.js';
import { idOf } from '../../../common/ids.js';
import { knownProduct } from '../known-product.js';

export interface DocumentFields {
  productId: string;
  title: string;
  productVersion: string;
  edition?: string | null;
  publishedOn: string;
  url?: string | null;
  fileId?: string | null;
}

/** Natural order of version strings: "8.0.565" < "8.0.1000" < "8.1". */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[^0-9A-Za-z]+/).filter(Boolean);
  const [left, right] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [x, y] = [left[i], right[i]];
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : -1) : 1;
    const [nx, ny] = [Number(x), Number(y)];
    const order = Number.isInteger(nx) && Number.isInteger(ny) ? nx - ny : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}

/** Newer first: product version, then issue date, then the later entry. */
function newerFirst(a: ProductDocument, b: ProductDocument): number {
  return compareVersions(b.productVersion, a.productVersion) || b.publishedOn.localeCompare(a.publishedOn) || b.id - a.id;
}

/**
 * SVC-4: current operating documentation per product version. Of one title
 * for one product the newest (highest product version, then latest issue)
 * is the current edition, `latest`; the list puts current editions first.
 */
export class DocumentationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async list(productId: number): Promise<{ documents: ProductDocument[]; latest: ReadonlySet<number> }> {
    const all = await this.em.find(ProductDocument, { product: productId, withdrawnAt: null });
    all.sort(newerFirst);
    const latest = new Set<number>();
    const seenTitles = new Set<string>();
    for (const document of all) {
      const key = document.title.trim().toLowerCase();
      if (seenTitles.has(key)) continue;
      seenTitles.add(key);
      latest.add(document.id);
    }
    const documents = [...all].sort(
      (a, b) =>
        Number(latest.has(b.id)) - Number(latest.has(a.id)) ||
        compareVersions(b.productVersion, a.productVersion) ||
        a.title.localeCompare(b.title, 'ru') ||
        newerFirst(a, b),
    );
    return { documents, latest };
  }

  async add(fields: DocumentFields, actor: Actor): Promise<ProductDocument> {
    requireStaff(actor, 'Documentation is published by support staff');
    const problems = new ProblemList();
    const product = await knownProduct(this.em, fields.productId, problems);
    const title = fields.title?.trim() ?? '';
    if (!title || title.length > 500) problems.add('input.title', 'is required, at most 500 characters');
    const productVersion = fields.productVersion?.trim() ?? '';
    if (!productVersion || productVersion.length > 100) problems.add('input.productVersion', 'is required, at most 100 characters');
    const edition = fields.edition?.trim() || null;
    if (edition && edition.length > 100) problems.add('input.edition', 'must be at most 100 characters');
    if (!isIsoDate(fields.publishedOn?.trim() ?? '')) problems.add('input.publishedOn', 'must be a date YYYY-MM-DD');
    const url = fields.url?.trim() || null;
    if (url !== null && (!isWebUrl(url) || url.length > 2000)) problems.add('input.url', 'must be an http(s) URL of at most 2000 characters');
    let file: CatalogFile | null = null;
    if (fields.fileId) {
      const fileId = idOf(fields.fileId);
      file = fileId === null ? null : await this.em.findOne(CatalogFile, fileId);
      if (!file || (product && file.product.id !== product.id)) problems.add('input.fileId', "is not a file of this product (upload it to /catalog/files?productId=…)");
    }
    if (!url && !fields.fileId) problems.add('input.url', 'give the document\'s URL or an uploaded file (fileId)');
    problems.throwIfAny();
    const document = this.em.create(ProductDocument, {
      product: product!,
      title,
      productVersion,
      edition,
      publishedOn: fields.publishedOn.trim(),
      url,
      file,
      withdrawnAt: null,
      createdAt: this.clock.now(),
    });
    await this.em.flush();
    return document;
  }

  /** No longer listed (superseded editions normally stay: older installations still need them). */
  async withdraw(id: string, actor: Actor): Promise<boolean> {
    requireStaff(actor, 'Documentation is published by support staff');
    const documentId = existingId(id, 'Document');
    const changed = await this.em.nativeUpdate(ProductDocument, { id: documentId, withdrawnAt: null }, { withdrawnAt: this.clock.now() });
    if (changed === 0 && !(await this.em.findOne(ProductDocument, documentId))) throw new NotFound('Document', id);
    return changed > 0;
  }
}
