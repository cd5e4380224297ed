import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createP1Ticket, login, ticket, type ApiTicket } from './support/api';
import { eventually, launchBrowser, openPage, screenshotAtTop } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

/**
 * The ticket page against the real server: an agent opens a ticket from the
 * queue, takes it (SLA-2), asks a clarifying question (TKT-2), leaves an
 * internal note (TKT-9). Its own server, so the queue test's counts never see
 * these tickets.
 */
describe('ticket page against the real server', () => {
  let server: RunningServer;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let agentToken: string;
  let created: ApiTicket;

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
    agentToken = await login(baseUrl, 'agent1@demo.local');
    created = await createP1Ticket(baseUrl, await login(baseUrl, 'beta@demo.local'), 'E2E: АРМ операторов не входят в систему');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the agent opens the ticket from its queue row', async () => {
    await page.goto(`${baseUrl}/queue`);
    await signIn(page, 'agent1@demo.local');
    await page.waitForURL(`${baseUrl}/queue`);
    const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"]`);
    await row.waitFor();
    await row.getByTestId('ticket-link').click();
    await page.waitForURL(`${baseUrl}/tickets/${created.id}`);

    await page.getByTestId('ticket-header').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe(created.number);
    expect(await page.getByTestId('ticket-status').getAttribute('data-status')).toBe('NEW');
    expect(await page.title()).toContain('Заявка');
    // SLA-1: EXTENDED CRITICAL, 20 minutes, counting down in business time (24×7 here).
    expect(await page.getByTestId('ticket-sla').getByTestId('sla-main').textContent()).toMatch(/^осталось (19|20):\d{2}$/);
    // TKT-8: the portal-style request left most of appendix 1 out.
    const missing = page.locator('[data-testid="missing-item"]');
    expect(await missing.count()).toBeGreaterThan(3);
    expect(await page.locator('[data-testid="missing-item"][data-required="false"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('request-missing').isDisabled()).toBe(true);
    // TKT-6: agents don't reassign.
    expect(await page.getByTestId('action-assign').count()).toBe(0);
    await screenshotAtTop(page, 'ticket-01-new');
  });

  it('SLA-2: Start work takes the ticket and the customer is told', async () => {
    await page.getByTestId('ticket-start-work').click();
    await page.locator('[data-testid="ticket-status"][data-status="IN_PROGRESS"]').waitFor();
    expect(await page.getByTestId('ticket-flash').textContent()).toContain(created.number);
    await page.getByTestId('sla-outcome').waitFor();
    expect(await page.getByTestId('sla-outcome').getAttribute('data-outcome')).toBe('MET');
    expect(await page.getByTestId('fact-assignee').textContent()).toContain('Алексей Инженеров');
    const api = await ticket(baseUrl, agentToken, created.id);
    expect(api?.status).toBe('IN_PROGRESS');
    expect(api?.assignee?.email).toBe('agent1@demo.local');
  });

  it('TKT-2: a clarifying question puts the ticket in WAITING_FOR_CUSTOMER', async () => {
    await page.getByTestId('composer-reply-tab').click();
    await page.getByTestId('reply-kind-CLARIFYING_QUESTION').check();
    await page.getByTestId('composer-body').fill('Уточните, пожалуйста, номер сборки и точный текст ошибки.');
    await page.getByTestId('composer-submit').click();
    await page.locator('[data-testid="ticket-status"][data-status="WAITING_FOR_CUSTOMER"]').waitFor();
    expect(await page.getByTestId('ticket-status').textContent()).toContain('Ожидает ответа заказчика');
    const question = page.locator('[data-testid="timeline-message"][data-kind="CLARIFYING_QUESTION"]');
    await question.waitFor();
    expect(await question.textContent()).toContain('номер сборки');
    expect(await question.getAttribute('data-internal')).toBe('false');
    expect((await ticket(baseUrl, agentToken, created.id))?.status).toBe('WAITING_FOR_CUSTOMER');
  });

  it('TKT-9: an internal note is visibly marked as internal', async () => {
    await page.getByTestId('composer-note-tab').click();
    await page.getByTestId('composer-body').fill('Похоже на истёкший сертификат сервера контроля.');
    await page.getByTestId('composer-submit').click();
    const note = page.locator('[data-testid="timeline-message"][data-internal="true"]');
    await note.waitFor();
    expect(await note.getByTestId('internal-marker').textContent()).toBe('Внутреннее');
    const background = await note.evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(background).toContain('gradient');
    await screenshotAtTop(page, 'ticket-02-waiting-with-note');
  });

  it('TKT-10: a file goes up resumably (tus) with a progress bar, is listed with its checksum and downloads', async () => {
    // 3 MB of a fake msinfo32 report; the progress bar follows the tus PATCH.
    const content = Buffer.alloc(3 * 1024 * 1024, 'a');
    const progress: string[] = [];
    await page.exposeFunction('recordProgress', (value: string) => progress.push(value));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="upload-progress"]');
        const value = bar?.getAttribute('aria-valuenow');
        if (value) (window as unknown as { recordProgress: (v: string) => void }).recordProgress(value);
      }).observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['aria-valuenow'] });
    });
    await page.getByTestId('file-input').setInputFiles({ name: 'server.nfo', mimeType: 'text/xml', buffer: content });
    const listed = page.locator('[data-testid="ticket-file"]', { hasText: 'server.nfo' });
    await listed.waitFor({ timeout: 30_000 });
    // The bar only moves forward. Its last frame may be the listed file itself: when the ticket's
    // live update lists the file in the same render as tus reports success, 100 % is never painted.
    const percents = progress.map(Number);
    expect(percents.length).toBeGreaterThan(0);
    expect(percents.every((value, i) => value >= 0 && value <= 100 && (i === 0 || value >= percents[i - 1]!))).toBe(true);
    expect(await listed.textContent()).toContain('3 MB');
    // The server's checksum of what arrived (the console declared the same one).
    expect(await listed.locator('code').getAttribute('title')).toMatch(/^SHA-256 [0-9a-f]{64}$/);
    // The finished upload gave way to the listed file.
    expect(await page.locator('[data-testid="upload-item"][data-status="done"]').count()).toBe(0);
    const attached = page.locator('[data-testid="timeline-event"][data-kind="FILE_ATTACHED"]');
    await attached.waitFor({ timeout: 10_000 });
    expect(await attached.textContent()).toContain('server.nfo');

    const [download] = await Promise.all([page.waitForEvent('download'), listed.getByRole('button', { name: 'server.nfo' }).click()]);
    expect(download.suggestedFilename()).toBe('server.nfo');
    const path = await download.path();
    const { statSync } = await import('node:fs');
    expect(statSync(path).size).toBe(content.length);
    await screenshotAtTop(page, 'ticket-03-file-uploaded');
  });

  it('TKT-5: closing as THIRD_PARTY asks for the vendor and the recommendation next to the fields', async () => {
    await page.getByTestId('action-close').click();
    await page.getByTestId('close-resolution').selectOption('THIRD_PARTY');
    await page.getByTestId('close-submit').click();
    const vendorError = page.locator('[data-testid="field-error"][data-for="thirdPartyVendor"]');
    await vendorError.waitFor();
    expect(await vendorError.textContent()).toContain('TKT-5');
    expect(await page.getByTestId('close-vendor').getAttribute('aria-invalid')).toBe('true');
    await screenshotAtTop(page, 'ticket-04-close-validation');

    await page.getByTestId('close-vendor').fill('ООО «Антивирус»');
    await page.getByTestId('close-note').fill('Обратитесь в поддержку ООО «Антивирус»: их агент блокирует вход.');
    await page.getByTestId('close-submit').click();
    await page.locator('[data-testid="ticket-status"][data-status="CLOSED"]').waitFor();
    expect(await page.getByTestId('fact-resolution').textContent()).toContain('ООО «Антивирус»');
    // TKT-4: closed tickets only take notes.
    expect(await page.locator('[data-testid="ticket-actions"] button').count()).toBe(0);
    await screenshotAtTop(page, 'ticket-05-closed');
  });

  it('keyboard: j selects the first queue row, Enter opens it', async () => {
    await page.getByRole('link', { name: '← Очередь' }).click();
    await page.waitForURL(`${baseUrl}/queue`);
    await page.locator('[data-testid="queue-row"]').first().waitFor();
    await page.keyboard.press('j');
    const first = page.locator('[data-testid="queue-row"]').first();
    await eventually(async () => expect(await first.getAttribute('data-selected')).toBe('true'));
    const number = await first.getAttribute('data-ticket-number');
    await page.keyboard.press('?');
    await page.getByTestId('shortcut-help').waitFor();
    await screenshotAtTop(page, 'ticket-06-queue-keyboard');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tickets\/\d+$/);
    await eventually(async () => expect(await page.getByTestId('ticket-number').textContent()).toBe(number));
  });

  it('filters live in the URL', async () => {
    await page.goto(`${baseUrl}/queue?level=BASIC`);
    await page.locator('[data-testid="queue-row"]').first().waitFor();
    const levels = await page.locator('[data-testid="queue-row"] .col-level').allTextContents();
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((level) => level.trim() === 'Основной')).toBe(true);
    await page.getByTestId('filter-criticality').selectOption('CRITICAL');
    await page.waitForURL(/criticality=CRITICAL/);
    expect(page.url()).toContain('level=BASIC');
    await screenshotAtTop(page, 'ticket-07-queue-filtered');
  });

  it('ran without errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
