import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createP1Ticket, login, type ApiTicket } from './support/api';
import { eventually, launchBrowser, openPage, screenshot } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

const EXTENDED_CRITICAL_MS = 20 * 60_000;

/**
 * #16 against the real server: the console loses its socket (the test closes
 * it and refuses new ones for a while), an SLA deadline passes meanwhile, and
 * when the socket is back the subscriptions resume from the versions the
 * console holds: the alerts toast, marked late, and the new ticket appears in
 * the queue without the queue being refetched.
 */
describe('the console resumes its subscriptions after a blip', () => {
  let server: RunningServer;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;
  const queueQueries: number[] = [];

  beforeAll(async () => {
    server = await startServer({ SLA_SWEEP_INTERVAL_MS: '500' });
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page } = await openPage(browser));
    // Every socket the console opens, and a switch that sends new ones nowhere: the test's "network cable".
    await page.addInitScript(() => {
      const Native = window.WebSocket;
      const state = { sockets: [] as WebSocket[], offline: false };
      (window as unknown as { __desk: typeof state }).__desk = state;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(state.offline ? 'ws://127.0.0.1:9/unreachable' : url, protocols);
          state.sockets.push(this);
        }
      } as typeof WebSocket;
    });
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('"operationName":"Queue"')) queueQueries.push(Date.now());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an alert raised while the socket was down toasts when it is back, marked late; the queue catches up without a refetch', async () => {
    await page.goto(`${baseUrl}/sign-in`);
    await signIn(page, 'agent1@demo.local');
    await page.waitForURL(`${baseUrl}/queue`);
    await page.locator('[data-testid="queue-mode"][data-mode="live"]').waitFor({ timeout: 10_000 });

    await page.evaluate(() => {
      const desk = (window as unknown as { __desk: { sockets: WebSocket[]; offline: boolean } }).__desk;
      desk.offline = true;
      for (const socket of desk.sockets) socket.close();
    });
    await page.getByTestId('connection-lost').waitFor({ timeout: 10_000 });

    const leadToken = await login(baseUrl, 'lead@demo.local');
    // AT_RISK at once, BREACHED two seconds later: both while the console is away.
    const created: ApiTicket = await createP1Ticket(baseUrl, leadToken, 'E2E: срок прошёл, пока консоль была без связи', new Date(Date.now() - EXTENDED_CRITICAL_MS + 2_000));
    await page.waitForTimeout(12_000);
    expect(await page.locator(`[data-testid="alert-toast"][data-ticket-number="${created.number}"]`).count()).toBe(0);

    await page.evaluate(() => {
      (window as unknown as { __desk: { offline: boolean } }).__desk.offline = false;
    });
    await page.locator('[data-testid="queue-mode"][data-mode="live"]').waitFor({ timeout: 30_000 });
    const back = Date.now();
    const breached = page.locator(`[data-testid="alert-toast"][data-kind="BREACHED"][data-ticket-number="${created.number}"]`);
    await breached.waitFor({ timeout: 15_000 });
    expect(await breached.getAttribute('data-late')).toBe('true');
    expect(await breached.getByTestId('alert-toast-late').textContent()).toMatch(/^с опозданием: поднято \d{2}:\d{2} МСК$/);
    await page.locator(`[data-testid="queue-row"][data-ticket-number="${created.number}"]`).waitFor({ timeout: 15_000 });
    await eventually(async () => expect(await page.locator('[data-testid="alert-toast"][data-ticket-number="' + created.number + '"]').count()).toBe(2));
    // Resumed, not refetched: no `queue` query since the socket came back.
    expect(queueQueries.filter((at) => at >= back)).toEqual([]);
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await screenshot(page, 'alerts-resume-01-late-toasts');
  });
});
