import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchBrowser, openPage, screenshot, screenshotAtTop } from './support/browser';
import { field, signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server, seeded as a first start is: the demo data with three months of closed history (#19).
let server: RunningServer;
let baseUrl: string;

describe('the demo on first start (#19): populated reports, "My work", self-service while typing', () => {
  let browser: Browser;
  let staff: Page;
  let customer: Page;
  let staffErrors: string[];
  let customerErrors: string[];

  beforeAll(async () => {
    server = await startServer({ SEED_DEMO_HISTORY: '1' }, 120_000);
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: staff, errors: staffErrors } = await openPage(browser));
    ({ page: customer, errors: customerErrors } = await openPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the SLA report over the last 90 days shows the history: met and breached by level, criticality and agent, with charts', async () => {
    await staff.goto(`${baseUrl}/`);
    await signIn(staff, 'lead@demo.local');
    await staff.waitForURL(/\/queue/);
    await staff.goto(`${baseUrl}/reports/sla`);
    await staff.getByTestId('period-preset').selectOption('last90');
    await eventually(async () => expect(await staff.getByTestId('compliance-row').count()).toBeGreaterThan(4), { timeoutMs: 30_000 });
    const breached = await staff.getByTestId('drill-breached').allTextContents();
    expect(breached.some((text) => Number(text.trim()) > 0)).toBe(true);
    const rate = (await staff.getByTestId('overall-rate').textContent()) ?? '';
    expect(rate).toMatch(/\d/);
    await screenshotAtTop(staff, 'demo-01-sla-report');
  });

  it('"My work" opens on the demo queue', async () => {
    await staff.getByTestId('nav-work').click();
    await staff.waitForURL(/\/work/);
    await staff.locator('[data-testid="work-mode"][data-mode="live"]').waitFor({ timeout: 20_000 });
    await eventually(async () => expect(await staff.getByTestId('view-nav-item').count()).toBeGreaterThan(2));
    await staff.locator('[data-testid="view-nav-item"][data-view-id="ALL_OPEN"]').click();
    await eventually(async () => expect(await staff.getByTestId('work-row').count()).toBeGreaterThanOrEqual(4));
    await screenshotAtTop(staff, 'demo-02-my-work');
  });

  it('the portal suggests FAQ articles and documentation while the customer types', async () => {
    await customer.goto(`${baseUrl}/portal/new`);
    await signIn(customer, 'beta@demo.local');
    await customer.getByTestId('new-ticket-form').waitFor();
    await customer.getByTestId('contract-select').selectOption({ label: 'Dallas Lock 8.0 — DL-EXT-0001 · Расширенный' });
    await field(customer, 'subject').fill('Ошибка аутентификации у доменных пользователей');
    await field(customer, 'description').pressSequentially('Не входят в систему после обновления', { delay: 20 });
    await customer.locator('[data-testid="self-service-article"]').first().waitFor({ timeout: 15_000 });
    await screenshot(customer, 'demo-03-portal-suggestions');
  });

  it('ran without errors in the browser consoles', () => {
    expect(staffErrors).toEqual([]);
    expect(customerErrors).toEqual([]);
  });
});
