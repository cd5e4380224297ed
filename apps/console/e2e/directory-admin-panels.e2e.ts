import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login, mailedSetPasswordLink } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { field, moscowMinute, signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the organization, contract and customer made here must not show in another file's lists.
let server: RunningServer;
let baseUrl: string;

const ORGANIZATION = 'АО Омега';
const PRINTED = 'OMG-2026-0001';
const ADDED = 'OMG SN 7701';
const CUSTOMER = 'omega.engineer@example.ru';
const PASSWORD = 'гамма-лучи над северным морем';

/** Today in Moscow, YYYY-MM-DD: the renewed period starts today so the contract stays in force. */
const moscowToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());

describe('organization and contract panels (#12): contacts, identifiers, renewal, and the new customer registers a request', () => {
  let browser: Browser;
  let admin: Page;
  let customer: Page;
  let adminErrors: string[];
  let customerErrors: string[];

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: admin, errors: adminErrors } = await openPage(browser, { height: 1400 }));
    ({ page: customer, errors: customerErrors } = await openPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin creates a customer and a BASIC contract, then adds a contact person in its panel', async () => {
    await admin.goto(`${baseUrl}/sign-in`);
    await signIn(admin, 'admin@demo.local');
    await admin.waitForURL(`${baseUrl}/queue`);
    await admin.goto(`${baseUrl}/admin/organizations`);
    await admin.getByTestId('organization-name').fill(ORGANIZATION);
    await admin.getByTestId('organization-submit').click();
    await admin.getByTestId('organization-created').waitFor();
    await admin.getByTestId('contract-organization').selectOption({ label: ORGANIZATION });
    await admin.getByTestId('contract-identifier-0').fill(PRINTED);
    await admin.getByLabel('Dallas Lock 8.0').check();
    await admin.getByTestId('contract-valid-until').fill('2027-12-31');
    await admin.getByTestId('contract-submit').click();
    await admin.getByTestId('contract-created').waitFor();

    await admin.getByTestId('organizations-list').getByRole('button', { name: ORGANIZATION }).click();
    const panel = admin.getByTestId('organization-panel');
    await panel.waitFor();
    await panel.getByTestId('contact-full-name').fill('Ольга Омегова');
    await panel.getByTestId('contact-position').fill('Начальник отдела ИБ');
    await panel.getByTestId('contact-email').fill('omegova@omega.example');
    await panel.getByTestId('contact-phone').fill('+7 495 000-00-77');
    await panel.getByTestId('contact-submit').click();
    const row = panel.getByTestId('contact-row').filter({ hasText: 'Ольга Омегова' });
    await row.waitFor();
    expect(await row.textContent()).toContain('omegova@omega.example');
    expect(await row.textContent()).toContain('Русский');
    await screenshot(admin, 'directory-panels-01-contact-added');
    expect(adminErrors).toEqual([]);
  });

  it("the admin adds an identifier to the contract and renews it; the history lists each step", async () => {
    await admin.getByTestId('organization-panel-close').click();
    await admin.getByTestId('contracts-search').fill(PRINTED);
    await admin.getByTestId(`contract-${PRINTED}`).getByTestId('contract-open').click();
    const panel = admin.getByTestId('contract-panel');
    await panel.waitFor();
    await panel.getByTestId('edit-add-identifier').click();
    await panel.getByTestId('edit-identifier-1').fill(ADDED);
    await panel.getByTestId('contract-edit-submit').click();
    await eventually(async () => expect(await admin.getByTestId(`contract-${PRINTED}`).textContent()).toContain(ADDED));

    await panel.getByTestId('renew-valid-from').fill(moscowToday());
    await panel.getByTestId('renew-valid-until').fill('2028-12-31');
    await panel.getByTestId('renew-submit').click();
    await eventually(async () => expect(await panel.getByTestId('contract-panel-validity').textContent()).toContain('31.12.2028'));
    const kinds = () => panel.getByTestId('contract-history-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent?.trim()));
    await eventually(async () => expect(await kinds()).toEqual(['Создан', 'Изменён', 'Продлён']));
    expect(await panel.getByTestId('contract-history-row').nth(0).textContent()).toContain('31.12.2027');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(admin, 'directory-panels-02-contract-renewed');
    expect(adminErrors).toEqual([]);
  });

  it('the admin invites a customer of the new organization from the users page', async () => {
    await admin.getByTestId('nav-users').click();
    await admin.waitForURL(`${baseUrl}/admin/users`);
    await admin.getByTestId('invite-email').fill(CUSTOMER);
    await admin.getByTestId('invite-full-name').fill('Ольга Омегова');
    await admin.getByTestId('invite-role').selectOption('CUSTOMER');
    await admin.getByTestId('invite-organization').selectOption({ label: ORGANIZATION });
    await admin.getByTestId('invite-submit').click();
    await admin.getByTestId('invite-sent').waitFor();
    expect(adminErrors).toEqual([]);
  });

  it('the customer sets a password, signs in and registers a request naming the added identifier: BASIC level, BASIC deadline', async () => {
    await customer.goto(await mailedSetPasswordLink(baseUrl, await login(baseUrl, 'admin@demo.local'), 'INVITATION', CUSTOMER));
    await customer.getByTestId('set-password-password').fill(PASSWORD);
    await customer.getByTestId('set-password-confirm').fill(PASSWORD);
    await customer.getByTestId('set-password-submit').click();
    await customer.waitForURL(/\/portal/);
    await customer.getByTestId('sign-out').click();
    await customer.waitForURL(/\/sign-in/);
    await signIn(customer, CUSTOMER, PASSWORD);
    await customer.waitForURL(/\/portal/);

    await customer.goto(`${baseUrl}/portal/new`);
    await customer.getByTestId('new-ticket-form').waitFor();
    const preview = customer.getByTestId('deadline-preview');
    await eventually(async () => expect(await preview.getAttribute('data-level')).toBe('BASIC'));
    // The contract's printed identifier is offered; the customer names the one added today instead.
    await customer.getByTestId('contract-select').selectOption('');
    await field(customer, 'identifier').fill(ADDED);
    await field(customer, 'organizationName').fill(ORGANIZATION);
    await field(customer, 'contact.fullName').fill('Ольга Омегова');
    await field(customer, 'contact.position').fill('Начальник отдела ИБ');
    await field(customer, 'contact.phone').fill('+7 495 000-00-77');
    await field(customer, 'subject').fill('АРМ не загружается после обновления');
    await field(customer, 'description').fill('После установки обновления АРМ зависает на экране входа.');
    await field(customer, 'productVersion').fill('8.0');
    await field(customer, 'buildNumber').fill('565');
    await field(customer, 'osVersion').fill('Windows 10 Pro 22H2');
    await field(customer, 'osBitness').selectOption('X64');
    await field(customer, 'occursWhen').fill('При каждой загрузке');
    await field(customer, 'stepsToReproduce').fill('1. Установить обновление\n2. Перезагрузить АРМ');
    await field(customer, 'errorText').fill('Ошибка 0x80070005');
    await field(customer, 'installedSoftware').fill('КриптоПро CSP 5');
    await screenshot(customer, 'directory-panels-03-portal-new');
    await customer.getByTestId('submit-ticket').click();
    await customer.waitForURL(/\/portal\/tickets\/\d+\?created=1$/);
    await customer.getByTestId('ticket-banner').waitFor();

    const id = customer.url().match(/tickets\/(\d+)/)?.[1] ?? '';
    const token = await login(baseUrl, CUSTOMER, PASSWORD);
    const { ticket } = await graphql<{ ticket: { supportLevel: string; criticality: string; receivedAt: string; responseDueAt: string; organization: { name: string } } }>(
      baseUrl,
      'query ($id: ID!) { ticket(id: $id) { supportLevel criticality receivedAt responseDueAt organization { name } } }',
      { id },
      token,
    );
    expect(ticket.supportLevel).toBe('BASIC');
    expect(ticket.organization.name).toBe(ORGANIZATION);
    const { responseDeadline } = await graphql<{ responseDeadline: string }>(
      baseUrl,
      'query ($c: Criticality!, $at: DateTime!) { responseDeadline(supportLevel: BASIC, criticality: $c, receivedAt: $at) }',
      { c: ticket.criticality, at: ticket.receivedAt },
    );
    expect(ticket.responseDueAt).toBe(responseDeadline);
    expect(await customer.getByTestId('ticket-title').locator('..').textContent()).toContain('Основной');
    expect(await customer.getByTestId('ticket-response-due').textContent()).toBe(`${moscowMinute.format(new Date(responseDeadline))} МСК`);
    await screenshot(customer, 'directory-panels-04-ticket-registered');
    expect(customerErrors).toEqual([]);
  });
});
