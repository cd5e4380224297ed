import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { eventually, launchBrowser, openPage, screenshot, screenshotAtTop } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the tickets the macros change must not show up in another file's queue.
let server: RunningServer;
let baseUrl: string;

const BETA = { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' };

async function createTicket(token: string, subject: string): Promise<{ id: string; number: string }> {
  const data = await graphql<{ createTicket: { id: string; number: string } }>(
    baseUrl,
    'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }',
    { input: { identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета', contact: BETA, subject, description: 'Макросы: проверка.', category: 'INCIDENT', criticality: 'NON_CRITICAL', channel: 'PORTAL' } },
    token,
  );
  return data.createTicket;
}

const status = (page: Page) => page.getByTestId('ticket-status');

describe('macros (#19): written beside the templates, applied from the ticket page', () => {
  let browser: Browser;
  let lead: Page;
  let errors: string[];
  let customerToken: string;
  let templateId: string;

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: lead, errors } = await openPage(browser));
    customerToken = await login(baseUrl, 'beta@demo.local');
    const leadToken = await login(baseUrl, 'lead@demo.local');
    ({ createReplyTemplate: { id: templateId } } = await graphql<{ createReplyTemplate: { id: string } }>(
      baseUrl,
      'mutation ($input: ReplyTemplateInput!) { createReplyTemplate(input: $input) { id } }',
      { input: { title: 'Запрос журнала', bodyRu: 'Здравствуйте, {{contactName}}! Пришлите, пожалуйста, журнал событий по заявке {{ticketNumber}}.', shared: true } },
      leadToken,
    ));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a team lead writes a team macro from the templates page: take into work, then ask for the log', async () => {
    await lead.goto(`${baseUrl}/`);
    await signIn(lead, 'lead@demo.local');
    await lead.waitForURL(/\/queue/);
    await lead.goto(`${baseUrl}/templates`);
    await lead.getByTestId('templates-macros-link').click();
    await lead.waitForURL(/\/macros/);
    await lead.getByTestId('macro-new').click();
    const form = lead.getByTestId('macro-form');
    // Nothing chosen: the server's "at least one thing" comes back above the form.
    await form.getByTestId('macro-name').fill('Взять и запросить журнал');
    await form.getByTestId('macro-save').click();
    await form.locator('[role="alert"]').waitFor();
    expect(await form.locator('[role="alert"]').textContent()).toContain('at least one thing');
    await form.getByTestId('macro-shared').check();
    await form.getByTestId('macro-template').locator('option', { hasText: 'Запрос журнала' }).waitFor({ state: 'attached' });
    await form.getByTestId('macro-template').selectOption({ label: 'Запрос журнала' });
    await form.getByTestId('macro-reply-kind').selectOption('CLARIFYING_QUESTION');
    await form.getByTestId('macro-status').selectOption('IN_PROGRESS');
    await screenshot(lead, 'macros-01-form');
    await form.getByTestId('macro-save').click();
    const row = lead.locator('[data-testid="macro-row"][data-macro-name="Взять и запросить журнал"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Запрос журнала');
    await screenshotAtTop(lead, 'macros-02-list');
  });

  it('applied from the ticket page (Alt+M): the reaction, the reply and both status changes land on the timeline', async () => {
    const ticket = await createTicket(customerToken, 'E2E: макрос на новой заявке');
    await lead.goto(`${baseUrl}/tickets/${ticket.id}`);
    await status(lead).waitFor();
    expect(await status(lead).getAttribute('data-status')).toBe('NEW');
    await lead.keyboard.press('Alt+KeyM');
    const item = lead.locator('[data-testid="macro-menu-item"][data-macro-name="Взять и запросить журнал"]');
    await item.waitFor();
    await screenshot(lead, 'macros-03-menu');
    await item.click();
    await eventually(async () => expect(await status(lead).getAttribute('data-status')).toBe('WAITING_FOR_CUSTOMER'));
    expect(await lead.getByTestId('ticket-flash').textContent()).toContain('Взять и запросить журнал');
    await eventually(async () => expect(await lead.locator('body').textContent()).toContain(`Пришлите, пожалуйста, журнал событий по заявке ${ticket.number}`));
    await screenshotAtTop(lead, 'macros-04-applied');
  });

  it('a refused macro says why and leaves the ticket as it was', async () => {
    const leadToken = await login(baseUrl, 'lead@demo.local');
    await graphql(baseUrl, 'mutation ($input: MacroInput!) { createMacro(input: $input) { id } }', { input: { name: 'Только ответ', replyTemplateId: templateId } }, leadToken);
    const ticket = await createTicket(customerToken, 'E2E: макрос, который нельзя применить');
    await lead.goto(`${baseUrl}/tickets/${ticket.id}`);
    await status(lead).waitFor();
    await lead.getByTestId('macro-menu-open').click();
    // A reply needs the reaction first (SLA-2): the whole macro is refused, nothing of it applied.
    await lead.locator('[data-testid="macro-menu-item"][data-macro-name="Только ответ"]').click();
    const flash = lead.getByTestId('ticket-flash');
    await eventually(async () => expect(await flash.textContent()).toContain('не применён'));
    expect(await flash.getAttribute('role')).toBe('alert');
    expect(await flash.textContent()).toContain('start work on it first');
    expect(await status(lead).getAttribute('data-status')).toBe('NEW');
    await screenshotAtTop(lead, 'macros-05-refused');
    expect(errors).toEqual([]);
  });
});
