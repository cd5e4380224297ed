import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { launchBrowser, openPage, screenshotAtTop } from './support/browser';
import { field, moscowMinute, signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

/**
 * Issue #6 against the real server: an agent registers a call as a ticket
 * (TKT-11: channel PHONE, the call's start as its arrival), an expired
 * contract is refused as ID-2 says, and integrators browse the schema and
 * manage API tokens. Its own server: these tickets must not show up in
 * another file's queue.
 */
/** "2026-02-16T10:05:30": a Moscow wall-clock time, as the call-start input takes it. */
function moscowInput(date: Date): string {
  return new Date(date.getTime() + 3 * 3_600_000).toISOString().slice(0, 19);
}

interface PhoneTicket {
  id: string;
  number: string;
  channel: string;
  receivedAt: string;
  status: string;
  supportLevel: string;
  rejectionReason: string | null;
  occursWhen: string | null;
  errorText: string | null;
  organization: { name: string };
}

describe('phone registration and the integrator page against the real server', () => {
  let server: RunningServer;
  let baseUrl: string;
  let browser: Browser;
  let agent: Page;
  let agentErrors: string[];
  let agentToken: string;

  async function apiTicket(id: string): Promise<PhoneTicket> {
    const data = await graphql<{ ticket: PhoneTicket }>(
      baseUrl,
      'query ($id: ID!) { ticket(id: $id) { id number channel receivedAt status supportLevel rejectionReason occursWhen errorText organization { name } } }',
      { id },
      agentToken,
    );
    return data.ticket;
  }

  async function fillCaller(page: Page, subject: string): Promise<void> {
    await field(page, 'contact.fullName').fill('Анна Альфина');
    await field(page, 'contact.position').fill('Администратор ИБ');
    await field(page, 'contact.phone').fill('+7 812 000-00-01');
    await field(page, 'subject').fill(subject);
    await field(page, 'description').fill('После обновления АРМ не входит в домен; звонок на линию поддержки.');
  }

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: agent, errors: agentErrors } = await openPage(browser));
    agentToken = await login(baseUrl, 'agent1@demo.local');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('TKT-11: an agent registers a call for DL-BASIC-0001; the ticket has channel PHONE and the call start as receivedAt', async () => {
    await agent.goto(`${baseUrl}/phone`);
    await agent.waitForURL(/\/sign-in/);
    await signIn(agent, 'agent1@demo.local');
    await agent.waitForURL(`${baseUrl}/phone`);
    await agent.getByTestId('phone-form').waitFor();
    expect(await agent.getByTestId('nav-phone').getAttribute('aria-current')).toBe('page');

    // The call began three minutes before the form was opened: the agent corrects its start.
    const callStart = new Date(Math.floor((Date.now() - 180_000) / 1000) * 1000);
    await agent.getByTestId('call-started-at').fill(moscowInput(callStart));
    await agent.getByTestId('call-timer').filter({ hasText: /Идёт 3:\d\d/ }).waitFor();

    // Dictated in lower case with a space; looked up as typed.
    await agent.getByTestId('identifier-input').pressSequentially('dl-basic- 0001', { delay: 40 });
    const card = agent.getByTestId('contract-card');
    await card.waitFor();
    expect(await card.getAttribute('data-level')).toBe('BASIC');
    expect(await card.getByTestId('contract-organization').textContent()).toBe('АО Альфа');
    expect(await card.getByTestId('contract-status').textContent()).toContain('Поддержка действует');
    expect(await card.getByTestId('contract-extensions').textContent()).toBe('231, 267, 260, 386, 353, 225, 7728');
    expect(await field(agent, 'identifier').inputValue()).toBe('DL-BASIC-0001');
    expect(await field(agent, 'organizationName').inputValue()).toBe('АО Альфа');
    expect(await agent.getByTestId('deadline-preview').getAttribute('data-level')).toBe('BASIC');

    await fillCaller(agent, 'E2E звонок: АРМ не входит в домен');
    await agent.getByTestId('criticality-critical').check();
    await agent.getByTestId('appendix-section').locator('summary').click();
    await field(agent, 'productVersion').fill('8.0');
    await field(agent, 'osVersion').fill('Windows 10 Pro 22H2');
    await field(agent, 'osBitness').selectOption('X64');
    await field(agent, 'occursWhen').fill('При входе в домен после перезагрузки');
    await field(agent, 'errorText').fill('Ошибка аутентификации 0x80070005');
    await screenshotAtTop(agent, 'phone-01-call-form');

    await agent.getByTestId('register-call').click();
    await agent.waitForURL(/\/tickets\/\d+$/);
    const id = agent.url().match(/tickets\/(\d+)/)![1]!;
    await agent.getByTestId('ticket-header').waitFor();

    const created = await apiTicket(id);
    expect(created.channel).toBe('PHONE');
    expect(new Date(created.receivedAt).toISOString()).toBe(callStart.toISOString());
    expect(created.status).toBe('NEW');
    expect(created.supportLevel).toBe('BASIC');
    expect(created.organization.name).toBe('АО Альфа');
    // TKT-8: what the caller said of appendix 1 arrives with the ticket itself.
    expect(created.occursWhen).toBe('При входе в домен после перезагрузки');
    expect(created.errorText).toBe('Ошибка аутентификации 0x80070005');
    expect(await agent.getByTestId('ticket-number').textContent()).toBe(created.number);
    expect(await agent.getByTestId('ticket-facts').textContent()).toContain('Телефон');
    expect(await agent.getByTestId('ticket-sla').textContent()).toContain(`${moscowMinute.format(callStart)} МСК`);
    await screenshotAtTop(agent, 'phone-02-registered-ticket');
  });

  it('ID-2: an expired contract is shown as such before sending and registers a REJECTED ticket', async () => {
    await agent.getByTestId('nav-phone').click();
    await agent.waitForURL(`${baseUrl}/phone`);
    await agent.getByTestId('identifier-input').fill('DL-EXPIRED-0001');
    const card = agent.getByTestId('contract-card');
    await card.waitFor();
    expect(await card.getByTestId('contract-status').getAttribute('data-entitlement')).toBe('EXPIRED');
    expect(await card.getByTestId('contract-expired').textContent()).toContain('Поддержка закончилась 2024-12-31');
    expect(await agent.getByTestId('register-call').textContent()).toContain('будет отклонена');

    await fillCaller(agent, 'E2E звонок по истёкшему договору');
    await field(agent, 'organizationName').fill('ООО Гамма');
    await screenshotAtTop(agent, 'phone-03-expired-contract');
    await agent.getByTestId('register-call').click();
    await agent.waitForURL(/\/tickets\/\d+$/);
    const refused = await apiTicket(agent.url().match(/tickets\/(\d+)/)![1]!);
    expect(refused.channel).toBe('PHONE');
    expect(refused.status).toBe('REJECTED');
    expect(refused.rejectionReason).toBe('SUPPORT_EXPIRED');
  });

  it('ID-1: an unknown identifier is flagged while typing', async () => {
    await agent.getByTestId('nav-phone').click();
    await agent.getByTestId('identifier-input').fill('ZZ-NO-SUCH-0001');
    await agent.getByTestId('contract-unknown').waitFor();
    expect(await agent.getByTestId('contract-unknown').textContent()).toContain('Договор «ZZ-NO-SUCH-0001» не найден');
    expect(agentErrors).toEqual([]);
  });

  it('the integrator page is public: it lists the schema’s types, finds Ticket and clicks through to a field’s type', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByTestId('nav-developers').click();
    await page.waitForURL(`${baseUrl}/developers`);
    expect(await page.getByTestId('endpoint-http').textContent()).toBe(`POST ${baseUrl}/graphql`);
    expect(await page.getByTestId('endpoint-ws').textContent()).toBe(`${baseUrl.replace('http', 'ws')}/graphql`);
    await screenshotAtTop(page, 'integrator-01-guide');

    await page.getByTestId('integrator-tab-schema').click();
    await page.getByTestId('schema-type-list').waitFor();
    expect(await page.getByTestId('schema-type').count()).toBeGreaterThan(60);
    expect(await page.getByTestId('schema-type-detail').getAttribute('data-type')).toBe('Query');

    await page.getByTestId('schema-search').fill('Ticket');
    await page.getByTestId('schema-hit').first().click();
    await page.waitForURL(/type=Ticket$/);
    const detail = page.getByTestId('schema-type-detail');
    expect(await detail.getAttribute('data-type')).toBe('Ticket');
    expect(await detail.locator('[data-field="receivedAt"]').textContent()).toContain('receivedAt: DateTime!');
    await page.getByTestId('schema-search').fill('');
    await screenshotAtTop(page, 'integrator-02-schema-ticket');

    await detail.locator('[data-field="organization"] [data-testid="type-link"]').click();
    await page.waitForURL(/type=Organization$/);
    expect(await page.getByTestId('schema-type-detail').getAttribute('data-type')).toBe('Organization');
    await page.goBack();
    await page.waitForURL(/type=Ticket$/);

    await page.getByTestId('integrator-tab-examples').click();
    expect(await page.getByTestId('example').count()).toBeGreaterThanOrEqual(6);
    await screenshotAtTop(page, 'integrator-03-examples');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a partner issues an API token, the secret works once shown, and revoking stops it at once', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl}/developers?tab=tokens`);
    await page.getByTestId('api-tokens-sign-in').getByRole('link').click();
    await signIn(page, 'partner@demo.local');
    await page.waitForURL(`${baseUrl}/developers?tab=tokens`);
    await page.getByTestId('api-tokens-empty').waitFor();

    await page.getByTestId('token-name').fill('E2E портал партнёра');
    await page.getByTestId('token-rate-limit').fill('30');
    await page.getByTestId('create-token').click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    const bearer = ((await secret.locator('pre').textContent()) ?? '').trim();
    expect(bearer).toMatch(/^Bearer dsk_\d+_/);
    await page.locator('[data-testid="api-token-row"][data-token-name="E2E портал партнёра"]').waitFor();
    await screenshotAtTop(page, 'integrator-04-token-issued');

    const me = (authorization: string) =>
      fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ me { email role } }' }),
      }).then((response) => response.json() as Promise<{ data?: { me: { email: string } } | null; errors?: { extensions?: { code?: string } }[] }>);
    expect((await me(bearer)).data?.me.email).toBe('partner@demo.local');

    await page.getByTestId('token-secret-done').click();
    expect(await page.getByTestId('token-secret').count()).toBe(0);
    await page.getByTestId('api-token-revoke').click();
    await page.getByTestId('api-token-confirm-revoke').click();
    await page.getByTestId('api-token-flash').waitFor();
    expect(await page.getByTestId('api-token-status').textContent()).toContain('Отозван');
    expect((await me(bearer)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });
});
