import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SelfServiceResolution } from '../../src/entities/info-services/self-service-resolution.entity.js';
import { ALFA, AGENT1, BETA, LEAD } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { betaPortalRequest, CREATE_TICKET, createTicket } from '../support/tickets.js';
import { msk } from '../support/time.js';

const SUGGEST = `query($p: ID, $text: String!, $first: Int) { selfServiceSuggestions(productId: $p, text: $text, first: $first) {
  articles { id title } documents { id title productVersion } } }`;
const RESOLVED = 'mutation($input: SelfServiceResolutionInput!) { recordSelfServiceResolution(input: $input) }';
const DEFLECTION = `query($from: DateTime!, $to: DateTime!) { selfServiceDeflection(from: $from, to: $to) {
  productName period resolvedWithoutTicket ticketsRegistered deflectionRate } }`;

/** #19, the agreement's advice before contacting support: documentation, then the FAQ. */
describe.each(TEST_DATABASES)('self-service first on %s', (kind) => {
  let t: TestApp;
  let alfa: string;
  let software: string;
  const clock = new ManualClock(msk('2026-03-04T12:00'));
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    alfa = await t.login(ALFA);
    const { products } = await t.gql('{ products { id name } }', {}, alfa);
    software = products.find((p: { name: string }) => p.name.startsWith('Dallas Lock')).id;
  });
  afterAll(async () => t?.close());

  const suggest = async (text: string, productId: string | null = software, token = alfa) =>
    (await t.gql(SUGGEST, { p: productId, text, first: 5 }, token)).selfServiceSuggestions;

  it('a description in its own word forms finds the FAQ article first, and the product documents whose title shares a word', async () => {
    const found = await suggest('Не могу войти: пишет «ошибку аутентификации». Где руководство администратора?');
    expect(found.articles[0].title).toBe('Ошибка аутентификации при входе в систему');
    // Two words in common before one; the newest first among equals.
    expect(found.documents.map((d: { title: string; productVersion: string }) => `${d.title} ${d.productVersion}`)).toEqual([
      'Руководство администратора 8.0.565',
      'Руководство администратора 8.0.500',
      'Руководство пользователя 8.0.565',
    ]);
  });

  it('words that search nothing give nothing; without a product, no documents', async () => {
    expect(await suggest('и в на')).toEqual({ articles: [], documents: [] });
    const general = await suggest('ошибка аутентификации руководство', null);
    expect(general.documents).toEqual([]);
    expect(general.articles.length).toBeGreaterThan(0);
  });

  it('"this answered my question" records who, product, query and article, and creates no ticket', async () => {
    const [article] = (await suggest('ошибка аутентификации')).articles;
    const before = (await t.gql('{ tickets(first: 1) { totalCount } }', {}, alfa)).tickets.totalCount;
    const input = { productId: software, query: 'Ошибка аутентификации у доменного пользователя', articleId: article.id };
    expect((await t.gql(RESOLVED, { input }, alfa)).recordSelfServiceResolution).toBe(true);
    expect((await t.gql('{ tickets(first: 1) { totalCount } }', {}, alfa)).tickets.totalCount).toBe(before);
    const stored = await t.app.orm.em.fork().find(SelfServiceResolution, {}, { populate: ['user', 'organization', 'product', 'article'] });
    expect(stored.map((r) => [r.user?.getEntity().email, r.organization?.getEntity().name, r.product?.id, r.query, r.article?.id, r.channel])).toContainEqual([
      ALFA, 'АО Альфа', Number(software), input.query, Number(article.id), 'PORTAL',
    ]);
  });

  it('bad input names its field; anonymous callers are UNAUTHENTICATED', async () => {
    const both = expectOneError(await t.gqlErrors(RESOLVED, { input: { query: ' ', articleId: '1', documentId: '1' } }, alfa), 'BAD_USER_INPUT');
    expect(fieldsOf(both)).toEqual(['input.query', 'input.articleId']);
    const missing = expectOneError(await t.gqlErrors(RESOLVED, { input: { query: 'вопрос', articleId: '999999', productId: '999999' } }, alfa), 'BAD_USER_INPUT');
    expect(fieldsOf(missing)).toEqual(['input.articleId', 'input.productId']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(SUGGEST, { text: 'x', first: 50 }, alfa), 'BAD_USER_INPUT'))).toEqual(['first']);
    await expectCode(t, 'UNAUTHENTICATED', SUGGEST, { text: 'ошибка' });
    await expectCode(t, 'UNAUTHENTICATED', RESOLVED, { input: { query: 'x', articleId: '1' } });
  });

  it('the deflection report: per product and Moscow month, resolved without a ticket against tickets registered; leads only', async () => {
    const [article] = (await suggest('ошибка аутентификации')).articles;
    clock.set(msk('2026-04-01T00:30'));
    await t.gql(RESOLVED, { input: { productId: software, query: 'Апрельский вопрос', articleId: article.id } }, alfa);
    await createTicket(t, alfa);
    await t.gql(CREATE_TICKET, { input: betaPortalRequest() }, await t.login(BETA));
    const rows = (await t.gql(DEFLECTION, { from: msk('2026-03-01T00:00').toISOString(), to: msk('2026-05-01T00:00').toISOString() }, await t.login(LEAD))).selfServiceDeflection;
    const april = rows.find((r: { period: string; productName: string }) => r.period === '2026-04' && r.productName.startsWith('Dallas Lock'));
    expect(april).toEqual({ productName: april.productName, period: '2026-04', resolvedWithoutTicket: 1, ticketsRegistered: 2, deflectionRate: 1 / 3 });
    const march = rows.find((r: { period: string; productName: string }) => r.period === '2026-03' && r.productName.startsWith('Dallas Lock'));
    expect(march.resolvedWithoutTicket).toBe(1);
    await expectCode(t, 'FORBIDDEN', DEFLECTION, { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }, await t.login(AGENT1));
    const reversed = expectOneError(await t.gqlErrors(DEFLECTION, { from: '2026-04-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }, await t.login(LEAD)), 'BAD_USER_INPUT');
    expect(fieldsOf(reversed)).toEqual(['to']);
  });
});
