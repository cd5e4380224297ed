import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxStatus } from '../../src/entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { User } from '../../src/entities/auth/user.entity.js';
import { INVITE, LOGIN, STRONG_PASSWORD } from '../support/account-links.js';
import { ADMIN, AGENT1, AGENT2, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { postGraphQL } from '../support/graphql-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const AUDIT = `query($filter: AuditFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id at kind actorEmail actor { email } objectType objectId summary before after ip userAgent } }
} }`;
const CSV = `query($filter: AuditFilter) { auditLogCsv(filter: $filter) }`;

interface Entry {
  kind: string;
  actorEmail: string | null;
  actor: { email: string } | null;
  objectType: string | null;
  objectId: string | null;
  summary: string;
  before: string | null;
  after: string | null;
  ip: string | null;
  userAgent: string | null;
}

describe.each(TEST_DATABASES)('audit log (#12) on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  const clock = new ManualClock(new Date('2026-03-11T07:00:00Z'));
  const entries = async (filter: Record<string, unknown>, first = 200): Promise<Entry[]> =>
    (await t.gql(AUDIT, { filter, first }, admin)).auditLog.edges.map((e: { node: Entry }) => e.node);
  const userId = async (email: string) => String((await t.app.orm.em.fork().findOneOrFail(User, { email })).id);
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    admin = await t.login(ADMIN);
  });
  afterAll(async () => t?.close());

  it('records sign-in success and failure with the IP and the user agent', async () => {
    const agent = { 'user-agent': 'AuditTest/1.0 (Chromium)' };
    await postGraphQL(t.url, LOGIN, { e: AGENT1, p: 'demo-password' }, undefined, agent);
    await postGraphQL(t.url, LOGIN, { e: AGENT1, p: 'wrong password!' }, undefined, agent);
    await postGraphQL(t.url, LOGIN, { e: 'ghost@nowhere.example', p: 'whatever-it-is' }, undefined, agent);
    const signIns = await entries({ kinds: ['SIGN_IN_SUCCEEDED', 'SIGN_IN_FAILED'] });
    const mine = signIns.filter((e) => e.userAgent === agent['user-agent']);
    expect(mine.map((e) => [e.kind, e.actorEmail])).toEqual([
      ['SIGN_IN_FAILED', 'ghost@nowhere.example'],
      ['SIGN_IN_FAILED', AGENT1],
      ['SIGN_IN_SUCCEEDED', AGENT1],
    ]);
    expect(mine.every((e) => e.ip && /127\.0\.0\.1/.test(e.ip))).toBe(true);
    expect(mine[1]).toMatchObject({ objectType: 'User', objectId: await userId(AGENT1), actor: null });
    expect(mine[2]!.actor).toEqual({ email: AGENT1 });
  });

  it('records invitations, role changes, deactivations, password changes and API tokens with before → after', async () => {
    const invited = (await t.gql(INVITE, { input: { email: 'audited@example.ru', fullName: 'Проверяемый', role: 'AGENT' } }, admin)).inviteUser;
    await t.gql(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: invited.id }, admin);
    const agent2 = await userId(AGENT2);
    await t.gql(`mutation($u: ID!) { changeUserRole(userId: $u, role: TEAM_LEAD) { role } }`, { u: agent2 }, admin);
    await t.gql(`mutation($u: ID!) { deactivateUser(userId: $u) { active } }`, { u: agent2 }, admin);
    await t.gql(`mutation($u: ID!) { reactivateUser(userId: $u) { active } }`, { u: agent2 }, admin);
    const alfa = (await t.gql(LOGIN, { e: ALFA, p: 'demo-password' })).login.token;
    await t.gql(`mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token } }`, { c: 'demo-password', n: STRONG_PASSWORD }, alfa);
    await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: ALFA });
    const token = (await t.gql(`mutation($u: ID!) { createApiToken(userId: $u, name: "Аудит") { apiToken { id } } }`, { u: await userId(PARTNER) }, admin)).createApiToken.apiToken;
    await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: token.id }, admin);

    const byKind = new Map((await entries({})).map((e) => [e.kind, e]));
    expect(byKind.get('USER_INVITED')).toMatchObject({ actorEmail: ADMIN, objectType: 'Invitation', objectId: invited.id });
    expect(JSON.parse(byKind.get('USER_INVITED')!.after!)).toMatchObject({ email: 'audited@example.ru', role: 'AGENT' });
    expect(byKind.get('INVITATION_REVOKED')).toMatchObject({ objectId: invited.id });
    const role = byKind.get('USER_ROLE_CHANGED')!;
    expect(role).toMatchObject({ actorEmail: ADMIN, objectType: 'User', objectId: agent2 });
    expect(JSON.parse(role.before!).role).toBe('AGENT');
    expect(JSON.parse(role.after!).role).toBe('TEAM_LEAD');
    expect(JSON.parse(byKind.get('USER_DEACTIVATED')!.after!)).toEqual({ active: false });
    expect(byKind.get('USER_REACTIVATED')).toMatchObject({ objectId: agent2 });
    expect(byKind.get('PASSWORD_CHANGED')).toMatchObject({ actorEmail: ALFA, objectId: await userId(ALFA) });
    expect(byKind.get('PASSWORD_RESET_REQUESTED')).toMatchObject({ actorEmail: ALFA, actor: null });
    expect(byKind.get('API_TOKEN_CREATED')).toMatchObject({ objectType: 'ApiToken', objectId: token.id });
    expect(byKind.get('API_TOKEN_REVOKED')).toMatchObject({ objectType: 'ApiToken', objectId: token.id, actorEmail: ADMIN });
  });

  it('records calendar changes and outbox retries', async () => {
    await t.gql(`mutation { setCalendarDay(date: "2026-03-13", working: false, note: "Перенос") { date } }`, {}, admin);
    await t.gql(`mutation { clearCalendarDay(date: "2026-03-13") }`, {}, admin);
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20270104', 'SUMMARY:Выходной', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    await t.gql(`mutation($ics: String!) { importCalendar(ics: $ics) { date } }`, { ics }, admin);
    const day = await entries({ objectType: 'CalendarDay', objectId: '2026-03-13' });
    expect(day.map((e) => e.kind)).toEqual(['CALENDAR_DAY_CLEARED', 'CALENDAR_DAY_SET']);
    expect(JSON.parse(day[1]!.after!)).toEqual({ working: false, shortened: false, note: 'Перенос' });
    expect(JSON.parse(day[0]!.before!)).toMatchObject({ working: false });
    expect((await entries({ kinds: ['CALENDAR_IMPORTED'] }))[0]!.summary).toMatch(/1 day/);

    const em = t.app.orm.em.fork();
    const failed = em.create(OutboxMessage, {
      kind: 'RECEIVED' as never, channel: 'EMAIL' as never, recipient: 'x@example.ru', subject: 's', body: 'b',
      status: OutboxStatus.FAILED, attempts: 8, createdAt: clock.now(), nextAttemptAt: clock.now(), lastError: '550 mailbox unavailable',
    });
    await em.flush();
    await t.gql(`mutation($id: ID!) { retryNotification(id: $id) { status } }`, { id: String(failed.id) }, admin);
    const retried = await entries({ objectType: 'OutboxMessage', objectId: String(failed.id) });
    expect(retried).toHaveLength(1);
    expect(JSON.parse(retried[0]!.before!)).toMatchObject({ status: 'FAILED', attempts: 8, lastError: '550 mailbox unavailable' });
  });

  it('filters by actor, kind, object and period, pages newest first, and exports CSV', async () => {
    clock.advance(3600);
    const from = clock.now();
    await t.gql(`mutation { setCalendarDay(date: "2026-04-01", working: false, note: "=cmd|' /C calc'!A0, \\"quoted\\"") { date } }`, {}, admin);
    clock.advance(1);
    await postGraphQL(t.url, LOGIN, { e: '=HYPERLINK("http://evil.example")', p: 'whatever-it-is' });
    const to = new Date(clock.now().getTime() + 1000);
    const period = await entries({ from: from.toISOString(), to: to.toISOString() });
    expect(period.map((e) => e.kind)).toEqual(['SIGN_IN_FAILED', 'CALENDAR_DAY_SET']);
    const byAdmin = await entries({ actorId: await userId(ADMIN), kinds: ['CALENDAR_DAY_SET'] });
    expect(byAdmin.length).toBeGreaterThanOrEqual(2);
    expect(byAdmin.every((e) => e.actorEmail === ADMIN)).toBe(true);

    const first = (await t.gql(AUDIT, { first: 2 }, admin)).auditLog;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await t.gql(AUDIT, { first: 2, after: first.pageInfo.endCursor }, admin)).auditLog;
    const ids = [...first.edges, ...next.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(next.totalCount).toBe(first.totalCount);

    const csv: string = (await t.gql(CSV, { filter: { from: from.toISOString(), to: to.toISOString() } }, admin)).auditLogCsv;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('at,kind,actor_id,actor_email,object_type,object_id,summary,before,after,ip,user_agent');
    expect(lines).toHaveLength(3);
    // A formula-looking value is defused with a leading quote; quotes are doubled inside a quoted cell.
    expect(lines[1]).toContain(`,SIGN_IN_FAILED,,"'=hyperlink(""http://evil.example"")",`);
    expect(lines[2]).toContain(',CALENDAR_DAY_SET,');
    expect(lines[2]).toContain(ADMIN);
    expect(lines[2]).toContain(`"{""working"":false,""shortened"":false,""note"":""=cmd|' /C calc'!A0, \\""quoted\\""""}"`);
  });

  it('only admins read it; bad filters are named; nothing can edit or delete an entry', async () => {
    for (const who of [AGENT1, LEAD, PARTNER]) {
      await expectCode(t, 'FORBIDDEN', AUDIT, {}, await t.login(who));
      await expectCode(t, 'FORBIDDEN', CSV, {}, await t.login(who));
    }
    await expectCode(t, 'UNAUTHENTICATED', AUDIT, {});
    const bad = await expectCode(t, 'BAD_USER_INPUT', AUDIT, { filter: { actorId: 'x', objectId: '5', from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' } }, admin);
    expect(fieldsOf(bad).sort()).toEqual(['filter.actorId', 'filter.objectId', 'filter.to']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', AUDIT, { first: 0 }, admin))).toEqual(['first']);

    const mutations: { name: string }[] = (await t.gql('{ __schema { mutationType { fields { name } } } }')).__schema.mutationType.fields;
    expect(mutations.filter((m) => /audit/i.test(m.name))).toEqual([]);
    const connection = t.app.orm.em.fork().getConnection();
    await expect(connection.execute(`update audit_log set summary = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from audit_log')).rejects.toThrow(/append-only/);
  });
});
