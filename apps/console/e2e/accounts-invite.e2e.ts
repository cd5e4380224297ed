import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login, mailedSetPasswordLink } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the invitation and the new account must not show in another file's lists.
let server: RunningServer;
let baseUrl: string;

const INVITEE = 'new.engineer@example.ru';
const PASSWORD = 'три зелёных кота на крыше';

/** The one-time link of the newest invitation mail to `recipient`, as the admin reads it in the dev mailbox (no SMTP here). */
const invitationLink = (adminToken: string, recipient: string) => mailedSetPasswordLink(baseUrl, adminToken, 'INVITATION', recipient);

describe('invite → set password → sign in (#12) against the real server', () => {
  let browser: Browser;
  let admin: Page;
  let invitee: Page;
  let adminErrors: string[];
  let inviteeErrors: string[];

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: admin, errors: adminErrors } = await openPage(browser));
    ({ page: invitee, errors: inviteeErrors } = await openPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin invites an agent from the users page', async () => {
    await admin.goto(`${baseUrl}/sign-in`);
    await signIn(admin, 'admin@demo.local');
    await admin.waitForURL(`${baseUrl}/queue`);
    await admin.getByTestId('nav-users').click();
    await admin.waitForURL(`${baseUrl}/admin/users`);
    await admin.getByTestId('user-agent1@demo.local').waitFor();

    await admin.getByTestId('invite-email').fill(INVITEE);
    await admin.getByTestId('invite-full-name').fill('Никита Новиков');
    await admin.getByTestId('invite-role').selectOption('AGENT');
    await admin.getByTestId('invite-submit').click();
    await admin.getByTestId('invite-sent').waitFor();
    const row = admin.getByTestId(`invitation-${INVITEE}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Ожидает');
    await screenshot(admin, 'accounts-invited');
    expect(adminErrors).toEqual([]);
  });

  it('the invitee opens the link, sets a password (a common one is refused) and lands in the queue', async () => {
    await invitee.goto(await invitationLink(await login(baseUrl, 'admin@demo.local'), INVITEE));
    await invitee.getByTestId('set-password-who').waitFor();
    expect(await invitee.getByTestId('set-password-who').textContent()).toContain('Никита Новиков');

    await invitee.getByTestId('set-password-password').fill('qwerty123456');
    await invitee.getByTestId('set-password-confirm').fill('qwerty123456');
    await invitee.getByTestId('set-password-submit').click();
    const problem = invitee.locator('[data-testid="field-error"][data-for="password"]');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/самых распространённых/);
    await screenshot(invitee, 'accounts-set-password-refused');

    await invitee.getByTestId('set-password-password').fill(PASSWORD);
    await invitee.getByTestId('set-password-confirm').fill(PASSWORD);
    await invitee.getByTestId('set-password-submit').click();
    await invitee.waitForURL(`${baseUrl}/queue`);
    expect(await invitee.getByTestId('current-user').textContent()).toContain('Никита Новиков');
    await screenshot(invitee, 'accounts-invitee-signed-in');
  });

  it('signed out, the new agent signs in with the new password; the admin sees the invitation accepted', async () => {
    await invitee.getByTestId('sign-out').click();
    await invitee.waitForURL(/\/sign-in/);
    await signIn(invitee, INVITEE, PASSWORD);
    await invitee.waitForURL(`${baseUrl}/queue`);
    expect(inviteeErrors).toEqual([]);

    await admin.reload();
    const row = admin.getByTestId(`invitation-${INVITEE}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Принято');
    await admin.getByTestId(`user-${INVITEE}`).waitFor();
    await screenshot(admin, 'accounts-accepted');
  });

  it("the audit log shows the invitation, its acceptance and the new agent's sign-in, from where", async () => {
    await admin.getByTestId('nav-audit').click();
    await admin.waitForURL(`${baseUrl}/admin/audit`);
    await admin.getByTestId('audit-row').first().waitFor();
    const rows = await admin.getByTestId('audit-row').allTextContents();
    expect(rows.some((row) => row.includes('INVITATION_ACCEPTED') && row.includes(INVITEE))).toBe(true);
    expect(rows.some((row) => row.includes('USER_INVITED') && row.includes('admin@demo.local'))).toBe(true);
    expect(rows.some((row) => row.includes('SIGN_IN_SUCCEEDED') && row.includes(INVITEE) && row.includes('127.0.0.1'))).toBe(true);
    await admin.getByTestId('audit-kind').selectOption('USER_INVITED');
    await eventually(async () => expect(await admin.getByTestId('audit-row').count()).toBe(1));
    await screenshot(admin, 'accounts-audit-log');
    expect(adminErrors).toEqual([]);
  });

  it('operations: the dev mailbox holds the invitation as PENDING; refused requests are listed with their reason', async () => {
    // ID-2: a phone request naming an identifier no contract has is refused, and kept.
    const unknown = { identifier: 'NO-SUCH-0001', organizationName: 'АО Альфа', contact: { fullName: 'Анна', position: 'ИБ', phone: '+7 812 000-00-01' }, subject: 'Тест', description: 'Тест', category: 'INCIDENT', criticality: 'NON_CRITICAL', channel: 'PHONE' };
    await graphql(baseUrl, 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }', { input: unknown }, await login(baseUrl, 'agent1@demo.local')).catch(() => undefined);
    await admin.goto(`${baseUrl}/admin/operations`);
    await admin.getByTestId('outbox-status').selectOption('PENDING');
    await admin.getByTestId('outbox-table').getByText(INVITEE).first().waitFor();
    await admin.getByTestId('refused-row').filter({ hasText: 'NO-SUCH-0001' }).waitFor();
    await screenshot(admin, 'accounts-operations');
    expect(adminErrors).toEqual([]);
  });
});
