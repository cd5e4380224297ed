import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the tickets made here must not change another file's queue or board.
let server: RunningServer;
let baseUrl: string;

interface Created {
  id: string;
  number: string;
}

const BETA = { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' };

async function createTicket(token: string, subject: string, description = 'Заявка рабочего дня инженера.'): Promise<Created> {
  const data = await graphql<{ createTicket: Created }>(
    baseUrl,
    'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }',
    { input: { identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета', contact: BETA, subject, description, category: 'INCIDENT', criticality: 'NON_CRITICAL', channel: 'PORTAL' } },
    token,
  );
  return data.createTicket;
}

const row = (page: Page, number: string) => page.locator(`[data-testid="work-row"][data-ticket-number="${number}"]`);
const viewCount = (page: Page, viewId: string) => page.locator(`[data-testid="view-nav-item"][data-view-id="${viewId}"] [data-testid="view-count"]`);
const card = (page: Page, number: string) => page.locator(`[data-testid="board-card"][data-ticket-number="${number}"]`);
const column = (page: Page, agentName: string) => page.locator(`[data-testid="board-column"][data-agent-name="${agentName}"]`);

describe("the agent's and team lead's working day (#13) against the real server", () => {
  let browser: Browser;
  let agent: Page;
  let agentErrors: string[];
  let customerToken: string;
  let taken: Created;

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: agent, errors: agentErrors } = await openPage(browser));
    customerToken = await login(baseUrl, 'beta@demo.local');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an agent takes a ticket in the queue and finds it in "My work" without typing a URL', async () => {
    taken = await createTicket(customerToken, 'E2E: не загружается АРМ оператора');
    await agent.goto(`${baseUrl}/`);
    await signIn(agent, 'agent1@demo.local');
    await agent.waitForURL(`${baseUrl}/queue`);
    const queued = agent.locator(`[data-testid="queue-row"][data-ticket-number="${taken.number}"]`);
    await queued.waitFor();
    await queued.getByTestId('start-work').click();
    await eventually(async () => expect(await queued.count()).toBe(0));

    await agent.getByTestId('nav-work').click();
    await agent.waitForURL(/\/work/);
    await agent.locator('[data-testid="work-mode"][data-mode="live"]').waitFor({ timeout: 15_000 });
    await row(agent, taken.number).waitFor();
    expect(await viewCount(agent, 'MINE_IN_PROGRESS').textContent()).toBe('1');
    await screenshot(agent, 'work-01-my-work');
  });

  it('the agent saves a view of one organization\'s incidents they hold, chosen from lists, and the ticket is in it', async () => {
    await agent.getByTestId('new-view').click();
    const form = agent.getByTestId('save-view-form');
    await form.locator('input[name="name"]').fill('Бета: мои инциденты');
    await form.locator('[data-testid="view-category"][value="INCIDENT"]').check();
    await form.getByTestId('view-organizations').locator('option', { hasText: 'ПАО Бета' }).waitFor({ state: 'attached' });
    await form.getByTestId('view-organizations').selectOption({ label: 'ПАО Бета' });
    await form.getByTestId('view-assignees').selectOption({ label: 'Алексей Инженеров' });
    await screenshot(agent, 'work-05-saved-view-form');
    await form.getByTestId('save-view-submit').click();
    await row(agent, taken.number).waitFor();
    await eventually(async () => expect(await agent.locator('[data-testid="work-row"]').count()).toBe(1));
    await agent.locator('[data-testid="view-nav-item"][data-view-id="MINE_IN_PROGRESS"]').click();
    await row(agent, taken.number).waitFor();
  });

  it("a customer replies in the portal: the agent's bell and views update without a reload", async () => {
    const token = await login(baseUrl, 'agent1@demo.local');
    await graphql(baseUrl, 'mutation ($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "Пришлите, пожалуйста, журнал событий") { id } }', { id: taken.id }, token);
    await agent.locator(`[data-testid="view-nav-item"][data-view-id="MINE_WAITING"]`).click();
    await row(agent, taken.number).waitFor();

    const { context, page: customer } = await openPage(browser);
    await customer.goto(`${baseUrl}/portal/tickets/${taken.id}`);
    await signIn(customer, 'beta@demo.local');
    await customer.getByTestId('answer-form').waitFor();
    await customer.getByTestId('answer-body').fill('Журнал событий приложен, ошибка повторяется после перезагрузки.');
    await customer.getByTestId('answer-submit').click();

    // No reload: the bell counts the reply, and the ticket moves to "customer answered".
    await agent.getByTestId('staff-bell-unread').waitFor({ timeout: 10_000 });
    await eventually(async () => expect(await row(agent, taken.number).count()).toBe(0));
    await eventually(async () => expect(await viewCount(agent, 'MINE_ANSWERED').textContent()).toBe('1'));
    await agent.getByTestId('staff-bell').click();
    const note = agent.locator(`[data-testid="staff-bell-item"][data-kind="CUSTOMER_REPLY"][data-ticket-number="${taken.number}"]`);
    await note.waitFor();
    expect(await note.getAttribute('data-read')).toBe('false');
    await screenshot(agent, 'work-02-bell-customer-reply');
    await note.locator('button').click();
    await agent.waitForURL(`${baseUrl}/tickets/${taken.id}`);
    await eventually(async () => expect(await agent.getByTestId('staff-bell-unread').count()).toBe(0));
    // Read survives a reload (it is stored on the server).
    await agent.reload();
    await agent.getByTestId('staff-bell').waitFor();
    expect(await agent.getByTestId('staff-bell-unread').count()).toBe(0);
    await context.close();
  });

  it('#19: the agent inserts the team\'s text module from the composer with Ctrl+., its variables filled from the ticket', async () => {
    const lead = await login(baseUrl, 'lead@demo.local');
    await graphql(
      baseUrl,
      'mutation ($input: ReplyTemplateInput!) { createReplyTemplate(input: $input) { id } }',
      { input: { title: 'Журнал получен', bodyRu: '{{contactName}}, журнал по заявке {{ticketNumber}} получен, разбираемся. {{agentName}}', shared: true } },
      lead,
    );
    await agent.goto(`${baseUrl}/tickets/${taken.id}`);
    const body = agent.getByTestId('composer-body');
    await body.waitFor();
    await body.fill('Спасибо! ');
    await body.press('End');
    await body.press('Control+.');
    await agent.getByTestId('template-search').fill('журнал');
    await agent.locator('[data-testid="template-option"]', { hasText: 'Журнал получен' }).waitFor();
    await agent.locator('[data-testid="template-search"][aria-busy="false"]').waitFor();
    await screenshot(agent, 'work-06-text-module-picker');
    await agent.keyboard.press('Enter');
    await eventually(async () =>
      expect(await body.inputValue()).toBe(`Спасибо! Борис Бетов, журнал по заявке ${taken.number} получен, разбираемся. Алексей Инженеров`),
    );
    await screenshot(agent, 'work-07-text-module-inserted');
    await body.fill('');
    await agent.getByTestId('template-picker-open').click();
    await agent.getByTestId('template-manage').click();
    await agent.locator('[data-testid="templates-team"] [data-testid="template-row"][data-template-title="Журнал получен"]').waitFor();
    await screenshot(agent, 'work-08-templates-page');
  });

  it('search from the keyboard: "/" from any page, results as you type, Enter opens the ticket', async () => {
    const found = await createTicket(customerToken, 'E2E: истёк сертификат ФСТЭК на СЗИ', 'Нужны сроки действия сертификатов.');
    await agent.goto(`${baseUrl}/queue`);
    await agent.locator('[data-testid="queue-mode"]').waitFor();
    await agent.locator('body').click({ position: { x: 5, y: 300 } });
    await agent.keyboard.press('/');
    expect(await agent.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('global-search');
    await agent.keyboard.type('сертификатов');
    const hit = agent.locator(`[data-testid="search-hit"][data-ticket-number="${found.number}"]`);
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toBe('сертификат');
    await screenshot(agent, 'work-03-search');
    await agent.keyboard.press('Enter');
    await agent.waitForURL(`${baseUrl}/tickets/${found.id}`);
  });

  it("a lead's board moves a card when another lead reassigns, without polling", async () => {
    const { context, page: lead, errors: leadErrors } = await openPage(browser);
    await lead.goto(`${baseUrl}/team`);
    await signIn(lead, 'lead@demo.local');
    await lead.waitForURL(`${baseUrl}/team`);
    await lead.locator('[data-testid="board-mode"][data-mode="live"]').waitFor({ timeout: 15_000 });
    await column(lead, 'Алексей Инженеров').locator(`[data-ticket-number="${taken.number}"]`).waitFor();

    // The admin is a lead role too (TKT-6): another lead's reassignment, through the API.
    const admin = await login(baseUrl, 'admin@demo.local');
    const agent2 = (await graphql<{ staff: { id: string; email: string }[] }>(baseUrl, '{ staff { id email } }', {}, admin)).staff.find((s) => s.email === 'agent2@demo.local')!;
    const before = Date.now();
    await graphql(baseUrl, 'mutation ($id: ID!, $to: ID!) { assignTicket(ticketId: $id, assigneeId: $to) { id } }', { id: taken.id, to: agent2.id }, admin);
    await column(lead, 'Мария Поддержкина').locator(`[data-ticket-number="${taken.number}"]`).waitFor({ timeout: 5_000 });
    const moved = Date.now() - before;
    expect(moved).toBeLessThan(3_000);
    await screenshot(lead, 'work-04-board-moved');

    // Unassign from the card: it leaves Мария's column (the unassigned column shows only tickets still waiting for a reaction).
    await card(lead, taken.number).getByTestId('board-unassign').click();
    await eventually(async () => expect(await column(lead, 'Мария Поддержкина').locator(`[data-ticket-number="${taken.number}"]`).count()).toBe(0), { timeoutMs: 5_000 });
    expect(await lead.getByTestId('board-flash').textContent()).toContain(`Заявка ${taken.number} снята с исполнителя`);
    expect(leadErrors).toEqual([]);
    await context.close();
  });

  it('the console ran clean', () => {
    expect(agentErrors).toEqual([]);
  });
});
