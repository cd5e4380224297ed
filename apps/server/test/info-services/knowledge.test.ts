import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/common/search-terms.js';
import { ADMIN, AGENT1, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode } from '../support/expect-errors.js';
import { startInfoTestApp, type InfoTestApp } from '../support/info-services-test-app.js';
import type { TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const SEARCH = `query($search: String, $productId: ID, $first: Int, $after: String, $drafts: Boolean) {
  faqArticles(search: $search, productId: $productId, first: $first, after: $after, includeUnpublished: $drafts) {
    totalCount
    edges { cursor node { id slug title published tags product { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ARTICLE = `query($id: ID, $slug: String) { faqArticle(id: $id, slug: $slug) { id slug title body bodyHtml published } }`;
const CREATE = `mutation($input: CreateFaqArticleInput!) { createFaqArticle(input: $input) { id slug title published } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFaqArticleInput!) { updateFaqArticle(id: $id, input: $input) { id title slug } }`;
const PUBLISH = `mutation($id: ID!) { publishFaqArticle(id: $id) { id published publishedAt } }`;
const UNPUBLISH = `mutation($id: ID!) { unpublishFaqArticle(id: $id) { id published } }`;

interface Hit {
  id: string;
  slug: string;
  title: string;
  published: boolean;
  tags: string[];
  product: { name: string } | null;
}

async function search(t: TestApp, text: string, token?: string, extra: Record<string, unknown> = {}) {
  const data = await t.gql<{ faqArticles: { totalCount: number; edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
    SEARCH,
    { search: text, ...extra },
    token,
  );
  return data.faqArticles;
}

async function published(t: TestApp, staff: string, input: Record<string, unknown>): Promise<{ id: string; slug: string }> {
  const created = (await t.gql(CREATE, { input }, staff)).createFaqArticle;
  await t.gql(PUBLISH, { id: created.id }, staff);
  return created;
}

describe.each(TEST_DATABASES)('SVC-1 FAQ on %s', (kind) => {
  let info: InfoTestApp;
  let t: TestApp;
  let agent: string;
  beforeAll(async () => {
    info = await startInfoTestApp(kind);
    t = info.t;
    agent = await t.login(AGENT1);
  });
  afterAll(async () => info?.close());

  it('SVC-1: «ошибка», «ошибки», «ошибкой» all find the article about the authentication error, without signing in', async () => {
    const results = await Promise.all(['ошибка', 'ошибки', 'ошибкой', 'ОШИБКАМИ аутентификации'].map((q) => search(t, q)));
    for (const result of results) {
      expect(result.edges[0]?.node.title).toBe('Ошибка аутентификации при входе в систему');
      expect(result.edges[0]?.node).toMatchObject({ published: true, product: { name: 'Dallas Lock 8.0' } });
    }
    const ids = results.map((r) => r.edges.map((e) => e.node.id));
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).toEqual(ids[0]);
    // Every word must occur (as PostgreSQL's plainto_tsquery): a word no article has finds nothing.
    expect((await search(t, 'ошибка квазиспектрограф')).totalCount).toBe(0);
    // Stop words alone look for nothing, on both databases.
    expect((await search(t, 'и в на')).edges).toEqual([]);
  });

  it('SVC-1: a match in the title ranks above matches in the body, however many', async () => {
    const inTitle = await published(t, agent, {
      title: 'Резервирование конфигурации сервера',
      body: 'Сохраните настройки перед обновлением.',
      tags: ['настройки'],
    });
    const inBody = await published(t, agent, {
      title: 'Общие вопросы эксплуатации',
      body: 'О резервировании: резервирование выполняется ежедневно, резервированием управляет администратор, итоги резервирования — в журнале.',
    });
    for (const query of ['резервирования', 'Резервированием']) {
      const result = await search(t, query);
      expect(result.edges.map((e) => e.node.id)).toEqual([inTitle.id, inBody.id]);
      expect(result.totalCount).toBe(2);
    }
    // Pages of a search: one at a time, same order, then the end.
    const first = await search(t, 'резервирование', undefined, { first: 1 });
    expect(first.edges.map((e) => e.node.id)).toEqual([inTitle.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(t, 'резервирование', undefined, { first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([inBody.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // Tags are searched too.
    expect((await search(t, 'настройкам')).edges.map((e) => e.node.id)).toContain(inTitle.id);
  });

  it('SVC-1: drafts and unpublished articles are not public; staff see them when they ask', async () => {
    const draft = (await t.gql(CREATE, { input: { title: 'Калибровка датчиков вскрытия', body: 'Калибровка выполняется раз в год.' } }, agent))
      .createFaqArticle;
    expect(draft.published).toBe(false);
    const customer = await t.login(ALFA);
    expect((await search(t, 'калибровки')).totalCount).toBe(0);
    expect((await search(t, 'калибровки', customer)).totalCount).toBe(0);
    expect((await t.gql(ARTICLE, { id: draft.id })).faqArticle).toBeNull();
    expect((await t.gql(ARTICLE, { slug: draft.slug }, customer)).faqArticle).toBeNull();
    expect((await search(t, 'калибровки', agent, { drafts: true })).edges.map((e) => e.node.id)).toEqual([draft.id]);
    expect((await t.gql(ARTICLE, { id: draft.id }, agent)).faqArticle.title).toBe('Калибровка датчиков вскрытия');
    await expectCode(t, 'FORBIDDEN', SEARCH, { search: 'калибровки', drafts: true }, customer);

    await t.gql(PUBLISH, { id: draft.id }, agent);
    expect((await search(t, 'калибровку')).edges.map((e) => e.node.id)).toEqual([draft.id]);
    expect((await t.gql(ARTICLE, { slug: draft.slug })).faqArticle.published).toBe(true);

    await t.gql(UNPUBLISH, { id: draft.id }, agent);
    expect((await search(t, 'калибровку')).totalCount).toBe(0);
    expect((await t.gql(ARTICLE, { id: draft.id })).faqArticle).toBeNull();
    // The demo draft is not listed either.
    const all = await t.gql(SEARCH, { first: 200 });
    expect(all.faqArticles.edges.every((e: { node: Hit }) => e.node.published)).toBe(true);
  });

  it('SVC-1: only staff write the FAQ: customers and partners get FORBIDDEN, anonymous callers UNAUTHENTICATED', async () => {
    const input = { title: 'Попытка', body: 'Текст' };
    const article = (await t.gql(CREATE, { input }, await t.login(LEAD))).createFaqArticle;
    for (const email of [ALFA, PARTNER]) {
      const token = await t.login(email);
      await expectCode(t, 'FORBIDDEN', CREATE, { input }, token);
      await expectCode(t, 'FORBIDDEN', UPDATE, { id: article.id, input: { title: 'Чужое' } }, token);
      await expectCode(t, 'FORBIDDEN', PUBLISH, { id: article.id }, token);
      await expectCode(t, 'FORBIDDEN', UNPUBLISH, { id: article.id }, token);
    }
    await expectCode(t, 'UNAUTHENTICATED', CREATE, { input });
    await expectCode(t, 'UNAUTHENTICATED', PUBLISH, { id: article.id });
    expect((await t.gql(ARTICLE, { id: article.id }, await t.login(ADMIN))).faqArticle.published).toBe(false);
  });

  it('SVC-1: an edit is searchable at once under its new words only; slugs come from the title and stay unique', async () => {
    const first = await published(t, agent, { title: 'Перенос лицензии', body: 'Перенос лицензии на другой компьютер.' });
    const second = await published(t, agent, { title: 'Перенос лицензии', body: 'Повторный перенос.' });
    expect(first.slug).toBe('perenos-litsenzii');
    expect(second.slug).toBe('perenos-litsenzii-2');
    await t.gql(UPDATE, { id: second.id, input: { title: 'Смена владельца ключа', body: 'Смена владельца выполняется по заявке.' } }, agent);
    expect((await search(t, 'владельцу')).edges.map((e) => e.node.id)).toEqual([second.id]);
    expect((await search(t, 'переносом')).edges.map((e) => e.node.id)).toEqual([first.id]);
    const taken = await expectCode(t, 'BAD_USER_INPUT', UPDATE, { id: second.id, input: { slug: first.slug } }, agent);
    expect(taken.extensions?.fields?.map((f) => f.field)).toEqual(['input.slug']);
    const invalid = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: { title: ' ', body: '', productId: '999999' } }, agent);
    expect(invalid.extensions?.fields?.map((f) => f.field).sort()).toEqual(['input.body', 'input.productId', 'input.title']);
  });

  it('SVC-1: Markdown is rendered safely: raw HTML escaped, javascript: links dropped, bare URLs linked', async () => {
    const article = await published(t, agent, {
      title: 'Проверка разметки',
      body: '**Важно**: <script>alert(1)</script> [ссылка](javascript:alert(1)), https://dallaslock.ru/faq и [памятка](https://example.org/vnutrennijadres)',
    });
    const html: string = (await t.gql(ARTICLE, { id: article.id })).faqArticle.bodyHtml;
    expect(html).toContain('<strong>Важно</strong>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('<a href="https://dallaslock.ru/faq" rel="nofollow noopener noreferrer" target="_blank">');
    // The search reads the words a reader sees, not link targets.
    expect((await search(t, 'vnutrennijadres')).totalCount).toBe(0);
    expect((await search(t, 'памятки')).edges.map((e) => e.node.id)).toEqual([article.id]);
  });

  it('SVC-1: a product filter keeps that product\'s and general articles', async () => {
    const products = (await t.gql('{ products { id name } }')).products as { id: string; name: string }[];
    const sobol = products.find((p) => p.name === 'ПАК «Соболь» 4')!;
    const titles = (await search(t, 'сертификата')).edges.map((e) => e.node.title);
    expect(titles).toContain('Где узнать срок действия сертификата ФСТЭК на продукт');
    const forSobol = (await t.gql(SEARCH, { productId: sobol.id, first: 50 })).faqArticles.edges.map((e: { node: Hit }) => e.node);
    expect(forSobol.map((a: Hit) => a.title)).toContain('Режимы загрузки UEFI и Legacy для ПАК «Соболь»');
    expect(forSobol.map((a: Hit) => a.title)).toContain('Где узнать срок действия сертификата ФСТЭК на продукт');
    expect(forSobol.every((a: Hit) => a.product === null || a.product.name === 'ПАК «Соболь» 4')).toBe(true);
  });

  it('SVC-1: without a search, articles are listed alphabetically, page by page; staff may list drafts too', async () => {
    const whole = (await t.gql(SEARCH, { first: 200, drafts: true }, agent)).faqArticles;
    expect(whole.edges.some((e: { node: Hit }) => !e.node.published)).toBe(true);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } = (
        await t.gql(SEARCH, { first: 2, after, drafts: true }, agent)
      ).faqArticles;
      expect(page.totalCount).toBe(whole.totalCount);
      paged.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.edges.map((e: { node: Hit }) => e.node.id));
    const titles = whole.edges.map((e: { node: Hit }) => e.node.title);
    expect(titles.length).toBe(whole.totalCount);
    await expectCode(t, 'BAD_USER_INPUT', SEARCH, { first: 2, after: 'not-a-cursor' });
  });

  it.runIf(kind === 'postgresql')('SVC-1: the application stems exactly as PostgreSQL\'s russian configuration does', async () => {
    const text =
      'Ошибка аутентификации при входе доменного пользователя: ошибки, ошибкой, ошибками. Ёлка и елка. ' +
      'Обновления установлены на компьютерах; the updates of Dallas Lock were installed, Windows 11 24H2';
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ lexeme: string }>(`select unnest(tsvector_to_array(to_tsvector('russian', $1))) as lexeme`, [text]);
      expect(new Set(searchTerms(text))).toEqual(new Set(rows.map((r) => r.lexeme)));
    } finally {
      await client.end();
    }
  });
});
