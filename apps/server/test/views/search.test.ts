import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, BETA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectOneError, fieldsOf } from '../support/expect-errors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { betaPortalRequest, createTicket, type TicketView } from '../support/tickets.js';

const SEARCH = `query($q: String!, $filter: ViewFilterInput, $first: Int, $after: String) {
  searchTickets(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { rank node { id number organization { id name } } excerpts { field text highlights { start length } } }
  } }`;

interface Hit {
  rank: number;
  node: { id: string; number: string; organization: { id: string; name: string } };
  excerpts: { field: string; text: string; highlights: { start: number; length: number }[] }[];
}

describe.each(TEST_DATABASES)('searchTickets on %s', (kind) => {
  let t: TestApp;
  let alfaTicket: TicketView;
  let betaTicket: TicketView;
  let noteTicket: TicketView;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const [alfa, beta, agent] = await Promise.all([t.login(ALFA), t.login(BETA), t.login(AGENT1)]);
    alfaTicket = await createTicket(t, alfa, { subject: 'Истёк сертификат ФСТЭК', description: 'Нужна информация о сроке действия сертификата на продукт.', category: 'CERTIFICATE_INFO' });
    betaTicket = await createTicket(t, beta, { ...betaPortalRequest({ subject: 'Продление сертификатов', description: 'Когда будут новые сертификаты на СЗИ?' }) });
    noteTicket = await createTicket(t, alfa, { subject: 'Сбой входа в домен', description: 'Пользователи не входят после обновления.' });
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: noteTicket.id }, agent);
    await t.gql(`mutation($id: ID!) { addInternalNote(ticketId: $id, body: "Похоже на дефект драйвера токенов") { id } }`, { id: noteTicket.id }, agent);
    await t.gql(`mutation($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "Какая версия ОС?") { id } }`, { id: noteTicket.id }, agent);
    await t.gql(`mutation($id: ID!) { answerTicket(ticketId: $id, body: "Windows 10, журналы событий приложены") { id } }`, { id: noteTicket.id }, alfa);
  });
  afterAll(async () => t?.close());

  const search = async (token: string, q: string, variables: Record<string, unknown> = {}): Promise<{ totalCount: number; edges: Hit[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> =>
    (await t.gql(SEARCH, { q, ...variables }, token)).searchTickets;
  const ids = (edges: Hit[]) => edges.map((e) => e.node.id);

  it('Russian word forms: «сертификатов» finds «сертификат», ranked, with the matched words highlighted', async () => {
    const result = await search(await t.login(LEAD), 'сертификатов');
    expect(ids(result.edges)).toEqual(expect.arrayContaining([alfaTicket.id, betaTicket.id]));
    const hit = result.edges.find((e) => e.node.id === alfaTicket.id)!;
    const title = hit.excerpts.find((x) => x.field === 'TITLE')!;
    expect(title.text).toContain('Истёк сертификат ФСТЭК');
    const marked = title.highlights.map((h) => title.text.slice(h.start, h.start + h.length));
    expect(marked).toEqual(['сертификат']);
    // The subject outranks the description.
    const both = await search(await t.login(LEAD), 'срок сертификата');
    expect(both.edges[0]!.node.id).toBe(alfaTicket.id);
  });

  it('finds messages (the customer\'s answer), the organization, the contact and the contract identifier, and a number', async () => {
    const lead = await t.login(LEAD);
    expect(ids((await search(lead, 'журналов')).edges)).toContain(noteTicket.id);
    expect(ids((await search(lead, 'Бета')).edges)).toContain(betaTicket.id);
    expect(ids((await search(lead, 'Альфина')).edges)).toContain(alfaTicket.id);
    expect(ids((await search(lead, 'DL-EXT-0001')).edges)).toContain(betaTicket.id);
    const byNumber = await search(lead, alfaTicket.number);
    expect(byNumber.edges[0]!.node.id).toBe(alfaTicket.id);
    expect(ids((await search(lead, alfaTicket.id)).edges)[0]).toBe(alfaTicket.id);
  });

  it('scoped exactly like tickets: a customer only its organization, a partner only its customers, internal notes for staff only', async () => {
    const [alfa, beta, partner, lead] = await Promise.all([t.login(ALFA), t.login(BETA), t.login(PARTNER), t.login(LEAD)]);
    const visible = async (token: string) =>
      new Set((await t.gql(`{ tickets(first: 200) { edges { node { id } } } }`, {}, token)).tickets.edges.map((e: { node: { id: string } }) => e.node.id));
    for (const [token, query] of [[alfa, 'сертификат'], [beta, 'сертификат'], [partner, 'сертификат'], [alfa, 'Бета'], [beta, 'Альфа'], [partner, 'домен']] as const) {
      const allowed = await visible(token);
      const found = ids((await search(token, query)).edges);
      for (const id of found) expect(allowed.has(id), `${query}: ${id} is not readable`).toBe(true);
    }
    expect(ids((await search(alfa, 'сертификат')).edges)).toEqual([alfaTicket.id]);
    expect(ids((await search(beta, 'сертификат')).edges)).toEqual([betaTicket.id]);
    expect(ids((await search(partner, 'сертификат')).edges)).toEqual([alfaTicket.id]);
    // The internal note: staff find it, the customer whose ticket it is does not.
    expect(ids((await search(lead, 'драйвера')).edges)).toEqual([noteTicket.id]);
    expect((await search(lead, 'драйвера')).edges[0]!.excerpts.map((x) => x.field)).toContain('INTERNAL');
    expect((await search(alfa, 'драйвера')).totalCount).toBe(0);
  });

  it('narrowed by the views\' filter and paged', async () => {
    const lead = await t.login(LEAD);
    expect(ids((await search(lead, 'сертификат', { filter: { supportLevels: ['EXTENDED'] } })).edges)).toEqual([betaTicket.id]);
    expect(ids((await search(lead, 'сертификат', { filter: { categories: ['CERTIFICATE_INFO'] } })).edges)).toEqual([alfaTicket.id]);
    const first = await search(lead, 'сертификат', { first: 1 });
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(lead, 'сертификат', { first: 1, after: first.pageInfo.endCursor });
    expect([...ids(first.edges), ...ids(second.edges)].sort()).toEqual([alfaTicket.id, betaTicket.id].sort());
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('bad input is named: a too long query, a malformed filter, a page size out of range; stop words alone find nothing', async () => {
    const lead = await t.login(LEAD);
    expect(fieldsOf(expectOneError(await t.gqlErrors(SEARCH, { q: 'я'.repeat(201) }, lead), 'BAD_USER_INPUT'))).toEqual(['query']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(SEARCH, { q: 'x', filter: { assigneeIds: ['?'] } }, lead), 'BAD_USER_INPUT'))).toEqual(['filter.assigneeIds.0']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(SEARCH, { q: 'x', first: 0 }, lead), 'BAD_USER_INPUT'))).toEqual(['first']);
    expect((await search(lead, 'и в на')).totalCount).toBe(0);
  });

  it('a word in both an internal note and the customer\'s answer is found by the customer; one only in a note is not', async () => {
    const [alfa, agent, lead] = await Promise.all([t.login(ALFA), t.login(AGENT1), t.login(LEAD)]);
    await t.gql(`mutation($id: ID!) { addInternalNote(ticketId: $id, body: "Журналы смотрели: сертификат ни при чём") { id } }`, { id: noteTicket.id }, agent);
    expect(ids((await search(alfa, 'журналов')).edges)).toEqual([noteTicket.id]);
    expect(ids((await search(alfa, 'сертификат')).edges)).toEqual([alfaTicket.id]);
    expect(ids((await search(lead, 'сертификат')).edges)).toEqual(expect.arrayContaining([alfaTicket.id, noteTicket.id]));
    if (kind !== 'postgresql') return;
    // Migration20261208003000_one_search_vector: a customer matches and ranks on the staff vector without its
    // weight-D positions, which must be exactly the public parts parsed alone (the former public_vector).
    const [documents] = await t.app.orm.em.fork().getConnection().execute<{ noted: string; differing: string }[]>(
      `select count(*) filter (where internal_text <> '') as noted,
         count(*) filter (where ts_filter(search_vector, '{a,b,c}') is distinct from
           setweight(to_tsvector('russian', title_text), 'A') || setweight(to_tsvector('russian', party_text), 'B') || setweight(to_tsvector('russian', body_text), 'C')) as differing
       from ticket_search_documents`,
    );
    expect(Number(documents!.noted)).toBeGreaterThan(0);
    expect(Number(documents!.differing)).toBe(0);
  });
});
