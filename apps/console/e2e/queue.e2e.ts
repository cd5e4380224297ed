import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createP1Ticket, login, queueNumbers, ticket, type ApiTicket } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';

const baseUrl = inject('baseUrl');

async function rowNumbers(page: Page): Promise<string[]> {
  return page.locator('[data-testid="queue-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-number') ?? ''));
}

async function rowPriorities(page: Page): Promise<string[]> {
  return page.locator('[data-testid="queue-row"] [data-testid="priority"]').allTextContents().then((texts) => texts.map((t) => t.trim()));
}

describe('agent console against the real server', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let agentToken: string;
  let created: ApiTicket;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser, { height: 760 }));
    agentToken = await login(baseUrl, 'agent1@demo.local');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('agent1 signs in (after a wrong password) and sees the demo queue in SLA-6 order, P1 first', async () => {
    await page.goto(`${baseUrl}/queue`);
    await page.waitForURL(/\/sign-in\?redirect=/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Вход в консоль');
    await screenshot(page, '01-sign-in');

    await signIn(page, 'agent1@demo.local', 'wrong-password');
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Wrong e-mail or password');
    await screenshot(page, '02-sign-in-error');

    await signIn(page, 'agent1@demo.local');
    await page.waitForURL(`${baseUrl}/queue`);
    await page.locator('[data-testid="queue-row"]').nth(3).waitFor();
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('Алексей Инженеров');

    // SLA-6: the four seeded demo tickets, one per priority, P1 first; the same order the API gives.
    expect(await rowPriorities(page)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(await rowNumbers(page)).toEqual(await queueNumbers(baseUrl, agentToken));
    await screenshot(page, '03-queue');
  });

  it('a P1 ticket created through the API by customer beta@demo.local appears at its place in the queue', async () => {
    // queueChanged over the WebSocket, not the 10 s fallback poll.
    await page.locator('[data-testid="queue-mode"][data-mode="live"]').waitFor({ timeout: 10_000 });
    // The row the live queue places is tinted for a moment (data-moved): note every mark as it is set.
    await page.evaluate(() => {
      const marks: string[] = [];
      (window as unknown as { __queueMarks: string[] }).__queueMarks = marks;
      new MutationObserver((records) => {
        for (const record of records) {
          const row = record.target as HTMLElement;
          if (row.dataset.moved) marks.push(`${row.dataset.ticketNumber}:${row.dataset.moved}`);
        }
      }).observe(document.querySelector('[data-testid="queue-table"]')!, { subtree: true, attributeFilter: ['data-moved'] });
    });
    const customerToken = await login(baseUrl, 'beta@demo.local');
    created = await createP1Ticket(baseUrl, customerToken, 'E2E: сервер контроля не отвечает');
    // SLA-6: CRITICAL + EXTENDED.
    expect(created.priority).toBe(1);

    const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"]`);
    const createdAt = Date.now();
    await row.waitFor({ timeout: 25_000 });
    // Live: well before the next poll would have brought it.
    expect(Date.now() - createdAt).toBeLessThan(5_000);
    const expected = await queueNumbers(baseUrl, agentToken);
    await eventually(async () => expect(await rowNumbers(page)).toEqual(expected));
    // The seeded P1 is due earlier (received 5 minutes before start), so the new P1 comes right after it.
    expect(expected.indexOf(created.number)).toBe(1);
    expect(await rowPriorities(page)).toEqual(['P1', 'P1', 'P2', 'P3', 'P4']);
    expect(await row.getByTestId('priority').textContent()).toBe('P1');
    expect(await row.getByTestId('sla-countdown').getAttribute('data-paused')).toBe('false');
    expect(await page.evaluate(() => (window as unknown as { __queueMarks: string[] }).__queueMarks)).toContain(`${created.number}:added`);
    await screenshot(page, '04-queue-with-new-p1');
  });

  it('the agent clicks Start work and the row leaves the queue', async () => {
    const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"]`);
    await row.getByTestId('start-work').click();
    await row.waitFor({ state: 'detached' });
    const flash = page.getByTestId('queue-flash');
    await flash.waitFor();
    expect(await flash.textContent()).toContain(created.number);
    expect(await page.locator('[data-testid="queue-row"]').count()).toBe(4);

    // SLA-2/SLA-3: reacted, assigned to the caller; it stays out of the queue after the next refresh.
    const after = await ticket(baseUrl, agentToken, created.id);
    expect(after?.status).toBe('IN_PROGRESS');
    expect(after?.respondedAt).not.toBeNull();
    expect(after?.assignee?.email).toBe('agent1@demo.local');
    expect(await queueNumbers(baseUrl, agentToken)).not.toContain(created.number);
    await screenshot(page, '05-queue-after-start-work');
  });

  it('switches to English and keeps the choice across a reload', async () => {
    await page.getByTestId('locale-toggle').click();
    await expect(page.locator('h1').textContent()).resolves.toContain('Ticket queue');
    await page.reload();
    await page.locator('[data-testid="queue-row"]').first().waitFor();
    await expect(page.locator('h1').textContent()).resolves.toContain('Ticket queue');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, '06-queue-english');
    await page.getByTestId('locale-toggle').click();
    await expect(page.locator('h1').textContent()).resolves.toContain('Очередь заявок');
  });

  it('a customer signs in to the portal and cannot open the staff queue', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, 'beta@demo.local');
    await page.waitForURL(`${baseUrl}/portal`);
    const row = page.locator('[data-testid="portal-ticket-row"]', { hasText: created.number });
    await row.waitFor();
    expect(await row.textContent()).toContain('В работе');
    // Only ПАО Бета's tickets: the two seeded ones and the one created above.
    expect(await page.locator('[data-testid="portal-ticket-row"]').count()).toBe(3);
    await screenshot(page, '07-customer-home');

    await page.goto(`${baseUrl}/queue`);
    await page.waitForURL(`${baseUrl}/portal`);
    // The first customer home page's address still leads home.
    await page.goto(`${baseUrl}/my-tickets`);
    await page.waitForURL(`${baseUrl}/portal`);
  });

  it('SLA-7: AT_RISK and BREACHED rows stand out', async () => {
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    // Phone calls registered late by the agent: 17 of 20 minutes used, and 25 minutes ago.
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const atRisk = await createP1Ticket(baseUrl, agentToken, 'E2E: звонок 17 минут назад', minutesAgo(17));
    const breached = await createP1Ticket(baseUrl, agentToken, 'E2E: звонок 25 минут назад', minutesAgo(25));
    await signIn(page, 'agent1@demo.local');
    await page.waitForURL(`${baseUrl}/queue`);

    const row = (number: string) => page.locator(`[data-testid="queue-row"][data-ticket-number="${number}"]`);
    await row(breached.number).waitFor();
    await row(atRisk.number).waitFor();
    expect(await row(breached.number).getAttribute('data-sla-state')).toBe('BREACHED');
    expect(await row(breached.number).getAttribute('class')).toContain('queue-row--breached');
    expect(await row(breached.number).getByTestId('sla-main').textContent()).toMatch(/^просрочено на \d+:\d{2}$/);
    expect(await row(atRisk.number).getAttribute('data-sla-state')).toBe('AT_RISK');
    expect(await row(atRisk.number).getAttribute('class')).toContain('queue-row--at_risk');
    const background = (number: string) => row(number).locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
    const plain = await row((await rowNumbers(page)).at(-1) ?? '').locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(await background(breached.number)).not.toBe(plain);
    expect(await background(atRisk.number)).not.toBe(plain);
    // SLA-6: the earlier deadlines go first within P1.
    expect(await rowNumbers(page)).toEqual(await queueNumbers(baseUrl, agentToken));
    expect((await rowNumbers(page)).slice(0, 2)).toEqual([breached.number, atRisk.number]);
    await page.mouse.move(0, 0);
    await screenshot(page, '08-queue-at-risk-and-breached');

    // A laptop screen: the Russian labels and the Start work button still fit without scrolling.
    await page.setViewportSize({ width: 1100, height: 760 });
    const button = row(atRisk.number).getByTestId('start-work');
    const box = await button.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1100);
    const sla = await row(atRisk.number).getByTestId('sla-countdown').evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(sla).toBe(true);
    await screenshot(page, '09-queue-narrow');
    await page.setViewportSize({ width: 1440, height: 760 });
  });

  it('ran without errors in the browser console', () => {
    // The wrong password at sign-in answers HTTP 200 with a GraphQL error, so nothing is logged for it.
    expect(errors).toEqual([]);
  });
});
