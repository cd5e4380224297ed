import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login, queueNumbers, ticket, type ApiTicket } from './support/api';
import { eventually, launchBrowser, openPage, screenshotAtTop } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

/**
 * SLA-2, SLA-3 in the browser: a phone-only contact (no e-mail) cannot be
 * notified automatically, so taking the ticket leaves it in the queue marked
 * as not notified; the agent phones, records the call on the ticket page, and
 * the ticket leaves the queue as MET.
 */
describe('the reaction recorded by phone, against the real server', () => {
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
    const lead = await login(baseUrl, 'lead@demo.local');
    created = (
      await graphql<{ createTicket: ApiTicket }>(
        baseUrl,
        'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number priority status respondedAt assignee { email } } }',
        {
          input: {
            identifier: 'DL-EXT-0001',
            organizationName: 'ПАО Бета',
            // Reachable by phone only: no e-mail address to send the notice to.
            contact: { fullName: 'Павел Телефонов', position: 'Оператор АРМ', phone: '+7 495 123-45-67' },
            subject: 'E2E: звонок — АРМ не загружается',
            description: 'Позвонил оператор: АРМ не загружается после обновления.',
            category: 'INCIDENT',
            criticality: 'CRITICAL',
            channel: 'PHONE',
          },
        },
        lead,
      )
    ).createTicket;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('SLA-3: taking the ticket leaves it in the queue, marked: the notice could not be sent, phone the customer', async () => {
    await page.goto(`${baseUrl}/queue`);
    await signIn(page, 'agent1@demo.local');
    await page.waitForURL(`${baseUrl}/queue`);
    const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"]`);
    await row.waitFor();
    await row.getByTestId('start-work').click();

    const mark = row.getByTestId('notice-pending');
    await mark.waitFor();
    expect(await mark.getAttribute('data-notice-state')).toBe('FAILED');
    expect(await mark.textContent()).toContain('позвоните');
    expect(await row.getByTestId('start-work').count()).toBe(0);
    const api = await ticket(baseUrl, agentToken, created.id);
    expect(api).toMatchObject({ status: 'IN_PROGRESS', respondedAt: null, assignee: { email: 'agent1@demo.local' } });
    expect(await queueNumbers(baseUrl, agentToken)).toContain(created.number);
    await screenshotAtTop(page, 'phone-notice-01-queue-pending');
  });

  it('SLA-3: the agent records the call on the ticket page; the ticket is MET and leaves the queue', async () => {
    const row = page.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"]`);
    await row.getByTestId('open-to-notify').click();
    await page.waitForURL(`${baseUrl}/tickets/${created.id}`);
    const notice = page.getByTestId('reaction-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-state')).toBe('FAILED');
    expect(await page.getByTestId('reaction-notice-error').textContent()).toContain('нет адреса электронной почты');
    expect(await page.getByTestId('reaction-notice-call').textContent()).toContain('+7 495 123-45-67');
    await screenshotAtTop(page, 'phone-notice-02-ticket-failed');

    await page.getByTestId('action-phoneNotice').click();
    await page.getByTestId('phone-notice-form').waitFor();
    await page.getByTestId('phone-note').fill('Сообщил, что заявка зарегистрирована и работы начаты');
    await page.getByTestId('phone-notice-submit').click();

    await page.locator('[data-testid="reaction-notice"][data-state="DELIVERED"]').waitFor();
    expect(await page.getByTestId('reaction-notice-proof').textContent()).toContain('+7 495 123-45-67');
    await page.getByTestId('sla-outcome').waitFor();
    expect(await page.getByTestId('sla-outcome').getAttribute('data-outcome')).toBe('MET');
    // The proof is on the timeline: the channel and who phoned whom.
    const responded = page.locator('[data-testid="timeline-event"][data-kind="RESPONDED"]');
    await responded.waitFor();
    expect(await responded.textContent()).toContain('Телефон');
    expect(await responded.textContent()).toContain('Павел Телефонов');
    await screenshotAtTop(page, 'phone-notice-03-ticket-met');

    expect((await ticket(baseUrl, agentToken, created.id))?.respondedAt).not.toBeNull();
    await page.goto(`${baseUrl}/queue`);
    await eventually(async () => {
      expect(await page.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"]`).count()).toBe(0);
    });
    expect(await queueNumbers(baseUrl, agentToken)).not.toContain(created.number);
    await screenshotAtTop(page, 'phone-notice-04-queue-after');
    expect(errors).toEqual([]);
  });
});
