import type { EntityManager } from '@mikro-orm/core';
import { addDays, instantAt, moscowDateOf } from '@desk/sla';
import type { Clock } from '../../../common/clock.js';
import { ProblemList } from '../../../common/errors.js';
import { idOf, optionalExistingId } from '../../../common/ids.js';
import { searchTerms } from '../../../common/search-terms.js';
import { User } from '../../../entities/auth/user.entity.js';
import { FaqArticle } from '../../../entities/info-services/faq-article.entity.js';
import { ProductDocument } from '../../../entities/info-services/product-document.entity.js';
import { SelfServiceResolution } from '../../../entities/info-services/self-service-resolution.entity.js';
import { Contact } from '../../../entities/organizations/contact.entity.js';
import { Organization } from '../../../entities/organizations/organization.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { Channel } from '../../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { knowledgeSearchFor } from '../knowledge/knowledge-search.js';

const MAX_QUERY = 2000;
const MAX_SUGGESTIONS = 10;
/** The words of a description looked up, the first ones first (the subject leads). */
const MAX_WORDS = 8;
/** A report spans at most three years of months. */
const MAX_MONTHS = 36;

export interface Suggestions {
  readonly articles: FaqArticle[];
  readonly documents: ProductDocument[];
}

/** Who was answered: a signed-in user (portal) or a contact person (Telegram). */
export interface ResolutionAuthor {
  readonly userId: number | null;
  readonly contactId: number | null;
  readonly organizationId: number | null;
}

export interface ResolutionFields {
  readonly productId?: string | null;
  readonly query: string;
  readonly articleId?: string | null;
  readonly documentId?: string | null;
}

export interface DeflectionRow {
  readonly productId: number;
  readonly productName: string;
  /** Moscow calendar month, YYYY-MM. */
  readonly period: string;
  readonly resolvedWithoutTicket: number;
  readonly ticketsRegistered: number;
  /** resolved / (resolved + tickets); null when there was neither. */
  readonly deflectionRate: number | null;
}

/**
 * Self-service first (#19; the agreement advises documentation, then the FAQ,
 * before contacting support): while a customer describes a request, the FAQ
 * articles and the product's documents that match it; "this answered my
 * question" records a request resolved without a ticket, and the deflection
 * report counts them against the tickets registered.
 */
export class SelfServiceService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Published FAQ articles (the product's and general ones) sharing the most
   * words with the text (Russian word forms, as the FAQ search), then the
   * product's current documents whose title shares a word.
   */
  async suggest(productId: string | null, text: string, first: number): Promise<Suggestions> {
    const problems = new ProblemList();
    if (text.length > MAX_QUERY) problems.add('text', `must be at most ${MAX_QUERY} characters`);
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) problems.add('first', `must be 1 to ${MAX_SUGGESTIONS}`);
    problems.throwIfAny();
    const product = optionalExistingId(productId, 'Product');
    const words = significantWords(text);
    if (words.length === 0) return { articles: [], documents: [] };
    // The FAQ search wants every word of a query; a description is a sentence, so each word is asked for alone.
    const search = knowledgeSearchFor(this.em);
    const score = new Map<number, number>();
    for (const word of words) {
      const page = await search.search(this.em, word, { productId: product, publishedOnly: true }, MAX_SUGGESTIONS, 0);
      for (const hit of page.hits) score.set(hit.id, (score.get(hit.id) ?? 0) + 1);
    }
    const best = [...score.entries()].sort(([a, x], [b, y]) => y - x || a - b).slice(0, first).map(([id]) => id);
    const found = new Map((await this.em.find(FaqArticle, { id: { $in: best } })).map((article) => [article.id, article]));
    const articles = best.map((id) => found.get(id)).filter((article): article is FaqArticle => article !== undefined);
    const documents = product === null ? [] : await this.matchingDocuments(product, new Set(words.flatMap((w) => searchTerms(w))), first);
    return { articles, documents };
  }

  /** "This answered my question": a request resolved without a ticket; no ticket is created. */
  async record(author: ResolutionAuthor, fields: ResolutionFields, channel: Channel): Promise<SelfServiceResolution> {
    const problems = new ProblemList();
    const query = fields.query.trim();
    if (!query) problems.add('input.query', 'is required');
    else if (query.length > MAX_QUERY) problems.add('input.query', `must be at most ${MAX_QUERY} characters`);
    if (Boolean(fields.articleId) === Boolean(fields.documentId)) problems.add('input.articleId', 'give exactly one of articleId and documentId');
    const articleId = fields.articleId ? idOf(fields.articleId) : null;
    const article = articleId === null ? null : await this.em.findOne(FaqArticle, { id: articleId, published: true });
    if (fields.articleId && !article) problems.add('input.articleId', 'is not a published FAQ article');
    const documentId = fields.documentId ? idOf(fields.documentId) : null;
    const document = documentId === null ? null : await this.em.findOne(ProductDocument, { id: documentId, withdrawnAt: null });
    if (fields.documentId && !document) problems.add('input.documentId', 'is not a current product document');
    const productId = fields.productId ? idOf(fields.productId) : null;
    const product = productId === null ? null : await this.em.findOne(Product, productId);
    if (fields.productId && !product) problems.add('input.productId', 'is not a product');
    problems.throwIfAny();
    const resolution = this.em.create(SelfServiceResolution, {
      user: author.userId === null ? null : this.em.getReference(User, author.userId),
      contact: author.contactId === null ? null : this.em.getReference(Contact, author.contactId),
      organization: author.organizationId === null ? null : this.em.getReference(Organization, author.organizationId),
      product: product ?? document?.product ?? article?.product ?? null,
      query,
      article,
      document,
      channel,
      createdAt: this.clock.now(),
    });
    await this.em.flush();
    return resolution;
  }

  /** Per product and Moscow month of [from, to): requests resolved without a ticket, tickets registered, the share deflected. */
  async deflection(from: Date, to: Date): Promise<DeflectionRow[]> {
    const problems = new ProblemList();
    if (to.getTime() <= from.getTime()) problems.add('to', 'must be after from');
    const months = problems.isEmpty ? moscowMonths(from, to) : [];
    if (months.length > MAX_MONTHS) problems.add('from', `the period spans at most ${MAX_MONTHS} months`);
    problems.throwIfAny();
    const products = await this.em.find(Product, {}, { orderBy: { name: 'asc', id: 'asc' } });
    const rows: DeflectionRow[] = [];
    for (const month of months) {
      const within = { $gte: month.start < from ? from : month.start, $lt: month.end > to ? to : month.end };
      for (const product of products) {
        const [resolved, tickets] = await Promise.all([
          this.em.count(SelfServiceResolution, { product: product.id, createdAt: within }),
          this.em.count(Ticket, { contract: { product: product.id }, receivedAt: within }),
        ]);
        if (resolved + tickets === 0) continue;
        rows.push({
          productId: product.id,
          productName: product.name,
          period: month.label,
          resolvedWithoutTicket: resolved,
          ticketsRegistered: tickets,
          deflectionRate: resolved / (resolved + tickets),
        });
      }
    }
    return rows;
  }

  private async matchingDocuments(productId: number, terms: ReadonlySet<string>, first: number): Promise<ProductDocument[]> {
    const documents = await this.em.find(ProductDocument, { product: productId, withdrawnAt: null }, { orderBy: { publishedOn: 'desc', id: 'desc' } });
    return documents
      .map((document) => ({ document, shared: new Set(searchTerms(document.title).filter((term) => terms.has(term))).size }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, first)
      .map(({ document }) => document);
  }
}

/** The words of a text that search anything (no stop words), one per stem, in order. */
function significantWords(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const [stem] = searchTerms(word);
    if (!stem || seen.has(stem)) continue;
    seen.add(stem);
    words.push(word);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/** The Moscow calendar months [from, to) touches, each with its bounds. */
function moscowMonths(from: Date, to: Date): { label: string; start: Date; end: Date }[] {
  const months: { label: string; start: Date; end: Date }[] = [];
  let label = moscowDateOf(from).slice(0, 7);
  for (;;) {
    const start = instantAt(`${label}-01`, 0);
    if (start.getTime() >= to.getTime() || months.length > MAX_MONTHS) return months;
    const next = addDays(`${label}-28`, 4).slice(0, 7);
    months.push({ label, start, end: instantAt(`${next}-01`, 0) });
    label = next;
  }
}
