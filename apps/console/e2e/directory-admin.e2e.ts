import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the organization and contract made here must not show in another file's lists.
let server: RunningServer;
let baseUrl: string;

describe('organizations and contracts administration (#12, LVL-1) against the real server', () => {
  let browser: Browser;
  let admin: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: admin, errors } = await openPage(browser, { height: 1100 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin creates a customer and an EXTENDED contract with two identifiers; a clash is named; search finds it by either', async () => {
    await admin.goto(`${baseUrl}/sign-in`);
    await signIn(admin, 'admin@demo.local');
    await admin.waitForURL(`${baseUrl}/queue`);
    await admin.goto(`${baseUrl}/admin/organizations`);
    await admin.getByTestId('product-name').fill('ПАК «Аккорд» 5');
    await admin.getByTestId('product-submit').click();
    await admin.getByLabel('ПАК «Аккорд» 5').waitFor();
    await admin.getByTestId('organization-name').fill('АО Дельта');
    await admin.getByTestId('organization-submit').click();
    await admin.getByTestId('organization-created').waitFor();

    await admin.getByTestId('contract-organization').selectOption({ label: 'АО Дельта' });
    await admin.getByTestId('contract-identifier-0').fill('DLT-2026-0001');
    await admin.getByTestId('contract-add-identifier').click();
    await admin.getByTestId('contract-identifier-1').fill('dl-basic-0001');
    await admin.getByLabel('Dallas Lock 8.0').check();
    await admin.getByLabel('ПАК «Аккорд» 5').check();
    await admin.locator('[data-field="supportLevel"]').selectOption('EXTENDED');
    await admin.getByTestId('contract-valid-until').fill('2027-12-31');
    await admin.getByTestId('contract-submit').click();
    const clash = admin.locator('[data-testid="field-error"][data-for="identifiers.1.identifier"]');
    await clash.waitFor();
    expect(await clash.textContent()).toContain('DL-BASIC-0001');
    await screenshot(admin, 'directory-contract-clash');

    await admin.getByTestId('contract-identifier-1').fill('SN 5500 77');
    await admin.getByTestId('contract-submit').click();
    await admin.getByTestId('contract-created').waitFor();
    await admin.getByTestId('contracts-search').fill('sn550077');
    const row = admin.getByTestId('contract-DLT-2026-0001');
    await row.waitFor();
    expect(await row.textContent()).toContain('АО Дельта');
    expect(await row.textContent()).toContain('Расширенный');
    await screenshot(admin, 'directory-contract-found');
    expect(errors).toEqual([]);
  });

  it('a request naming the second identifier is registered EXTENDED, with the EXTENDED deadline', async () => {
    const agent = await login(baseUrl, 'agent1@demo.local');
    const input = {
      identifier: 'SN 5500 77',
      organizationName: 'АО Дельта',
      contact: { fullName: 'Денис Дельтов', position: 'Инженер', phone: '+7 495 000-00-44' },
      subject: 'Не загружается АРМ',
      description: 'После обновления АРМ не загружается',
      category: 'INCIDENT',
      criticality: 'CRITICAL',
      channel: 'PHONE',
    };
    const { createTicket } = await graphql<{ createTicket: { supportLevel: string; receivedAt: string; responseDueAt: string } }>(
      baseUrl,
      'mutation($input: CreateTicketInput!) { createTicket(input: $input) { supportLevel receivedAt responseDueAt } }',
      { input },
      agent,
    );
    expect(createTicket.supportLevel).toBe('EXTENDED');
    expect(new Date(createTicket.responseDueAt).getTime() - new Date(createTicket.receivedAt).getTime()).toBe(20 * 60_000);
  });
});
