import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { checkPageSize, decodeCursor, encodeCursor } from '../../../common/cursor.js';
import { Forbidden, NotAuthenticated, NotFound, ProblemList, ValidationFailed } from '../../../common/errors.js';
import { FaqArticle } from '../../../entities/info-services/faq-article.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import { isStaff, type Actor } from '../../../graphql/actor.js';
import { optionalExistingId, existingId } from '../../../common/ids.js';
import { knowledgeSearchFor } from './knowledge-search.js';
import { markdownPlainText } from '../markdown.js';
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from './slug.js';
import { idOf } from '../../../common/ids.js';
import { knownProduct } from '../known-product.js';

export interface FaqArticleFields {
  title?: string;
  body?: string;
  tags?: string[] | null;
  productId?: string | null;
  productVersion?: string | null;
  slug?: string | null;
}

export interface FaqListArguments {
  search: string | null;
  productId: string | null;
  first: number;
  after: string | null;
  includeUnpublished: boolean;
}

export interface FaqPage {
  items: FaqArticle[];
  hasNextPage: boolean;
  totalCount: number;
  cursors: string[];
}

const MAX_TITLE = 500;
const MAX_BODY = 100_000;
const MAX_TAGS = 20;
const MAX_TAG = 50;
const MAX_SEARCH = 500;

/** SVC-1: the FAQ everyone may read, and staff edit. */
export class KnowledgeService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Published articles for everyone; staff may ask for drafts too. With
   * `search`, best match first (offset-paged: ranks are not stable keys);
   * without, alphabetical (keyset-paged on title and id).
   */
  async list(actor: Actor | null, args: FaqListArguments): Promise<FaqPage> {
    checkPageSize(args.first);
    if (args.includeUnpublished && !isStaff(actor)) throw new Forbidden('Only support staff see unpublished FAQ articles');
    const productId = optionalExistingId(args.productId, 'Product');
    const publishedOnly = !args.includeUnpublished;
    const search = args.search?.trim() ?? '';
    if (search.length > MAX_SEARCH) throw new ValidationFailed([{ field: 'search', message: `must be at most ${MAX_SEARCH} characters` }]);
    if (search) {
      const offset = args.after ? Number(decodeCursor(args.after, 1)[0]) : 0;
      if (!Number.isInteger(offset) || offset < 0) throw new ValidationFailed([{ field: 'after', message: 'is not a cursor returned by this API' }]);
      const page = await knowledgeSearchFor(this.em).search(this.em, search, { productId, publishedOnly }, args.first + 1, offset);
      const ids = page.hits.slice(0, args.first).map((h) => h.id);
      const found = new Map((await this.em.find(FaqArticle, { id: { $in: ids } })).map((a) => [a.id, a]));
      const items = ids.map((id) => found.get(id)).filter((a): a is FaqArticle => a !== undefined);
      return {
        items,
        hasNextPage: page.hits.length > args.first,
        totalCount: page.total,
        cursors: items.map((_, index) => encodeCursor([offset + index + 1])),
      };
    }
    const where: FilterQuery<FaqArticle>[] = [];
    if (publishedOnly) where.push({ published: true });
    if (productId !== null) where.push({ $or: [{ product: productId }, { product: null }] });
    const all = (conditions: FilterQuery<FaqArticle>[]): FilterQuery<FaqArticle> => (conditions.length > 0 ? { $and: conditions } : {});
    const total = await this.em.count(FaqArticle, all(where));
    if (args.after) {
      const [title, id] = decodeCursor(args.after, 2);
      where.push({ $or: [{ title: { $gt: String(title) } }, { title: String(title), id: { $gt: Number(id) } }] });
    }
    const rows = await this.em.find(FaqArticle, all(where), { orderBy: { title: 'asc', id: 'asc' }, limit: args.first + 1 });
    const items = rows.slice(0, args.first);
    return { items, hasNextPage: rows.length > args.first, totalCount: total, cursors: items.map((a) => encodeCursor([a.title, a.id])) };
  }

  /** By id or slug; a draft is found for staff only (for anyone else it does not exist). */
  async get(actor: Actor | null, id: string | null, slug: string | null): Promise<FaqArticle | null> {
    if ((id == null) === (slug == null)) throw new ValidationFailed([{ field: id == null ? 'id' : 'slug', message: 'give exactly one of id and slug' }]);
    let where: FilterQuery<FaqArticle>;
    if (id != null) {
      const rowId = idOf(id);
      if (rowId === null) return null;
      where = { id: rowId };
    } else {
      where = { slug: slug!.trim().toLowerCase() };
    }
    const article = await this.em.findOne(FaqArticle, where);
    return article && (article.published || isStaff(actor)) ? article : null;
  }

  async create(fields: FaqArticleFields, actor: Actor): Promise<FaqArticle> {
    requireStaff(actor);
    const problems = new ProblemList();
    const title = checkTitle(fields.title, problems, 'input.title');
    const body = checkBody(fields.body, problems, 'input.body');
    const tags = checkTags(fields.tags ?? [], problems);
    const productVersion = checkProductVersion(fields.productVersion, problems);
    const product = await this.productOf(fields.productId, problems);
    const slug = fields.slug ? checkSlug(fields.slug, problems) : null;
    problems.throwIfAny();
    const now = this.clock.now();
    return this.save(async (tx) => {
      const article = tx.create(FaqArticle, {
        slug: slug ?? (await this.freeSlug(tx, slugify(title!))),
        title: title!,
        body: body!,
        bodyText: markdownPlainText(body!),
        tags,
        product: product ? tx.getReference(Product, product.id, { wrapped: true }) : null,
        productVersion: productVersion ?? null,
        published: false,
        publishedAt: null,
        createdAt: now,
        updatedAt: now,
        createdBy: tx.getReference(User, actor.userId),
        updatedBy: tx.getReference(User, actor.userId),
      });
      return article;
    });
  }

  async update(id: string, fields: FaqArticleFields, actor: Actor): Promise<FaqArticle> {
    requireStaff(actor);
    const article = await this.em.findOne(FaqArticle, existingId(id, 'FAQ article'));
    if (!article) throw new NotFound('FAQ article', id);
    const problems = new ProblemList();
    const title = fields.title === undefined ? undefined : checkTitle(fields.title, problems, 'input.title');
    const body = fields.body === undefined ? undefined : checkBody(fields.body, problems, 'input.body');
    const tags = fields.tags === undefined || fields.tags === null ? undefined : checkTags(fields.tags, problems);
    const productVersion = fields.productVersion === undefined ? undefined : checkProductVersion(fields.productVersion, problems);
    const product = fields.productId === undefined ? undefined : await this.productOf(fields.productId, problems);
    const slug = fields.slug === undefined || fields.slug === null ? undefined : checkSlug(fields.slug, problems);
    problems.throwIfAny();
    return this.save(async (tx) => {
      const row = await tx.findOneOrFail(FaqArticle, article.id);
      if (title !== undefined) row.title = title!;
      if (body !== undefined) {
        row.body = body!;
        row.bodyText = markdownPlainText(body!);
      }
      if (tags !== undefined) row.tags = tags;
      if (productVersion !== undefined) row.productVersion = productVersion;
      if (product !== undefined) row.product = product ? tx.getReference(Product, product.id, { wrapped: true }) : null;
      if (slug !== undefined) row.slug = slug;
      row.updatedAt = this.clock.now();
      row.updatedBy = tx.getReference(User, actor.userId, { wrapped: true });
      return row;
    });
  }

  async setPublished(id: string, published: boolean, actor: Actor): Promise<FaqArticle> {
    requireStaff(actor);
    const articleId = existingId(id, 'FAQ article');
    return this.em.transactional(async (tx) => {
      const article = await tx.findOne(FaqArticle, articleId);
      if (!article) throw new NotFound('FAQ article', id);
      if (article.published === published) return article;
      const now = this.clock.now();
      article.published = published;
      if (published) article.publishedAt = now;
      article.updatedAt = now;
      article.updatedBy = tx.getReference(User, actor.userId, { wrapped: true });
      return article;
    });
  }

  /** Saves and re-indexes in one transaction; a slug someone else took meanwhile is a clear input error. */
  private async save(work: (tx: EntityManager) => Promise<FaqArticle>): Promise<FaqArticle> {
    try {
      return await this.em.transactional(async (tx) => {
        const article = await work(tx);
        await tx.flush();
        await knowledgeSearchFor(tx).index(tx, article);
        return article;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ValidationFailed([{ field: 'input.slug', message: 'is already used by another article' }]);
      }
      throw error;
    }
  }

  private async freeSlug(tx: EntityManager, base: string): Promise<string> {
    const taken = new Set(
      (await tx.find(FaqArticle, { slug: { $like: `${base}%` } }, { fields: ['slug'] })).map((a) => a.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  private async productOf(productId: string | null | undefined, problems: ProblemList): Promise<Product | null> {
    return productId === null || productId === undefined ? null : knownProduct(this.em, productId, problems);
  }
}

function requireStaff(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new NotAuthenticated();
  if (!isStaff(actor)) throw new Forbidden('The FAQ is edited by support staff');
}

function checkTitle(value: string | undefined, problems: ProblemList, field: string): string | undefined {
  const title = value?.trim() ?? '';
  if (!title) problems.add(field, 'is required');
  else if (title.length > MAX_TITLE) problems.add(field, `must be at most ${MAX_TITLE} characters`);
  return title;
}

function checkBody(value: string | undefined, problems: ProblemList, field: string): string | undefined {
  const body = value?.trim() ?? '';
  if (!body) problems.add(field, 'is required');
  else if (body.length > MAX_BODY) problems.add(field, `must be at most ${MAX_BODY} characters`);
  return body;
}

function checkTags(values: string[], problems: ProblemList): string[] {
  const tags = [...new Set(values.map((t) => t.trim()).filter(Boolean))];
  if (tags.length > MAX_TAGS) problems.add('input.tags', `at most ${MAX_TAGS} tags`);
  if (tags.some((t) => t.length > MAX_TAG)) problems.add('input.tags', `each tag at most ${MAX_TAG} characters`);
  return tags;
}

function checkProductVersion(value: string | null | undefined, problems: ProblemList): string | null {
  const version = value?.trim() || null;
  if (version && version.length > 100) problems.add('input.productVersion', 'must be at most 100 characters');
  return version;
}

function checkSlug(value: string, problems: ProblemList): string {
  const slug = value.trim().toLowerCase();
  if (!SLUG_PATTERN.test(slug) || slug.length > SLUG_MAX_LENGTH) {
    problems.add('input.slug', `lower-case latin letters, digits and single hyphens, at most ${SLUG_MAX_LENGTH} characters`);
  }
  return slug;
}
