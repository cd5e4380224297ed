import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/infra/logger.js';
import { AGENT1, ALFA } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { postGraphQL } from '../support/graphql-client.js';
import { openSocket } from '../support/socket-operation.js';
import { CREATE_TICKET, createTicket, refusedRequests, ticketInput } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const ANSWER = 'mutation($id: ID!, $b: String!) { answerTicket(ticketId: $id, body: $b) { id } }';
const NOTE = 'mutation($id: ID!, $b: String!) { addInternalNote(ticketId: $id, body: $b) { id messages { body } } }';

/** #15 finding 4: control characters and malformed ids are the caller's mistake, named; never INTERNAL_SERVER_ERROR. */
describe.each(TEST_DATABASES)('text and id arguments on %s', (kind) => {
  let t: TestApp;
  let alfa: string;
  let agent: string;
  let ticketId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    alfa = await t.login(ALFA);
    agent = await t.login(AGENT1);
    ticketId = (await createTicket(t, alfa)).id;
  });
  afterAll(async () => t?.close());

  it('a NUL in login, faqArticle(slug) or answerTicket(body) is BAD_USER_INPUT naming the argument', async () => {
    const login = await expectCode(t, 'BAD_USER_INPUT', LOGIN, { e: 'alfa@demo.local\u0000', p: 'x\u0000' });
    expect(fieldsOf(login).sort()).toEqual(['email', 'password']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', '{ faqArticle(slug: "a\\u0000b") { id } }'))).toEqual(['slug']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', ANSWER, { id: ticketId, b: 'ok\u0000' }, alfa))).toEqual(['body']);
  });

  it('other control characters and broken surrogates are refused too; tabs, line breaks, emoji and RTL marks are text', async () => {
    for (const bad of ['\u0007', '\u001b[31m', '\u007f', '\u0085', '\ud800', 'x\udc00']) {
      expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', NOTE, { id: ticketId, b: `note ${bad}` }, agent))).toEqual(['body']);
    }
    const fine = 'строка 1\r\n\tстрока 2 😀 \u200f\u202eRTL';
    const data = await t.gql(NOTE, { id: ticketId, b: fine }, agent);
    expect(data.addInternalNote.messages.map((m: { body: string }) => m.body)).toContain(fine);
  });

  it('ID-1: a customer request with NUL in the contact or identifier is refused naming each field, and still kept in refusedRequests', async () => {
    const input = ticketInput({ identifier: 'DL-BASIC\u00000001', contact: { ...(ticketInput().contact as object), fullName: 'Анна\u0000' } });
    const error = await expectCode(t, 'BAD_USER_INPUT', CREATE_TICKET, { input }, alfa);
    expect(fieldsOf(error).sort()).toEqual(['input.contact.fullName', 'input.identifier']);
    const kept = (await refusedRequests(t, agent)).find((r) => r.payload.subject === input.subject);
    expect(kept?.payload).toMatchObject({ identifier: 'DL-BASIC\ufffd0001', contact: { fullName: 'Анна\ufffd' } });
  });

  it('the same check holds over the WebSocket', async () => {
    const socket = await openSocket(t.url, alfa);
    try {
      expect(fieldsOf(expectOneError((await socket.run(ANSWER, { id: ticketId, b: '\u0000' })).errors ?? [], 'BAD_USER_INPUT'))).toEqual(['body']);
    } finally {
      await socket.close();
    }
  });

  it('a malformed or out-of-range id is BAD_USER_INPUT where it narrows, null or NOT_FOUND where it names a record', async () => {
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', '{ slaAlerts(ticketId: "abc") { id } }', {}, agent))).toEqual(['ticketId']);
    for (const id of ['2147483648', '99999999999', '999999999999999']) {
      expect((await t.gql('query($id: ID!) { ticket(id: $id) { id } }', { id }, agent)).ticket).toBeNull();
      await expectCode(t, 'NOT_FOUND', 'mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id }, agent);
    }
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', '{ tickets(filter: { number: "SD-99999999999" }) { totalCount } }', {}, agent))).toEqual(['filter.number']);
    await expectCode(t, 'UNAUTHENTICATED', '{ me { id } }', {}, `dsk_99999999999_${'A'.repeat(43)}`);
  });

  it('a text refusal over HTTP is status 400', async () => {
    expect((await postGraphQL(t.url, LOGIN, { e: '\u0000', p: 'x' })).status).toBe(400);
  });

  it('no SQL statement with its values reaches the log when the database refuses one', async () => {
    const secret = `secret-${kind}-value`;
    const failure = await t.app.orm.em
      .fork()
      .getConnection()
      .execute(`insert into users (email) values ('${secret}')`)
      .then(() => null, (error: unknown) => error);
    expect(String((failure as Error).message)).toContain(secret);
    const written: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      createLogger('error').error('a statement failed', failure);
    } finally {
      process.stderr.write = write;
    }
    expect(written.join('')).toContain('a statement failed');
    expect(written.join('')).not.toContain(secret);
  });
});
