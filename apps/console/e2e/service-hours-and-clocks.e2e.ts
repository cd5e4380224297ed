import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createP1Ticket, graphql, login, type ApiTicket } from './support/api';
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

/**
 * #14 in the browser: an admin narrows EXTENDED service hours on the service
 * hours page; the ticket page shows every clock at once — the response
 * deadline with its outcome, the TKT-3 auto-close while waiting, and the
 * resolution time once closed; the SLA report shows median and p90.
 */
describe('service hours and the ticket clocks, against the real server', () => {
  let server: RunningServer;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let agent: string;
  let created: ApiTicket;

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page, errors } = await openPage(browser));
    agent = await login(baseUrl, 'agent1@demo.local');
    // A call registered three hours after it came in (TKT-11): EXTENDED, 24×7, so the resolution time is about three hours.
    created = await createP1Ticket(baseUrl, agent, 'E2E: часы и сроки заявки', new Date(Date.now() - 3 * 3_600_000));
    await graphql(baseUrl, 'mutation ($id: ID!) { startWork(ticketId: $id) { id } }', { id: created.id }, agent);
    await graphql(baseUrl, 'mutation ($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "Пришлите журнал событий") { id } }', { id: created.id }, agent);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('LVL-2: an admin sets EXTENDED to 08:00–22:00 every day; the history keeps the default', async () => {
    await page.goto(`${baseUrl}/admin/service-hours`);
    await signIn(page, 'admin@demo.local');
    await page.waitForURL(`${baseUrl}/admin/service-hours`);
    const extended = page.getByTestId('service-hours-EXTENDED');
    await extended.getByTestId('always-open').uncheck();
    await extended.getByTestId('add-period').click();
    await extended.locator('[data-field="periods.0.opensAt"]').fill('08:00');
    await extended.locator('[data-field="periods.0.closesAt"]').fill('22:00');
    await extended.getByTestId('save-service-hours').click();
    await page.getByTestId('service-hours-EXTENDED').getByTestId('in-force').filter({ hasText: '08:00–22:00' }).waitFor();
    expect(await page.getByTestId('service-hours-EXTENDED').getByTestId('version-row').count()).toBe(2);
    await screenshot(page, 'service-hours-01-admin');
    await page.getByTestId('sign-out').click();
  });

  it('TKT-3, SLA-10: waiting for the customer, the ticket page shows the response deadline with its outcome and the auto-close together', async () => {
    await page.goto(`${baseUrl}/tickets/${created.id}`);
    await signIn(page, 'agent1@demo.local');
    await page.waitForURL(`${baseUrl}/tickets/${created.id}`);
    await page.getByTestId('auto-close-due').waitFor();
    expect(await page.getByTestId('response-outcome').textContent()).toContain('Срок нарушен');
    await page.getByTestId('ticket-sla').screenshot({ path: `${ARTIFACTS_DIR}ticket-clocks-01-waiting.png` });
  });

  it('#14: once closed, the resolution time in service hours, the wait excluded', async () => {
    const customer = await login(baseUrl, 'beta@demo.local');
    await graphql(baseUrl, 'mutation ($id: ID!) { answerTicket(ticketId: $id, body: "Журнал приложен") { id } }', { id: created.id }, customer);
    await graphql(baseUrl, 'mutation ($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED, note: "Исправлено" }) { id } }', { id: created.id }, agent);
    await page.reload();
    const time = page.getByTestId('resolution-time');
    await time.waitFor();
    expect(await time.textContent()).toMatch(/^\s*(2|3) ч \d\d мин/);
    await page.getByTestId('ticket-sla').screenshot({ path: `${ARTIFACTS_DIR}ticket-clocks-02-closed.png` });
    await page.getByTestId('sign-out').click();
  });

  it('#14: the SLA report shows median and p90 resolution time by level', async () => {
    await page.goto(`${baseUrl}/reports/sla`);
    await signIn(page, 'lead@demo.local');
    await page.waitForURL(`${baseUrl}/reports/sla`);
    const row = page.getByTestId('resolution-row').filter({ hasText: 'Расширенный' });
    await row.waitFor();
    await page.getByTestId('resolution-table').scrollIntoViewIfNeeded();
    await page.getByTestId('resolution-table').screenshot({ path: `${ARTIFACTS_DIR}resolution-report-01.png` });
    expect(errors).toEqual([]);
  });
});

