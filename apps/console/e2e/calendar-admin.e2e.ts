import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

// Its own server: a day off set here must not move another file's deadlines.
let server: RunningServer;
let baseUrl: string;

const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number responseDueAt } }`;
const DUE = `query ($id: ID!) { ticket(id: $id) { responseDueAt timeline { kind summary } } }`;
const moscowDate = (iso: string) => new Date(new Date(iso).getTime() + 3 * 3_600_000).toISOString().slice(0, 10);

describe('production calendar page (#12, SLA-5) against the real server', () => {
  let browser: Browser;
  let admin: Page;
  let agent: Page;
  let adminErrors: string[];
  let agentErrors: string[];

  beforeAll(async () => {
    server = await startServer();
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: admin, errors: adminErrors } = await openPage(browser, { height: 1300 }));
    ({ page: agent, errors: agentErrors } = await openPage(browser, { height: 800 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin makes the day an open BASIC ticket is due a day off; the agent’s open queue shows the later deadline without a reload', async () => {
    // АО Альфа's BASIC contract: the deadline counts in working hours of the production calendar.
    const customer = await login(baseUrl, 'alfa@demo.local');
    const { createTicket: created } = await graphql<{ createTicket: { id: string; number: string; responseDueAt: string } }>(
      baseUrl,
      CREATE,
      {
        input: {
          identifier: 'DL-BASIC-0001',
          organizationName: 'АО Альфа',
          contact: { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'alfa@demo.local' },
          subject: 'E2E: календарь переносит срок',
          description: 'АРМ не загружается после обновления.',
          category: 'INCIDENT',
          criticality: 'CRITICAL',
          channel: 'PORTAL',
        },
      },
      customer,
    );
    const dueDay = moscowDate(created.responseDueAt);

    await agent.goto(`${baseUrl}/sign-in`);
    await signIn(agent, 'agent1@demo.local');
    await agent.waitForURL(`${baseUrl}/queue`);
    await agent.locator('[data-testid="queue-mode"][data-mode="live"]').waitFor({ timeout: 10_000 });
    const countdown = agent.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"] [data-testid="sla-countdown"]`);
    await countdown.waitFor();
    const titleBefore = await countdown.getAttribute('title');

    await admin.goto(`${baseUrl}/sign-in`);
    await signIn(admin, 'admin@demo.local');
    await admin.waitForURL(`${baseUrl}/queue`);
    await admin.goto(`${baseUrl}/admin/users`);
    await admin.getByTestId('nav-calendar').click();
    await admin.waitForURL(`${baseUrl}/admin/calendar`);
    // The year's working days and every day with its source (SLA-5).
    await admin.getByTestId('calendar-working-days').waitFor();
    while ((await admin.getByTestId('calendar-year').textContent()) !== dueDay.slice(0, 4)) await admin.getByTestId('calendar-next').click();
    const day = admin.locator(`[data-testid="calendar-day"][data-date="${dueDay}"]`);
    expect(await day.getAttribute('data-state')).not.toBe('NON_WORKING');
    await day.click();
    await admin.getByTestId('calendar-editor').waitFor();
    await admin.getByTestId('calendar-state-NON_WORKING').check();
    await admin.getByTestId('calendar-note').fill('Региональный выходной');
    await admin.getByTestId('calendar-save').click();
    await admin.getByTestId('calendar-notice').waitFor();
    await eventually(async () => expect(await day.getAttribute('data-source')).toBe('OVERRIDE'));
    expect(await day.getAttribute('data-state')).toBe('NON_WORKING');
    await screenshot(admin, 'calendar-override-set');

    // SLA-5: the server moved the deadline in the edit's transaction; the queue got it over the WebSocket.
    const staff = await login(baseUrl, 'agent1@demo.local');
    const { ticket: moved } = await graphql<{ ticket: { responseDueAt: string; timeline: { kind: string; summary: string }[] } }>(baseUrl, DUE, { id: created.id }, staff);
    expect(new Date(moved.responseDueAt).getTime()).toBeGreaterThan(new Date(created.responseDueAt).getTime());
    expect(moved.timeline.find((e) => e.kind === 'DEADLINE_MOVED')?.summary).toContain(`Calendar override of ${dueDay} set: day off`);
    await eventually(async () => expect(await countdown.getAttribute('title')).not.toBe(titleBefore), { timeoutMs: 8_000 });
    await screenshot(agent, 'calendar-queue-deadline-moved');

    // Removing the override puts it back, live as well.
    await day.click();
    await admin.getByTestId('calendar-remove').click();
    await eventually(async () => expect(await day.getAttribute('data-source')).not.toBe('OVERRIDE'));
    await eventually(async () => expect(await countdown.getAttribute('title')).toBe(titleBefore), { timeoutMs: 8_000 });
    expect(adminErrors).toEqual([]);
    expect(agentErrors).toEqual([]);
  });

  it('an .ics import is refused with the reason next to the file, and a good one is imported', async () => {
    const input = admin.getByTestId('calendar-import-file');
    await input.setInputFiles({ name: 'broken.ics', mimeType: 'text/calendar', buffer: Buffer.from('garbage') });
    await admin.getByTestId('calendar-import-submit').click();
    await admin.locator('[data-testid="field-error"][data-for="ics"]').waitFor();
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:e2e', 'DTSTART;VALUE=DATE:20270315', 'DTEND;VALUE=DATE:20270316', 'SUMMARY:Региональный выходной', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    await input.setInputFiles({ name: 'days.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    await admin.getByTestId('calendar-import-submit').click();
    await eventually(async () => expect(await admin.getByTestId('calendar-notice').textContent()).toContain('1'));
    await screenshot(admin, 'calendar-imported');
  });
});
