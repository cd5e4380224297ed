import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, login } from './support/api';
import { eventually, launchBrowser, openPage, screenshotAtTop } from './support/browser';
import { signIn } from './support/console-ui';
import { startServer, type RunningServer } from './support/server';
import { sendMail } from './support/smtp';

/**
 * Issue #19 "Merge duplicates" against the real server: Анна of АО Альфа phones
 * in an incident (registered by the agent with the call's start) and then writes
 * about it by e-mail (the server's SMTP listener). The agent merges the phone
 * ticket into the e-mail one from the ticket page; the survivor holds both
 * conversations and the earlier arrival (SLA-2), the duplicate links to it.
 * Its own server: these tickets must not show up in another file's queue.
 */
const ANNA = { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'anna.merge@alfa.example' };

interface MergedTicket {
  id: string;
  number: string;
  channel: string;
  status: string;
  resolution: string | null;
  receivedAt: string;
  mergedInto: { id: string; number: string } | null;
  messages: { body: string }[];
}
const TICKET = `query ($id: ID!) { ticket(id: $id) { id number channel status resolution receivedAt mergedInto { id number } messages { body } } }`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('#19 merging a phone ticket and an e-mail ticket of one customer in the console', () => {
  let server: RunningServer;
  let baseUrl: string;
  let smtpPort: number;
  let browser: Browser;
  let agent: Page;
  let agentErrors: string[];
  let token: string;

  const read = async (id: string) => (await graphql<{ ticket: MergedTicket }>(baseUrl, TICKET, { id }, token)).ticket;

  beforeAll(async () => {
    smtpPort = await freePort();
    server = await startServer({ SMTP_INBOUND_PORT: String(smtpPort) });
    baseUrl = server.baseUrl;
    browser = await launchBrowser();
    ({ page: agent, errors: agentErrors } = await openPage(browser));
    token = await login(baseUrl, 'agent1@demo.local');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('#19, SLA-2: the phone ticket merged into the e-mail ticket — the survivor holds both conversations and the call’s earlier arrival', async () => {
    // TKT-11: the call, registered with its start ten minutes ago.
    const callStart = new Date(Math.floor((Date.now() - 10 * 60_000) / 1000) * 1000);
    const phone = (
      await graphql<{ createTicket: { id: string; number: string } }>(
        baseUrl,
        'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }',
        {
          input: {
            identifier: 'DL-BASIC-0001',
            organizationName: 'АО Альфа',
            contact: ANNA,
            subject: 'E2E звонок: АРМ не загружается',
            description: 'Звонок: после обновления АРМ не загружается, чёрный экран.',
            category: 'INCIDENT',
            criticality: 'NON_CRITICAL',
            channel: 'PHONE',
            receivedAt: callStart.toISOString(),
          },
        },
        token,
      )
    ).createTicket;

    // The same person writes about it: a known contact's mail becomes an EMAIL ticket.
    const reply = await sendMail(smtpPort, {
      from: `${ANNA.fullName} <${ANNA.email}>`,
      to: 'helpdesk@confident.ru',
      subject: 'АРМ не загружается после обновления',
      text: 'Пишу письмом вдогонку к звонку: журнал ошибок во вложении пришлю позже, код 0xc000021a.',
    });
    const mailNumber = reply.match(/SD-\d{6}/)?.[0];
    expect(mailNumber, reply).toBeTruthy();
    const mailId = String(Number(mailNumber!.slice(3)));
    const mail = await read(mailId);
    expect(mail.channel).toBe('EMAIL');
    expect(new Date(mail.receivedAt).getTime()).toBeGreaterThan(callStart.getTime());

    await agent.goto(`${baseUrl}/tickets/${phone.id}`);
    await agent.waitForURL(/\/sign-in/);
    await signIn(agent, 'agent1@demo.local');
    await agent.waitForURL(`${baseUrl}/tickets/${phone.id}`);
    await agent.getByTestId('ticket-header').waitFor();

    await agent.getByTestId('action-merge').click();
    await agent.getByTestId('merge-form').waitFor();
    await agent.getByTestId('merge-search').fill(mailNumber!);
    const candidate = agent.locator(`[data-testid="merge-candidate"][data-number="${mailNumber}"]`);
    await candidate.waitFor();
    expect(await agent.getByTestId('merge-candidate').count()).toBe(1);
    await candidate.locator('input[type="radio"]').check();
    await agent.getByTestId('merge-review').click();
    const confirm = agent.getByTestId('merge-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`Объединить ${phone.number} с ${mailNumber}?`);
    await screenshotAtTop(agent, 'merge-01-confirm');
    await agent.getByTestId('merge-submit').click();

    // The page follows the work to the survivor.
    await agent.waitForURL(`${baseUrl}/tickets/${mailId}`);
    await agent.getByTestId('ticket-flash').filter({ hasText: `${phone.number} объединена с ${mailNumber}` }).waitFor();
    const survivor = await eventually(async () => {
      const ticket = await read(mailId);
      expect(new Date(ticket.receivedAt).toISOString()).toBe(callStart.toISOString());
      return ticket;
    });
    const bodies = survivor.messages.map((m) => m.body).join('\n');
    expect(bodies).toContain('Звонок: после обновления АРМ не загружается, чёрный экран.');
    expect(survivor.status).toBe('NEW');
    // Both conversations are on the page: the e-mail's own text and the call moved in as a message.
    await agent.getByText('Звонок: после обновления АРМ не загружается, чёрный экран.').first().waitFor();
    await agent.getByText('код 0xc000021a', { exact: false }).first().waitFor();
    await screenshotAtTop(agent, 'merge-02-survivor');

    const duplicate = await read(phone.id);
    expect(duplicate).toMatchObject({ status: 'CLOSED', resolution: 'DUPLICATE', mergedInto: { id: mailId, number: mailNumber } });
    await agent.goto(`${baseUrl}/tickets/${phone.id}`);
    const link = agent.getByTestId('ticket-merged-into-link');
    await link.waitFor();
    expect(await link.textContent()).toBe(mailNumber);
    // Undecided, the duplicate has no clock of its own: the incident is measured on the survivor.
    expect(await agent.getByTestId('sla-excluded').textContent()).toContain('Вне SLA реакции');
    await screenshotAtTop(agent, 'merge-03-duplicate');
    await link.click();
    await agent.waitForURL(`${baseUrl}/tickets/${mailId}`);
    expect(agentErrors).toEqual([]);
  });
});
