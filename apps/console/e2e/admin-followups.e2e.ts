import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login, mailedSetPasswordLink } from './support/api';
import { launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: a changed password and a refused request must not leak into another file.
let server: RunningServer;
let baseUrl: string;

const NEW_PASSWORD = 'четыре синих слона в лодке';

describe('password reset and a refused request registered (#12) against the real server', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser, { height: 1000 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('forgot password → the reset mail from the dev mailbox → a new password → signed in with it', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByTestId('sign-in-forgot').click();
    await page.getByTestId('forgot-password-email').fill('agent2@demo.local');
    await page.getByTestId('forgot-password-submit').click();
    await page.getByTestId('forgot-password-sent').waitFor();
    await screenshot(page, 'reset-requested');

    await page.goto(await mailedSetPasswordLink(baseUrl, await login(baseUrl, 'admin@demo.local'), 'PASSWORD_RESET', 'agent2@demo.local'));
    await page.getByTestId('set-password-form').waitFor();
    await page.getByTestId('set-password-password').fill(NEW_PASSWORD);
    await page.getByTestId('set-password-confirm').fill(NEW_PASSWORD);
    await page.getByTestId('set-password-submit').click();
    await page.waitForURL(`${baseUrl}/queue`);

    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, 'agent2@demo.local', NEW_PASSWORD);
    await page.waitForURL(`${baseUrl}/queue`);
    expect(await page.getByTestId('current-user').textContent()).toBeTruthy();
    // The old password no longer works.
    await expect(login(baseUrl, 'agent2@demo.local')).rejects.toThrow();
  });

  it('a request refused for a wrong license number is registered from the operations page once the customer is identified', async () => {
    const input = {
      identifier: 'DL-TYPO-0001',
      organizationName: 'АО Альфа',
      contact: { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'alfa@demo.local' },
      subject: 'E2E: отказано по номеру лицензии',
      description: 'АРМ не загружается после обновления.',
      category: 'INCIDENT',
      criticality: 'NON_CRITICAL',
      channel: 'PORTAL',
    };
    await graphql(baseUrl, 'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }', { input }, await login(baseUrl, 'alfa@demo.local')).catch(() => undefined);

    // Team leads and admins follow refused requests up.
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, 'lead@demo.local');
    await page.waitForURL(`${baseUrl}/queue`);
    await page.goto(`${baseUrl}/admin/operations`);
    const row = page.locator('[data-testid="refused-row"]', { hasText: 'DL-TYPO-0001' });
    await row.getByTestId('refused-register').click();
    const form = page.getByTestId('register-refused-form');
    expect(await form.getByTestId('register-organization').inputValue()).toBe('АО Альфа');
    await form.getByTestId('register-identifier').fill('DL-BASIC-0001');
    await screenshot(page, 'refused-register-form');
    await form.getByTestId('register-submit').click();
    await page.getByTestId('refused-registered').waitFor();
    const link = row.getByTestId('refused-ticket');
    await link.waitFor();
    expect(await link.textContent()).toMatch(/^SD-\d+/);
    await screenshot(page, 'refused-registered');
    expect(errors).toEqual([]);
  });
});
