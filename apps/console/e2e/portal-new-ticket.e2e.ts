import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login, queueNumbers } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { field, fieldProblem, moscowMinute, signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: the tickets made here must not change another file's queue or lists.
let server: RunningServer;
let baseUrl: string;

/** What the public API promises for a request arriving this minute (SLA-1..5), as the portal prints it. */
async function expectedDeadline(criticality: 'CRITICAL' | 'NON_CRITICAL'): Promise<string> {
  const minute = new Date();
  minute.setSeconds(0, 0);
  const data = await graphql<{ responseDeadline: string }>(
    baseUrl,
    'query ($c: Criticality!, $at: DateTime!) { responseDeadline(supportLevel: EXTENDED, criticality: $c, receivedAt: $at) }',
    { c: criticality, at: minute.toISOString() },
  );
  return `${moscowMinute.format(new Date(data.responseDeadline))} МСК`;
}

async function agentDoes(token: string, mutation: string, variables: Record<string, unknown>): Promise<void> {
  await graphql(baseUrl, mutation, variables, token);
}

async function queueRowNumbers(page: Page): Promise<string[]> {
  return page.locator('[data-testid="queue-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-number') ?? ''));
}

describe('customer portal against the real server', () => {
  let browser: Browser;
  let agent: Page;
  let customer: Page;
  let agentErrors: string[];
  let customerErrors: string[];
  let agentToken: string;
  let ticket: { id: string; number: string };

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: agent, errors: agentErrors } = await openPage(browser, { height: 760 }));
    ({ page: customer, errors: customerErrors } = await openPage(browser));
    agentToken = await login(baseUrl, 'agent1@demo.local');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an agent watches the live queue in a second browser context', async () => {
    await agent.goto(`${baseUrl}/queue`);
    await signIn(agent, 'agent1@demo.local');
    await agent.waitForURL(`${baseUrl}/queue`);
    await agent.locator('[data-testid="queue-row"]').nth(3).waitFor();
    await agent.locator('[data-testid="queue-mode"][data-mode="live"]').waitFor({ timeout: 15_000 });
  });

  it('SLA-1, TKT-1: the customer sees the guaranteed response deadline before sending, for the criticality chosen', async () => {
    await customer.goto(`${baseUrl}/portal/new`);
    await customer.waitForURL(/\/sign-in/);
    await signIn(customer, 'beta@demo.local');
    await customer.waitForURL(`${baseUrl}/portal/new`);
    await customer.getByTestId('new-ticket-form').waitFor();

    // ПАО Бета's contracts are both EXTENDED: one deadline, 45 minutes for a non-critical request, around the clock.
    const preview = customer.getByTestId('deadline-preview');
    // The level follows the customer's contracts, which arrive after the form.
    await eventually(async () => expect(await preview.getAttribute('data-level')).toBe('EXTENDED'));
    await eventually(async () => expect(await preview.getByTestId('deadline-at').textContent()).toBe(await expectedDeadline('NON_CRITICAL')));

    await customer.getByTestId('criticality-critical').check();
    await eventually(async () => expect(await preview.getByTestId('deadline-at').textContent()).toBe(await expectedDeadline('CRITICAL')));
    expect(await preview.textContent()).toContain('в течение 20 мин');

    // TKT-1: only an incident can be critical.
    await customer.getByTestId('category-select').selectOption('FEATURE_REQUEST');
    expect(await customer.getByTestId('criticality-critical').isDisabled()).toBe(true);
    expect(await customer.getByTestId('criticality-non-critical').isChecked()).toBe(true);
    await customer.getByTestId('category-select').selectOption('INCIDENT');
    await customer.getByTestId('criticality-critical').check();
    await customer.getByTestId('contract-select').selectOption({ label: 'Dallas Lock 8.0 — DL-EXT-0001 · Расширенный' });
    expect(await field(customer, 'identifier').inputValue()).toBe('DL-EXT-0001');
    expect(await field(customer, 'organizationName').inputValue()).toBe('ПАО Бета');
    await screenshot(customer, 'portal-01-new-ticket-preview');
  });

  it('ID-1: the server’s validation problems appear next to their fields', async () => {
    await field(customer, 'contact.phone').fill('позвоните мне');
    await field(customer, 'subject').fill('E2E портал: АРМ не загружается после обновления');
    await field(customer, 'description').fill('После установки обновления 8.0.565 АРМ зависает на экране входа.');
    await field(customer, 'productVersion').fill('8.0');
    await field(customer, 'buildNumber').fill('565');
    await field(customer, 'osVersion').fill('Windows 10 Pro 22H2');
    await field(customer, 'osBitness').selectOption('X64');
    await field(customer, 'occursWhen').fill('При каждой загрузке после обновления');
    await field(customer, 'stepsToReproduce').fill('1. Установить обновление\n2. Перезагрузить АРМ');
    await field(customer, 'errorText').fill('Ошибка инициализации модуля аутентификации (0x80070005)');
    await field(customer, 'installedSoftware').fill('Kaspersky Endpoint Security 12, КриптоПро CSP 5');
    await customer.getByTestId('submit-ticket').click();

    await fieldProblem(customer, 'contact.phone').waitFor();
    expect(await fieldProblem(customer, 'contact.phone').textContent()).toBe('Это не похоже на номер телефона');
    expect(await fieldProblem(customer, 'contact.position').textContent()).toBe('Обязательное поле');
    expect(await field(customer, 'contact.phone').getAttribute('aria-invalid')).toBe('true');
    expect(await customer.getByTestId('form-errors').textContent()).toContain('Исправьте 2 поля');
    // Focus goes to the first field with a problem.
    expect(await customer.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('contact.position');
    await screenshot(customer, 'portal-02-server-errors');
  });

  it('the customer sends it; it appears live in the agent’s queue at its SLA-6 position', async () => {
    await field(customer, 'contact.position').fill('Инженер');
    await field(customer, 'contact.phone').fill('+7 495 000-00-02');
    await customer.getByTestId('submit-ticket').click();
    await customer.waitForURL(/\/portal\/tickets\/\d+\?created=1$/);
    const sentAt = Date.now();
    const banner = customer.getByTestId('ticket-banner');
    await banner.waitFor();
    const number = (await customer.getByTestId('ticket-title').locator('.mono').textContent())?.trim() ?? '';
    ticket = { id: customer.url().match(/tickets\/(\d+)/)?.[1] ?? '', number };
    expect(await banner.textContent()).toContain(`Заявка ${number} зарегистрирована`);
    // Every appendix-1 detail went in with createTicket (TKT-8).
    const details = await customer.locator('.details').textContent();
    expect(details).toContain('При каждой загрузке после обновления');
    expect(details).toContain('Ошибка инициализации модуля аутентификации (0x80070005)');
    await screenshot(customer, 'portal-03-ticket-created');

    const row = agent.locator(`[data-testid="queue-row"][data-ticket-number="${number}"]`);
    await row.waitFor({ timeout: 15_000 });
    // Live over queueChanged, well before the 10 s fallback poll.
    expect(Date.now() - sentAt).toBeLessThan(8_000);
    const expected = await queueNumbers(baseUrl, agentToken);
    // SLA-6: P1 (CRITICAL + EXTENDED), after the demo's P1 that is due earlier.
    expect(expected.indexOf(number)).toBe(1);
    await eventually(async () => expect(await queueRowNumbers(agent)).toEqual(expected));
    expect(await row.getByTestId('priority').textContent()).toBe('P1');
    await agent.mouse.move(0, 0);
    await screenshot(agent, 'portal-04-agent-queue');
  });

  it('TKT-2, TKT-9: the customer follows the ticket live: the reaction, a question, the answer, the expected date', async () => {
    const status = customer.getByTestId('ticket-status');
    await agentDoes(agentToken, 'mutation ($id: ID!) { startWork(ticketId: $id) { id } }', { id: ticket.id });
    await eventually(async () => expect(await status.getAttribute('data-status')).toBe('IN_PROGRESS'));

    await agentDoes(agentToken, 'mutation ($id: ID!, $body: String!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: $body) { id } }', {
      id: ticket.id,
      body: 'Пришлите, пожалуйста, версию BIOS и отчёт msinfo32.',
    });
    await eventually(async () => expect(await status.getAttribute('data-status')).toBe('WAITING_FOR_CUSTOMER'));
    await customer.locator('[data-testid="ticket-message"][data-kind="CLARIFYING_QUESTION"]').waitFor();
    expect(await customer.getByTestId('answer-form').locator('label').textContent()).toBe('Ответ специалисту');
    await screenshot(customer, 'portal-05-question');

    await customer.getByTestId('answer-body').fill('BIOS American Megatrends 1.2.3, отчёт отправил на почту.');
    await customer.getByTestId('answer-submit').click();
    await eventually(async () => expect(await status.getAttribute('data-status')).toBe('IN_PROGRESS'));
    await customer.locator('[data-testid="ticket-message"][data-kind="CUSTOMER_REPLY"]').waitFor();

    const expectedAt = new Date(Date.now() + 2 * 86_400_000);
    expectedAt.setSeconds(0, 0);
    await agentDoes(agentToken, 'mutation ($id: ID!, $at: DateTime) { setExpectedResolution(ticketId: $id, at: $at) { id } }', { id: ticket.id, at: expectedAt.toISOString() });
    await eventually(async () => expect(await customer.getByTestId('ticket-expected').textContent()).toBe(`${moscowMinute.format(expectedAt)} МСК`));
    // Internal notes never reach the customer.
    await agentDoes(agentToken, 'mutation ($id: ID!) { addInternalNote(ticketId: $id, body: "Внутренняя заметка E2E") { id } }', { id: ticket.id });
    await customer.reload();
    await customer.getByTestId('ticket-timeline').waitFor();
    expect(await customer.locator('body').textContent()).not.toContain('Внутренняя заметка E2E');
  });

  it('TKT-4: after the ticket is closed, a new message registers a new linked ticket and the page moves to it', async () => {
    await agentDoes(agentToken, 'mutation ($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED, note: "Обновлён модуль аутентификации." }) { id } }', {
      id: ticket.id,
    });
    await eventually(async () => expect(await customer.getByTestId('ticket-status').getAttribute('data-status')).toBe('CLOSED'));
    expect(await customer.getByTestId('answer-submit').textContent()).toContain('Отправить как новую заявку');

    await customer.getByTestId('answer-body').fill('Ошибка снова появилась после перезагрузки.');
    await customer.getByTestId('answer-submit').click();
    await customer.waitForURL(new RegExp(`/portal/tickets/\\d+\\?continuedFrom=${ticket.number}$`));
    const banner = customer.getByTestId('ticket-banner');
    await banner.waitFor();
    const next = (await customer.getByTestId('ticket-title').locator('.mono').textContent())?.trim() ?? '';
    expect(next).not.toBe(ticket.number);
    expect(await banner.textContent()).toBe(`Заявка ${ticket.number} была закрыта, поэтому ваше сообщение зарегистрировано как новая заявка ${next}, связанная с ней.`);
    const linked = await graphql<{ ticket: { continues: { number: string } | null } }>(
      baseUrl,
      'query ($id: ID!) { ticket(id: $id) { continues { number } } }',
      { id: customer.url().match(/tickets\/(\d+)/)?.[1] },
      agentToken,
    );
    expect(linked.ticket.continues?.number).toBe(ticket.number);
    await screenshot(customer, 'portal-06-continued');
  });

  it('a partner switches between the customers it serves; LVL-4 extensions follow the customer', async () => {
    const { context: partnerContext, page: partner, errors: partnerErrors } = await openPage(browser);
    await partner.goto(`${baseUrl}/portal`);
    await signIn(partner, 'partner@demo.local');
    await partner.waitForURL(`${baseUrl}/portal`);
    await partner.getByTestId('customer-switch').waitFor();
    await partner.locator('[data-testid="portal-ticket-row"]').first().waitFor();
    const options = await partner.locator('[data-testid="customer-option"]').evaluateAll((inputs) => inputs.map((i) => i.parentElement?.textContent?.trim()));
    expect(options).toEqual(['Все клиенты', 'АО Альфа']);
    await partner.locator('label', { hasText: 'АО Альфа' }).click();
    await partner.waitForURL(/customer=\d+/);
    const alfaId = new URL(partner.url()).searchParams.get('customer');
    await eventually(async () => {
      const orgs = await partner.locator('[data-testid="portal-ticket-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-organization-id')));
      expect(orgs.length).toBeGreaterThan(0);
      expect(new Set(orgs)).toEqual(new Set([alfaId]));
    });
    // АО Альфа holds a BASIC contract: its extensions (LVL-4).
    expect(await partner.locator('[data-testid="help-extensions"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-level')))).toEqual(['BASIC']);
    expect(await partner.getByTestId('help-panel').textContent()).toContain('231, 267, 260, 386, 353, 225, 7728');
    await screenshot(partner, 'portal-07-partner');
    expect(partnerErrors).toEqual([]);
    await partnerContext.close();
  });

  it('#19: the customer finds the answer while typing; "this answered my question" sends no ticket', async () => {
    const token = await login(baseUrl, 'beta@demo.local');
    const count = async () => (await graphql<{ tickets: { totalCount: number } }>(baseUrl, '{ tickets(first: 1) { totalCount } }', {}, token)).tickets.totalCount;
    const before = await count();
    await customer.goto(`${baseUrl}/portal/new`);
    await customer.getByTestId('new-ticket-form').waitFor();
    await customer.getByTestId('contract-select').selectOption({ label: 'Dallas Lock 8.0 — DL-EXT-0001 · Расширенный' });
    await field(customer, 'subject').fill('Ошибки аутентификации у доменных пользователей');
    await field(customer, 'description').fill('Не входят в систему после обновления, где руководство администратора?');
    const article = customer.locator('[data-testid="self-service-article"]', { hasText: 'Ошибка аутентификации при входе в систему' });
    await article.waitFor({ timeout: 10_000 });
    await customer.locator('[data-testid="self-service-document"]', { hasText: 'Руководство администратора' }).first().waitFor();
    await screenshot(customer, 'portal-08-self-service');
    await article.getByTestId('self-service-answered').click();
    await customer.getByTestId('self-service-thanks').waitFor();
    expect(await count()).toBe(before);
    await screenshot(customer, 'portal-09-self-service-thanks');
  });

  it('ran without errors in the browser consoles', () => {
    expect(agentErrors).toEqual([]);
    expect(customerErrors).toEqual([]);
  });
});
