import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { eventually, launchBrowser, openPage, screenshotAtTop } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';

/**
 * Issue #18 against the real server: a partner's admin adds a webhook
 * endpoint on the integrator page, pointing at a real receiver started here;
 * a test event and a new ticket of its customer arrive signed, and the
 * delivery log shows them.
 */
describe('webhooks on the integrator page against the real server and a real receiver', () => {
  let server: RunningServer;
  let baseUrl: string;
  let browser: Browser;
  let receiver: Server;
  let receiverUrl: string;
  const received: { headers: IncomingHttpHeaders; type: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ headers: request.headers, type: (JSON.parse(body) as { type: string }).type });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/desk-hooks`;
    server = await startServer({ OUTBOX_POLL_INTERVAL_MS: '200' });
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    receiver?.closeAllConnections();
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
  });

  it("#18: a partner's admin adds an endpoint, sends a test event and sees its customer's new ticket delivered in the log", async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/developers?tab=webhooks`);
    await page.getByTestId('webhooks-sign-in').getByRole('link').click();
    await signIn(page, 'partner@demo.local');
    await page.waitForURL(`${baseUrl}/developers?tab=webhooks`);
    await page.getByTestId('webhooks-empty').waitFor();

    await page.getByTestId('webhook-url').fill(receiverUrl);
    await page.getByTestId('webhook-description').fill('Портал партнёра (E2E)');
    await page.getByTestId('create-webhook').click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    expect((await secret.locator('pre').textContent())?.trim()).toMatch(/^whsec_/);
    await page.locator(`[data-testid="webhook-row"][data-url="${receiverUrl}"]`).waitFor();
    await screenshotAtTop(page, 'webhooks-01-endpoint-added');
    await page.getByTestId('webhook-secret-done').click();

    await page.getByTestId('webhook-test').click();
    await page.getByTestId('webhook-flash').waitFor();
    await eventually(async () => expect(received.map((r) => r.type)).toContain('webhook.test'));

    const alfa = await login(baseUrl, 'alfa@demo.local');
    await graphql(
      baseUrl,
      'mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }',
      {
        input: {
          identifier: 'DL-BASIC-0001',
          organizationName: 'АО Альфа',
          contact: { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01' },
          subject: 'АРМ не загружается (вебхук E2E)',
          description: 'После обновления АРМ не загружается.',
          category: 'INCIDENT',
          criticality: 'NON_CRITICAL',
          channel: 'PORTAL',
        },
      },
      alfa,
    );
    await eventually(async () => expect(received.map((r) => r.type)).toContain('ticket.created'));
    expect(received.every((r) => /^v1,/.test(String(r.headers['webhook-signature'])))).toBe(true);

    await page.getByTestId('webhook-show-deliveries').click();
    await page.getByTestId('webhook-deliveries').waitFor();
    await eventually(async () => {
      await page.getByTestId('webhook-deliveries-refresh').click();
      expect(await page.getByTestId('webhook-delivery-row').count()).toBe(2);
    });
    const results = await page.getByTestId('webhook-delivery-result').allTextContents();
    expect(results.map((text) => text.trim())).toEqual(['HTTP 204', 'HTTP 204']);
    await screenshotAtTop(page, 'webhooks-02-delivery-log');
    expect(errors).toEqual([]);
    await context.close();
  });
});
