import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { User } from '../../src/entities/auth/user.entity.js';
import { LOGIN, SET_PASSWORD, STRONG_PASSWORD } from '../support/account-links.js';
import { GAMMA, GAMMA_EXPIRED } from '../support/demo-data.js';
import { expectCode } from '../support/expect-errors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from '../support/test-database.js';

const CLI = fileURLToPath(new URL('../../dist/app/admin-create.js', import.meta.url));

/** Runs the built `admin:create` against the test database, with `stdin` piped in (null: an empty input). */
function adminCreate(database: TestDatabase, args: string[], stdin: string | null): Promise<{ code: number; stdout: string; stderr: string }> {
  const config = database.config;
  const env = config.kind === 'postgresql' ? { DATABASE_URL: config.url } : { DATA_DIR: dirname(config.file) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', PUBLIC_URL: 'https://support.example.ru', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe.each(TEST_DATABASES)('putting an empty desk into service (#12) on %s', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the server first (pnpm --filter @desk/server build)`);
    database = await createTestDatabase(kind, { migrated: true });
    t = await startTestApp(kind, { database, env: { SEED_DEMO: '0' } });
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('SEED_DEMO=0 starts with no users and no organizations', async () => {
    const em = t.app.orm.em.fork();
    expect(await em.count(User)).toBe(0);
    expect(await em.count(Organization)).toBe(0);
    await expectCode(t, 'UNAUTHENTICATED', LOGIN, { e: 'admin@demo.local', p: 'demo-password' });
  });

  it('admin:create with a password on stdin creates an admin who signs in; weak passwords and taken addresses are refused', async () => {
    const weak = await adminCreate(database, ['--email', 'weak@desk.example'], 'qwerty123456\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/--password: is one of the most common passwords/);

    const created = await adminCreate(database, ['--email', 'Root@Desk.Example', '--name', 'Главный администратор'], `${STRONG_PASSWORD}\n`);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Admin root@desk.example created');
    const token = (await t.gql(LOGIN, { e: 'root@desk.example', p: STRONG_PASSWORD })).login.token;
    expect((await t.gql('{ me { role fullName } }', {}, token)).me).toEqual({ role: 'ADMIN', fullName: 'Главный администратор' });
    const audit = (await t.gql('{ auditLog(filter: { kinds: [ADMIN_BOOTSTRAPPED] }) { edges { node { actorEmail userAgent } } } }', {}, token)).auditLog.edges;
    expect(audit[0].node).toEqual({ actorEmail: 'root@desk.example', userAgent: 'admin:create (command line)' });

    const taken = await adminCreate(database, ['--email', 'root@desk.example'], `${STRONG_PASSWORD}\n`);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/--email: already belongs to a user/);
  });

  it('admin:create without a password prints a one-time set-password link once; it works once', async () => {
    const printed = await adminCreate(database, ['--email', 'second@desk.example'], null);
    expect(printed.code, printed.stderr).toBe(0);
    const url = /https:\/\/support\.example\.ru\/set-password\?token=(\S+)/.exec(printed.stdout);
    expect(url).not.toBeNull();
    const signedIn = (await t.gql(SET_PASSWORD, { token: decodeURIComponent(url![1]!), password: STRONG_PASSWORD })).setPassword;
    expect(signedIn.user).toMatchObject({ email: 'second@desk.example', role: 'ADMIN' });
    await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token: decodeURIComponent(url![1]!), password: STRONG_PASSWORD });
    expect((await adminCreate(database, ['--help'], null)).code).toBe(0);
  });
});

describe.each(TEST_DATABASES)('demo data (#12) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('gamma@demo.local, a customer of ООО Гамма whose contract has expired, is told why its request is refused (ID-2)', async () => {
    const gamma = await t.login(GAMMA);
    expect((await t.gql('{ me { role organization { name } } }', {}, gamma)).me).toEqual({ role: 'CUSTOMER', organization: { name: GAMMA_EXPIRED.organizationName } });
    const created = await t.gql(`mutation($input: CreateTicketInput!) { createTicket(input: $input) { status rejectionReason } }`, {
      input: {
        ...GAMMA_EXPIRED,
        contact: { fullName: 'Галина Гаммова', position: 'Инженер', phone: '+7 495 000-00-03' },
        subject: 'Не запускается',
        description: 'Ошибка при запуске',
        category: 'INCIDENT',
        criticality: 'NON_CRITICAL',
        channel: 'PORTAL',
      },
    }, gamma);
    expect(created.createTicket).toEqual({ status: 'REJECTED', rejectionReason: 'SUPPORT_EXPIRED' });
  });
});
