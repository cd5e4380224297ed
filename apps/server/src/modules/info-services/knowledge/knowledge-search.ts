import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { FaqArticle } from '../../../entities/info-services/faq-article.entity.js';
import { fts5Query, searchTerms } from '../../../common/search-terms.js';

export interface KnowledgeSearchFilter {
  /** Articles of this product and general ones (no product); null: all. */
  readonly productId: number | null;
  /** Public readers see published articles only. */
  readonly publishedOnly: boolean;
}

export interface KnowledgeSearchPage {
  /** Best first; `rank` only orders hits of one search (its scale differs between databases). */
  readonly hits: { id: number; rank: number }[];
  readonly total: number;
}

/**
 * FAQ full-text search that understands Russian word forms (SVC-1): «ошибка»,
 * «ошибки», «ошибкой» find the same article, every word of the query must
 * occur, a match in the title outranks one in the body. The dialect-specific
 * SQL lives only in the two implementations below; everything else speaks
 * this interface.
 */
export interface KnowledgeSearch {
  readonly engine: 'postgresql' | 'sqlite';
  /** Brings the index in step with a saved article, in the caller's transaction. */
  index(em: EntityManager, article: FaqArticle): Promise<void>;
  search(em: EntityManager, text: string, filter: KnowledgeSearchFilter, limit: number, offset: number): Promise<KnowledgeSearchPage>;
}

type Row = { id: number | string; score: number | string; total: number | string };

/**
 * PostgreSQL: the generated `search_vector` column (to_tsvector('russian', …):
 * title weight A, tags B, body C; GIN-indexed) matched with plainto_tsquery and
 * ranked with ts_rank, normalized by document length (option 1) like bm25 is.
 */
export const postgresKnowledgeSearch: KnowledgeSearch = {
  engine: 'postgresql',
  async index() {
    // The database keeps the generated column up to date itself.
  },
  async search(em, text, filter, limit, offset) {
    if (searchTerms(text).length === 0) return { hits: [], total: 0 };
    const conditions = ['a.search_vector @@ q.query'];
    const params: unknown[] = [text];
    if (filter.publishedOnly) conditions.push('a.published = true');
    if (filter.productId !== null) {
      conditions.push('(a.product_id = ? or a.product_id is null)');
      params.push(filter.productId);
    }
    const from = `from faq_articles a cross join plainto_tsquery('russian', ?) as q(query) where ${conditions.join(' and ')}`;
    const rows = await sql(em).execute<Row[]>(
      `select a.id, ts_rank(a.search_vector, q.query, 1) as score, count(*) over () as total ${from} order by score desc, a.id asc limit ? offset ?`,
      [...params, limit, offset],
    );
    return pageOf(rows, offset, () => sql(em).execute<Row[]>(`select count(*) as total ${from}`, params));
  },
};

/**
 * SQLite: the FTS5 table `faq_articles_fts` holds each article's words stemmed
 * here (common/search-terms.ts) with the same Snowball stemmers and stop words as
 * PostgreSQL's `russian` configuration; the query is stemmed the same way and
 * ranked with bm25, weighting title, tags and body 1.0 : 0.4 : 0.2 as the
 * PostgreSQL weights A, B and C do.
 */
export const sqliteKnowledgeSearch: KnowledgeSearch = {
  engine: 'sqlite',
  async index(em, article) {
    const db = sql(em);
    await db.execute('delete from faq_articles_fts where rowid = ?', [article.id], 'run');
    await db.execute(
      'insert into faq_articles_fts (rowid, title, tags, body) values (?, ?, ?, ?)',
      [article.id, searchTerms(article.title).join(' '), searchTerms(article.tags.join('\n')).join(' '), searchTerms(article.bodyText).join(' ')],
      'run',
    );
  },
  async search(em, text, filter, limit, offset) {
    const match = fts5Query(text);
    if (match === null) return { hits: [], total: 0 };
    const conditions = ['faq_articles_fts match ?'];
    const params: unknown[] = [match];
    // better-sqlite3 binds no booleans; MikroORM stores them as 1 and 0.
    if (filter.publishedOnly) conditions.push('a.published = 1');
    if (filter.productId !== null) {
      conditions.push('(a.product_id = ? or a.product_id is null)');
      params.push(filter.productId);
    }
    const from = `from faq_articles_fts join faq_articles a on a.id = faq_articles_fts.rowid where ${conditions.join(' and ')}`;
    // bm25 is lower for better matches: negated, higher is better as on PostgreSQL. FTS5 refuses an
    // auxiliary function next to a window function, hence the subquery for the total.
    const rows = await sql(em).execute<Row[]>(
      `select id, score, count(*) over () as total from (select a.id as id, -bm25(faq_articles_fts, 1.0, 0.4, 0.2) as score ${from}) ` +
        'order by score desc, id asc limit ? offset ?',
      [...params, limit, offset],
    );
    return pageOf(rows, offset, () => sql(em).execute<Row[]>(`select count(*) as total ${from}`, params));
  },
};

/** The implementation for the database behind `em`. */
export function knowledgeSearchFor(em: EntityManager): KnowledgeSearch {
  return em.getPlatform().getConfig().get('driver')?.name === 'PostgreSqlDriver' ? postgresKnowledgeSearch : sqliteKnowledgeSearch;
}

/** Runs in `em`'s transaction when there is one (SQLite has a single connection: anything else would wait for it forever). */
function sql(em: EntityManager): SqlEntityManager {
  return em as unknown as SqlEntityManager;
}

async function pageOf(rows: Row[], offset: number, count: () => Promise<Row[]>): Promise<KnowledgeSearchPage> {
  const hits = rows.map((row) => ({ id: Number(row.id), rank: Number(row.score) }));
  if (rows.length > 0) return { hits, total: Number(rows[0]!.total) };
  // Paged past the end: the window count came with no row.
  const total = offset > 0 ? Number((await count())[0]?.total ?? 0) : 0;
  return { hits, total };
}
