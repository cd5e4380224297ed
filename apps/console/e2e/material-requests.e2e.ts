import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createP1Ticket, graphql, login, ticket, type ApiTicket } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

/**
 * Material the vendor asks for (#19, agreement section 4) against the real
 * server: an agent requests logs on the ticket page, the ticket waits for the
 * customer; the customer uploads them in the portal (the resumable upload) and
 * sends them, and the ticket leaves WAITING_FOR_CUSTOMER for both of them.
 */
describe('material requests against the real server', () => {
  let server: RunningServer;
  let baseUrl: string;
  let browser: Browser;
  let agent: Page;
  let customer: Page;
  let agentErrors: string[];
  let customerErrors: string[];
  let agentToken: string;
  let created: ApiTicket;

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: agent, errors: agentErrors } = await openPage(browser, { height: 1000 }));
    ({ page: customer, errors: customerErrors } = await openPage(browser, { height: 1000 }));
    agentToken = await login(baseUrl, 'agent1@demo.local');
    created = await createP1Ticket(baseUrl, await login(baseUrl, 'beta@demo.local'), 'E2E: служба dlserver останавливается');
    await graphql(baseUrl, 'mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id: created.id }, agentToken);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the agent requests logs: the ticket waits for the customer, the request is listed as open', async () => {
    await agent.goto(`${baseUrl}/tickets/${created.id}`);
    await signIn(agent, 'agent1@demo.local');
    await agent.waitForURL(`${baseUrl}/tickets/${created.id}`);
    await agent.locator('[data-testid="ticket-status"][data-status="IN_PROGRESS"]').waitFor();

    await agent.getByTestId('material-request-open').click();
    await agent.getByTestId('material-kind').selectOption('LOGS');
    await agent.getByTestId('material-details').fill('Журнал службы dlserver (C:\\ProgramData\\DL\\logs) за последние 3 дня');
    await agent.getByTestId('material-reason').fill('Найти момент и причину остановки службы');
    await agent.getByTestId('material-request-submit').click();

    await agent.locator('[data-testid="ticket-status"][data-status="WAITING_FOR_CUSTOMER"]').waitFor();
    await agent.locator('[data-testid="material-request"][data-kind="LOGS"][data-status="OPEN"]').waitFor();
    // TKT-8: the completeness view counts it as asked for and not yet provided.
    expect(await agent.getByTestId('material-open-summary').textContent()).toContain('Журналы (логи)');
    expect((await ticket(baseUrl, agentToken, created.id))?.status).toBe('WAITING_FOR_CUSTOMER');
    await screenshot(agent, 'material-01-agent-requested');
  });

  it('the customer sees the open request in the portal, uploads the log and sends it: the ticket is back in work', async () => {
    await customer.goto(`${baseUrl}/portal/tickets/${created.id}`);
    await customer.waitForURL(/\/sign-in/);
    await signIn(customer, 'beta@demo.local');
    await customer.waitForURL(new RegExp(`/portal/tickets/${created.id}$`));
    const card = customer.getByTestId('portal-material');
    await card.waitFor();
    expect(await card.textContent()).toContain('Найти момент и причину остановки службы');
    await customer.locator('[data-testid="ticket-status"][data-status="WAITING_FOR_CUSTOMER"]').waitFor();
    await screenshot(customer, 'material-02-portal-open-request');

    const log = Buffer.from(Array.from({ length: 2000 }, (_, i) => `2026-12-07 10:${String(i % 60).padStart(2, '0')} dlserver: heartbeat ${i}`).join('\n'));
    await card.getByTestId('file-input').setInputFiles({ name: 'dlserver.log', mimeType: 'text/plain', buffer: log });
    await card.getByTestId('material-uploaded').waitFor({ timeout: 30_000 });
    await card.getByTestId('material-provide').click();

    await customer.locator('[data-testid="ticket-status"][data-status="IN_PROGRESS"]').waitFor();
    await card.locator('[data-testid="material-request"][data-status="FULFILLED"]').waitFor();
    expect(await card.getByTestId('material-files').textContent()).toContain('dlserver.log');
    await screenshot(customer, 'material-03-portal-provided');
  });

  it('the agent sees the ticket leave WAITING_FOR_CUSTOMER and the log on the request', async () => {
    const api = await eventually(async () => {
      const current = await ticket(baseUrl, agentToken, created.id);
      if (current?.status !== 'IN_PROGRESS') throw new Error(`still ${current?.status}`);
      return current;
    });
    expect(api.status).toBe('IN_PROGRESS');
    await agent.locator('[data-testid="ticket-status"][data-status="IN_PROGRESS"]').waitFor({ timeout: 20_000 });
    const request = agent.locator('[data-testid="material-card"] [data-testid="material-request"][data-status="FULFILLED"]');
    await request.waitFor({ timeout: 20_000 });
    expect(await request.getByTestId('material-files').textContent()).toContain('dlserver.log');
    expect(await agent.getByTestId('material-open-summary').count()).toBe(0);
    await screenshot(agent, 'material-04-agent-fulfilled');
  });

  it('equipment: the agent asks for the device and records its receipt; the customer sees where it is', async () => {
    await agent.getByTestId('material-request-open').click();
    await agent.getByTestId('material-kind').selectOption('EQUIPMENT');
    await agent.getByTestId('material-details').fill('Плата ПАК «Соболь» с кабелем');
    await agent.getByTestId('material-reason').fill('Диагностика на стенде производителя');
    await agent.getByTestId('material-request-submit').click();
    await agent.locator('[data-testid="material-request"][data-kind="EQUIPMENT"][data-status="OPEN"]').waitFor();
    await customer.locator('[data-testid="material-request"][data-kind="EQUIPMENT"] [data-testid="material-shipping"]').waitFor({ timeout: 20_000 });
    await screenshot(customer, 'material-05-portal-equipment-shipping');

    await agent.getByTestId('equipment-received').click();
    await agent.getByTestId('equipment-item-name').fill('ПАК «Соболь» 4.0');
    await agent.getByTestId('equipment-serial').fill('SB-000123');
    await agent.getByTestId('equipment-condition').fill('Без видимых повреждений');
    await agent.getByTestId('equipment-received-submit').click();
    await agent.locator('[data-testid="equipment-item"][data-location="AT_VENDOR"]').waitFor();
    await customer.locator('[data-testid="equipment-item"][data-location="AT_VENDOR"]').waitFor({ timeout: 20_000 });
    await screenshot(agent, 'material-06-agent-equipment');
    await screenshot(customer, 'material-07-portal-equipment-at-vendor');
    expect(agentErrors).toEqual([]);
    expect(customerErrors).toEqual([]);
  });
});
