import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { Forbidden, NotAuthenticated, NotFound, ProblemList, ValidationFailed } from '../../../common/errors.js';
import { CatalogFile } from '../../../entities/info-services/catalog-file.entity.js';
import { CatalogFileKind } from '../../../entities/info-services/info-services.enums.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { ProductRelease } from '../../../entities/info-services/product-release.entity.js';
import { ReleaseSubscription } from '../../../entities/info-services/release-subscription.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import { isStaff, type Actor } from '../../../graphql/actor.js';
import { Entitlements } from './entitlement.js';
import { existingId } from '../../../common/ids.js';
import { isIsoDate, isWebUrl } from '../../../common/values.js';
import { queueReleaseNotices } from './release-notice.js';
import { idOf } from '../../../common/ids.js';
import { knownProduct } from '../known-product.js';

export interface ReleaseFields {
  productId?: string;
  version?: string;
  build?: string;
  certified?: boolean | null;
  releaseNotes?: string | null;
  releasedOn?: string;
}

export interface FileLinkFields {
  fileName: string;
  url: string;
  kind?: CatalogFileKind | null;
  description?: string | null;
  contentType?: string | null;
  sha256?: string | null;
}

const MAX_NOTES = 100_000;

/**
 * SVC-2: products' versions and builds, certified or not, with release notes
 * and files. Drafts are for staff; publishing a certified release (or
 * certifying a published one) notifies the subscribers once.
 */
export class ReleaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Newest first; drafts only for staff who ask for them. */
  async releases(actor: Actor | null, productId: number, options: { certifiedOnly: boolean; includeUnpublished: boolean }): Promise<ProductRelease[]> {
    if (options.includeUnpublished && !isStaff(actor)) throw new Forbidden('Only support staff see unpublished releases');
    const where: FilterQuery<ProductRelease> = { product: productId };
    if (!options.includeUnpublished) where.publishedAt = { $ne: null };
    if (options.certifiedOnly) where.certified = true;
    return this.em.find(ProductRelease, where, { orderBy: { releasedOn: 'desc', id: 'desc' } });
  }

  async get(actor: Actor | null, id: string): Promise<ProductRelease | null> {
    const rowId = idOf(id);
    const release = rowId === null ? null : await this.em.findOne(ProductRelease, rowId);
    return release && (release.publishedAt !== null || isStaff(actor)) ? release : null;
  }

  async create(fields: ReleaseFields, publish: boolean, actor: Actor): Promise<ProductRelease> {
    requireStaff(actor);
    const problems = new ProblemList();
    const product = await this.productOf(fields.productId, problems);
    const version = text(fields.version, 'input.version', 100, problems);
    const build = text(fields.build, 'input.build', 100, problems);
    const releasedOn = fields.releasedOn?.trim() ?? '';
    if (!isIsoDate(releasedOn)) problems.add('input.releasedOn', 'must be a date YYYY-MM-DD');
    const notes = fields.releaseNotes?.trim() ?? '';
    if (notes.length > MAX_NOTES) problems.add('input.releaseNotes', `must be at most ${MAX_NOTES} characters`);
    problems.throwIfAny();
    const now = this.clock.now();
    return this.write(async (tx) => {
      const release = tx.create(ProductRelease, {
        product: tx.getReference(Product, product!.id),
        version: version!,
        build: build!,
        certified: fields.certified ?? false,
        releaseNotes: notes,
        releasedOn,
        publishedAt: publish ? now : null,
        createdAt: now,
        createdBy: tx.getReference(User, actor.userId),
      });
      await tx.flush();
      await this.notifyIfDue(tx, release, now);
      return release;
    });
  }

  /** Edits a release; certifying a published one notifies its subscribers. */
  async update(id: string, fields: ReleaseFields, actor: Actor): Promise<ProductRelease> {
    requireStaff(actor);
    const releaseId = existingId(id, 'Release');
    const problems = new ProblemList();
    const version = fields.version === undefined ? undefined : text(fields.version, 'input.version', 100, problems);
    const build = fields.build === undefined ? undefined : text(fields.build, 'input.build', 100, problems);
    const releasedOn = fields.releasedOn?.trim();
    if (releasedOn !== undefined && !isIsoDate(releasedOn)) problems.add('input.releasedOn', 'must be a date YYYY-MM-DD');
    const notes = fields.releaseNotes === undefined || fields.releaseNotes === null ? undefined : fields.releaseNotes.trim();
    if (notes !== undefined && notes.length > MAX_NOTES) problems.add('input.releaseNotes', `must be at most ${MAX_NOTES} characters`);
    problems.throwIfAny();
    return this.write(async (tx) => {
      const release = await tx.findOne(ProductRelease, releaseId);
      if (!release) throw new NotFound('Release', id);
      if (version !== undefined) release.version = version;
      if (build !== undefined) release.build = build;
      if (releasedOn !== undefined) release.releasedOn = releasedOn;
      if (notes !== undefined) release.releaseNotes = notes;
      if (fields.certified !== undefined && fields.certified !== null) release.certified = fields.certified;
      await tx.flush();
      await this.notifyIfDue(tx, release, this.clock.now());
      return release;
    });
  }

  async publish(id: string, actor: Actor): Promise<ProductRelease> {
    requireStaff(actor);
    const releaseId = existingId(id, 'Release');
    return this.write(async (tx) => {
      const release = await tx.findOne(ProductRelease, releaseId);
      if (!release) throw new NotFound('Release', id);
      const now = this.clock.now();
      if (release.publishedAt === null) {
        release.publishedAt = now;
        await tx.flush();
      }
      await this.notifyIfDue(tx, release, now);
      return release;
    });
  }

  /** A file kept elsewhere (the vendor's distribution server): staff register its address. */
  async addFileLink(releaseId: string, fields: FileLinkFields, actor: Actor): Promise<CatalogFile> {
    requireStaff(actor);
    const release = await this.em.findOne(ProductRelease, existingId(releaseId, 'Release'));
    if (!release) throw new NotFound('Release', releaseId);
    const problems = new ProblemList();
    const fileName = text(fields.fileName, 'input.fileName', 500, problems);
    const url = fields.url?.trim() ?? '';
    if (!isWebUrl(url) || url.length > 2000) problems.add('input.url', 'must be an http(s) URL of at most 2000 characters');
    const sha256 = fields.sha256?.trim().toLowerCase() || null;
    if (sha256 !== null && !/^[0-9a-f]{64}$/.test(sha256)) problems.add('input.sha256', 'must be 64 hexadecimal digits');
    problems.throwIfAny();
    const file = this.em.create(CatalogFile, {
      product: release.product,
      release,
      kind: fields.kind ?? CatalogFileKind.UPDATE,
      fileName: fileName!,
      contentType: fields.contentType?.trim() || null,
      size: null,
      sha256,
      storageKey: null,
      url,
      description: fields.description?.trim() || null,
      uploadedBy: this.em.getReference(User, actor.userId),
      createdAt: this.clock.now(),
    });
    await this.em.flush();
    return file;
  }

  /** Files of several releases at once, oldest first. */
  async filesOf(releaseIds: readonly number[]): Promise<Map<number, CatalogFile[]>> {
    const byRelease = new Map<number, CatalogFile[]>(releaseIds.map((id) => [id, []]));
    if (releaseIds.length === 0) return byRelease;
    const files = await this.em.find(CatalogFile, { release: { $in: [...releaseIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    for (const file of files) byRelease.get(file.release!.id)?.push(file);
    return byRelease;
  }

  async subscribe(productId: string, actor: Actor): Promise<ReleaseSubscription> {
    const product = await this.em.findOne(Product, existingId(productId, 'Product'));
    if (!product) throw new NotFound('Product', productId);
    if (!(await new Entitlements(this.em, actor, this.clock.now()).mayDownload(product.id))) {
      throw new Forbidden(`Notices about new certified versions of ${product.name} are for customers with active support for it`);
    }
    const existing = await this.em.findOne(ReleaseSubscription, { user: actor.userId, product: product.id });
    if (existing) return existing;
    try {
      const subscription = this.em.create(ReleaseSubscription, {
        user: this.em.getReference(User, actor.userId),
        product,
        createdAt: this.clock.now(),
      });
      await this.em.flush();
      return subscription;
    } catch (error) {
      // The same user subscribing twice at once: the other request made it.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return this.em.fork().findOneOrFail(ReleaseSubscription, { user: actor.userId, product: product.id });
    }
  }

  /** True when there was a subscription to remove. */
  async unsubscribe(productId: string, actor: Actor): Promise<boolean> {
    const removed = await this.em.nativeDelete(ReleaseSubscription, { user: actor.userId, product: existingId(productId, 'Product') });
    return removed > 0;
  }

  subscriptionsOf(actor: Actor): Promise<ReleaseSubscription[]> {
    return this.em.find(ReleaseSubscription, { user: actor.userId }, { orderBy: { id: 'asc' } });
  }

  /**
   * Once a release is both published and certified, claims "subscribers
   * notified" with a conditional update (one winner, also between two staff
   * publishing at once) and queues the notices in the same transaction.
   */
  private async notifyIfDue(tx: EntityManager, release: ProductRelease, now: Date): Promise<void> {
    if (!release.certified || release.publishedAt === null || release.subscribersNotifiedAt !== null) return;
    const claimed = await tx.nativeUpdate(
      ProductRelease,
      { id: release.id, certified: true, publishedAt: { $ne: null }, subscribersNotifiedAt: null },
      { subscribersNotifiedAt: now },
    );
    if (claimed !== 1) return;
    release.subscribersNotifiedAt = now;
    await queueReleaseNotices(tx, release, await tx.findOneOrFail(Product, release.product.id), now);
  }

  private async write(work: (tx: EntityManager) => Promise<ProductRelease>): Promise<ProductRelease> {
    try {
      return await this.em.transactional(work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ValidationFailed([{ field: 'input.build', message: 'this product already has a release with this build number' }]);
      }
      throw error;
    }
  }

  private async productOf(productId: string | undefined, problems: ProblemList): Promise<Product | null> {
    return knownProduct(this.em, productId, problems);
  }
}

export function requireStaff(actor: Actor | null, what = 'The product catalog is maintained by support staff'): asserts actor is Actor {
  if (!actor) throw new NotAuthenticated();
  if (!isStaff(actor)) throw new Forbidden(what);
}

function text(value: string | undefined, field: string, max: number, problems: ProblemList): string | undefined {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) problems.add(field, 'is required');
  else if (trimmed.length > max) problems.add(field, `must be at most ${max} characters`);
  return trimmed;
}
