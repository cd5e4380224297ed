import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the tickets made here must not change another file's queue.
let server: RunningServer;
let baseUrl: string;

interface Created {
  id: string;
  number: string;
}

const BETA = { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' };

async function createTicket(token: string, subject: string, options: { critical?: boolean; minutesAgo?: number } = {}): Promise<Created> {
  const data = await graphql<{ createTicket: Created }>(
    baseUrl,
    'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }',
    {
      input: {
        identifier: 'DL-EXT-0001',
        organizationName: 'ПАО Бета',
        contact: BETA,
        subject,
        description: 'Заявка для проверки доски команды.',
        category: options.critical ? 'INCIDENT' : 'INSTALLATION_CONFIGURATION',
        criticality: options.critical ? 'CRITICAL' : 'NON_CRITICAL',
        channel: options.minutesAgo ? 'PHONE' : 'PORTAL',
        ...(options.minutesAgo ? { receivedAt: new Date(Date.now() - options.minutesAgo * 60_000).toISOString() } : {}),
      },
    },
    token,
  );
  return data.createTicket;
}

async function startWork(token: string, ticketId: string): Promise<void> {
  await graphql(baseUrl, 'mutation ($id: ID!) { startWork(ticketId: $id) { id } }', { id: ticketId }, token);
}

async function assigneeEmail(token: string, ticketId: string): Promise<string | null> {
  const data = await graphql<{ ticket: { assignee: { email: string } | null } | null }>(
    baseUrl,
    'query ($id: ID!) { ticket(id: $id) { assignee { email } } }',
    { id: ticketId },
    token,
  );
  return data.ticket?.assignee?.email ?? null;
}

const column = (page: Page, agentName: string) => page.locator(`[data-testid="board-column"][data-agent-name="${agentName}"]`);
const card = (page: Page, number: string) => page.locator(`[data-testid="board-card"][data-ticket-number="${number}"]`);

describe('team board and SLA report against the real server', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let agentToken: string;
  let leadToken: string;
  let customerToken: string;
  let dragged: Created;

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    // Downloads (the report's CSV) are accepted: Playwright's default.
    ({ page, errors } = await openPage(browser));
    [agentToken, leadToken, customerToken] = await Promise.all([login(baseUrl, 'agent1@demo.local'), login(baseUrl, 'lead@demo.local'), login(baseUrl, 'beta@demo.local')]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('TKT-6: a team lead drags a ticket from agent1 to agent2; the API confirms the new assignee', async () => {
    dragged = await createTicket(customerToken, 'E2E доска: перенести на Марию');
    await startWork(agentToken, dragged.id);
    expect(await assigneeEmail(leadToken, dragged.id)).toBe('agent1@demo.local');

    await page.goto(`${baseUrl}/team`);
    await page.waitForURL(/\/sign-in/);
    await signIn(page, 'lead@demo.local');
    await page.waitForURL(`${baseUrl}/team`);
    await card(page, dragged.number).waitFor();
    expect(await column(page, 'Алексей Инженеров').locator(`[data-ticket-number="${dragged.number}"]`).count()).toBe(1);
    // The demo's four unassigned tickets wait in the first column, and the lead has a column too.
    const names = await page.locator('[data-testid="board-column"]').evaluateAll((cols) => cols.map((c) => c.getAttribute('data-agent-name')));
    expect(names).toEqual(['', 'Алексей Инженеров', 'Ирина Руководитель', 'Мария Поддержкина']);
    await page.locator('[data-testid="board-mode"][data-mode="live"]').waitFor({ timeout: 15_000 });
    await screenshot(page, 'team-01-board');

    await card(page, dragged.number).dragTo(column(page, 'Мария Поддержкина'));
    await column(page, 'Мария Поддержкина').locator(`[data-ticket-number="${dragged.number}"]`).waitFor();
    expect(await page.getByTestId('board-flash').textContent()).toContain(`Заявка ${dragged.number} назначена: Мария Поддержкина`);
    await eventually(async () => expect(await assigneeEmail(leadToken, dragged.id)).toBe('agent2@demo.local'));
    expect(await column(page, 'Мария Поддержкина').getByTestId('agent-load').getAttribute('data-open')).toBe('1');
    await screenshot(page, 'team-02-after-drag');
  });

  it('TKT-6: the same with the keyboard-accessible picker, back to agent1', async () => {
    const target = card(page, dragged.number);
    await target.getByTestId('reassign-toggle').focus();
    await page.keyboard.press('Enter');
    const select = target.getByTestId('reassign-select');
    await expect.poll(() => select.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByLabel(`Новый исполнитель заявки ${dragged.number}`).count()).toBe(1);
    const agent1Id = await column(page, 'Алексей Инженеров').getAttribute('data-agent-id');
    await select.selectOption(agent1Id ?? '');
    await screenshot(page, 'team-03-picker');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reassign-submit');
    await page.keyboard.press('Enter');
    await column(page, 'Алексей Инженеров').locator(`[data-ticket-number="${dragged.number}"]`).waitFor();
    await eventually(async () => expect(await assigneeEmail(leadToken, dragged.id)).toBe('agent1@demo.local'));
  });

  it('SLA-7: a breached ticket arrives live and goes first in its column', async () => {
    // A call registered 25 minutes after it started: a P1 already past its 20-minute deadline.
    const breached = await createTicket(agentToken, 'E2E доска: просроченный звонок', { critical: true, minutesAgo: 25 });
    const unassigned = column(page, '');
    await unassigned.locator(`[data-ticket-number="${breached.number}"]`).waitFor({ timeout: 15_000 });
    const first = unassigned.getByTestId('board-card').first();
    expect(await first.getAttribute('data-ticket-number')).toBe(breached.number);
    expect(await first.getAttribute('data-attention')).toBe('true');
    expect(await first.getByTestId('flag-breached').textContent()).toBe('Реакция просрочена');
    // Attention cards never come after calm ones, in any column.
    const flags = await page.locator('[data-testid="board-column"]').evaluateAll((cols) =>
      cols.map((c) => Array.from(c.querySelectorAll('[data-testid="board-card"]')).map((card) => card.getAttribute('data-attention'))),
    );
    for (const list of flags) expect(list.join(',')).toMatch(/^(true,?)*(false,?)*$/);
    await page.mouse.move(0, 0);
    await screenshot(page, 'team-04-breached-first');
  });

  it('SLA-9: the compliance report draws its charts and exports a CSV that Excel reads as UTF-8', async () => {
    await page.getByRole('link', { name: 'Отчёт SLA' }).click();
    await page.waitForURL(`${baseUrl}/reports/sla`);
    await page.locator('[data-testid="compliance-row"]').first().waitFor();
    // ECharts draws on canvas, one per breakdown that has data.
    await expect.poll(() => page.locator('[data-testid="compliance-chart"] canvas').count(), { timeout: 15_000 }).toBe(4);
    const levels = await page.locator('[data-testid="compliance-row"][data-breakdown="LEVEL"]').allTextContents();
    expect(levels.join(' ')).toContain('Расширенный');
    // The breach above raised SLA-7 toasts; close them so the charts show in the screenshot.
    for (let toasts = await page.getByTestId('alert-toast-dismiss').count(); toasts > 0; toasts -= 1) await page.getByTestId('alert-toast-dismiss').first().click();
    await page.waitForTimeout(400); // the bars animate in for 300 ms
    await screenshot(page, 'team-05-sla-report');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^sla-compliance_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Разрез;Группа;Выполнено;Нарушено;Всего;Соблюдение, %');
    expect(lines.some((line) => line.startsWith('По уровню обслуживания;Расширенный;'))).toBe(true);

    // SLA-9 drill-down (#14): the EXTENDED total opens as exactly that many tickets, each with its reaction.
    const extended = page.locator('[data-testid="compliance-row"][data-breakdown="LEVEL"]', { hasText: 'Расширенный' });
    const total = Number((await extended.getByTestId('drill-total').textContent())?.trim());
    expect(total).toBeGreaterThan(0);
    await extended.getByTestId('drill-total').click();
    await page.getByTestId('compliance-tickets-total').waitFor();
    await expect.poll(() => page.locator('[data-testid="compliance-ticket"]').count(), { timeout: 15_000 }).toBe(Math.min(total, 200));
    expect(await page.getByTestId('compliance-tickets-total').textContent()).toContain(String(total));
    await page.getByTestId('compliance-tickets').scrollIntoViewIfNeeded();
    await screenshot(page, 'team-06-sla-drill-down');
  });

  it('ran without errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
