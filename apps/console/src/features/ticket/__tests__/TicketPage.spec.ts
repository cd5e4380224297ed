import { ApolloError } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { savedSession } from '@/test-support/users';
import type { Role } from '@desk/schema';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import type { TicketDetailFragment } from '../graphql/ticketDetail.api';
import TicketPage from '../TicketPage.vue';
import { ticketDetail } from './ticket-fixture';

const msk = (local: string) => new Date(`${local}+03:00`);

const withHistory = ticketDetail({
  status: 'IN_PROGRESS',
  respondedAt: '2026-02-16T10:04:00+03:00',
  slaOutcome: 'MET',
  slaState: 'MET',
  assignee: { __typename: 'User', id: '7', fullName: 'Алексей Инженеров' },
  timeline: [
    { __typename: 'TimelineEntry', id: 't1', at: '2026-02-16T10:00:00+03:00', kind: 'CREATED', summary: 'Registered', internal: false, data: null },
    { __typename: 'TimelineEntry', id: 't2', at: '2026-02-16T10:04:00+03:00', kind: 'STATUS_CHANGED', summary: 'NEW → IN_PROGRESS', internal: false, data: { from: 'NEW', to: 'IN_PROGRESS' } },
    { __typename: 'TimelineEntry', id: 't3', at: '2026-02-16T10:06:00+03:00', kind: 'MESSAGE', summary: 'INTERNAL_NOTE', internal: true, data: { messageId: 'm1', kind: 'INTERNAL_NOTE' } },
  ],
  messages: [
    { __typename: 'TicketMessage', id: 'm1', kind: 'INTERNAL_NOTE', body: 'Похоже на сертификат.', authorName: 'Алексей Инженеров', createdAt: '2026-02-16T10:06:00+03:00', internal: true },
  ],
});

function serve(initial: TicketDetailFragment | null, extra: OperationHandler = () => ({ data: null })) {
  let current = initial;
  const handler: OperationHandler = (operation) => {
    if (operation.operationName === 'Ticket') return { data: { ticket: current && { changeVersion: 5, ...current } } };
    return extra(operation);
  };
  return { handler, set: (next: TicketDetailFragment | null) => (current = next) };
}

async function mountTicket(handler: OperationHandler, role: Role = 'AGENT') {
  savedSession(role);
  const mounted = await mountWithApp(TicketPage, { route: '/tickets/42', handler });
  await vi.waitFor(() => expect(mounted.wrapper.find('[data-testid="ticket-header"]').exists()).toBe(true));
  return mounted;
}

describe('TicketPage', () => {
  useFakeClock(msk('2026-02-16T10:05:00'));

  it('shows the ticket: details, the business-time countdown, appendix-1 gaps and the history', async () => {
    const { wrapper, operations } = await mountTicket(serve(ticketDetail()).handler);
    expect(operations.find((op) => op.operationName === 'Ticket')?.variables).toEqual({ id: '42' });
    expect(wrapper.get('[data-testid="ticket-number"]').text()).toBe('SD-000042');
    expect(wrapper.get('h1').text()).toBe('Сервер контроля не отвечает');
    expect(wrapper.get('[data-testid="ticket-status"]').text()).toBe('Новая');
    expect(wrapper.get('[data-testid="ticket-sla"] [data-testid="sla-main"]').text()).toMatch(/^осталось 1[45]:\d\d$/);
    expect(wrapper.get('[data-testid="response-due"]').text()).toBe('16.02.2026, 10:20 МСК');
    expect(wrapper.get('[data-testid="ticket-description"]').text()).toContain('Ошибка 0x80070005');

    const missing = wrapper.findAll('[data-testid="missing-item"]');
    expect(missing.map((item) => [item.attributes('data-item'), item.attributes('data-required')])).toEqual([
      ['BUILD_NUMBER', 'true'],
      ['SCREENSHOTS', 'false'],
    ]);
    expect(missing[0]!.text()).toContain('обязательно');
    expect(missing[1]!.text()).toContain('желательно');
    // TKT-8 needs the reaction first (SLA-2): asking is a reply.
    expect(wrapper.get('[data-testid="request-missing"]').attributes('disabled')).toBeDefined();
    expect(wrapper.findAll('[data-testid="timeline-event"]').map((event) => event.attributes('data-kind'))).toEqual(['CREATED']);
  });

  it('marks internal notes in the timeline and shows the SLA outcome once reacted', async () => {
    const { wrapper } = await mountTicket(serve(withHistory).handler);
    const note = wrapper.get('[data-testid="timeline-message"]');
    expect(note.attributes('data-internal')).toBe('true');
    expect(note.classes()).toContain('timeline-message--internal');
    expect(note.get('[data-testid="internal-marker"]').text()).toBe('Внутреннее');
    expect(note.text()).toContain('Похоже на сертификат.');
    expect(wrapper.get('[data-testid="sla-outcome"]').text()).toContain('Выполнено в срок');
    expect(wrapper.findAll('[data-testid="timeline-event"]')[1]!.text()).toContain('Новая → В работе');
  });

  it('SLA-2: Start work takes the ticket; the page then offers replies', async () => {
    const { handler } = serve(ticketDetail(), (operation) =>
      operation.operationName === 'StartTicketWork' ? { data: { startWork: { ...withHistory, messages: [], timeline: [] } } } : { data: null },
    );
    const { wrapper, operations } = await mountTicket(handler);
    expect(wrapper.get('[data-testid="composer-reply-tab"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="ticket-start-work"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.get('[data-testid="ticket-status"]').attributes('data-status')).toBe('IN_PROGRESS'));
    expect(operations.find((op) => op.operationName === 'StartTicketWork')?.variables).toEqual({ ticketId: '42' });
    expect(wrapper.get('[data-testid="ticket-flash"]').text()).toContain('SD-000042');
    expect(wrapper.find('[data-testid="ticket-start-work"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="composer-reply-tab"]').attributes('disabled')).toBeUndefined();
    expect(wrapper.get('[data-testid="composer-reply-tab"]').attributes('aria-selected')).toBe('true');
    expect(wrapper.get('[data-testid="request-missing"]').attributes('disabled')).toBeUndefined();
  });

  it('TKT-2: a clarifying question puts the ticket in WAITING_FOR_CUSTOMER on the page', async () => {
    const { handler } = serve(withHistory, (operation) =>
      operation.operationName === 'ReplyToTicket' ? { data: { replyToTicket: { ...withHistory, status: 'WAITING_FOR_CUSTOMER' } } } : { data: null },
    );
    const { wrapper } = await mountTicket(handler);
    await wrapper.get('[data-testid="composer-body"]').setValue('Какая версия ОС?');
    await wrapper.get('[data-testid="composer-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.get('[data-testid="ticket-status"]').text()).toBe('Ожидает ответа заказчика'));
    expect(wrapper.get('[data-testid="ticket-flash"]').attributes('role')).toBe('status');
  });

  it('TKT-6: agents do not see "Assign"; team leads do', async () => {
    const agent = await mountTicket(serve(withHistory).handler, 'AGENT');
    const actions = agent.wrapper.findAll('[data-testid="ticket-actions"] button[data-testid^="action-"]').map((button) => button.attributes('data-testid'));
    expect(actions).toEqual(['action-criticality', 'action-escalate', 'action-expectedResolution', 'action-split', 'action-merge', 'action-close', 'action-reject']);
    // Beside them, the macros menu (#19): its own steps are checked by the server, by the same rules.
    expect(agent.wrapper.find('[data-testid="macro-menu-open"]').exists()).toBe(true);
    agent.wrapper.unmount();

    const lead = await mountTicket(serve(withHistory).handler, 'TEAM_LEAD');
    expect(lead.wrapper.find('[data-testid="action-assign"]').exists()).toBe(true);
  });

  it('opens one action form at a time and closes it when done', async () => {
    const { handler } = serve(withHistory, (operation) =>
      operation.operationName === 'EscalateTicket' ? { data: { escalateTicket: { ...withHistory, escalationLevel: 1 } } } : { data: null },
    );
    const { wrapper } = await mountTicket(handler);
    await wrapper.get('[data-testid="action-close"]').trigger('click');
    expect(wrapper.find('[data-testid="close-form"]').exists()).toBe(true);
    await wrapper.get('[data-testid="action-escalate"]').trigger('click');
    expect(wrapper.find('[data-testid="close-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="action-escalate"]').attributes('aria-expanded')).toBe('true');
    await wrapper.get('[data-testid="escalate-reason"]').setValue('Нужен разработчик');
    await wrapper.get('[data-testid="escalate-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="action-panel"]').exists()).toBe(false));
    expect(wrapper.get('[data-testid="ticket-flash"]').text()).toBe('Заявка эскалирована до уровня 1.');
    expect(wrapper.get('[data-testid="fact-escalation"]').text()).toBe('Эскалация 1');
  });

  it('TKT-4: a closed ticket offers only internal notes', async () => {
    const { wrapper } = await mountTicket(serve({ ...withHistory, status: 'CLOSED', resolution: 'SOLVED', closedAt: '2026-02-16T11:00:00+03:00' }).handler);
    expect(wrapper.findAll('[data-testid="ticket-actions"] button')).toHaveLength(0);
    expect(wrapper.get('[data-testid="composer-note-tab"]').attributes('aria-selected')).toBe('true');
    expect(wrapper.get('[data-testid="fact-resolution"]').text()).toContain('Решена');
  });

  it('live: ticketUpdated resumes from the changeVersion held, merges the new state and refetches the history', async () => {
    const server = serve(withHistory);
    const { wrapper, operations, emit } = await mountTicket(server.handler);
    const subscription = operations.find((op) => op.operationName === 'TicketUpdated');
    // #16: the page's changeVersion is the resume point, so a resubscribe sends nothing it already has.
    await vi.waitFor(() => expect({ ...subscription?.variables }).toEqual({ id: '42', after: 5 }));
    const fetches = () => operations.filter((op) => op.operationName === 'Ticket').length;
    const before = fetches();

    server.set({ ...withHistory, status: 'WAITING_FOR_CUSTOMER', messages: [...withHistory.messages, { __typename: 'TicketMessage', id: 'm2', kind: 'CLARIFYING_QUESTION', body: 'Версия ОС?', authorName: 'Мария Поддержкина', createdAt: '2026-02-16T10:07:00+03:00', internal: false }] });
    emit('TicketUpdated', {
      data: {
        ticketUpdated: {
          __typename: 'Ticket',
          id: '42',
          changeVersion: 6,
          status: 'WAITING_FOR_CUSTOMER',
          criticality: 'CRITICAL',
          priority: 1,
          responseDueAt: withHistory.responseDueAt,
          atRiskAt: withHistory.atRiskAt,
          respondedAt: withHistory.respondedAt,
          slaOutcome: 'MET',
          slaState: 'MET',
          escalationLevel: 0,
          expectedResolutionAt: null,
          updatedAt: '2026-02-16T10:07:00+03:00',
          assignee: withHistory.assignee,
        },
      },
    });
    await vi.waitFor(() => expect(wrapper.get('[data-testid="ticket-status"]').attributes('data-status')).toBe('WAITING_FOR_CUSTOMER'));
    await vi.waitFor(() => expect(fetches()).toBe(before + 1));
    await vi.waitFor(() => expect(wrapper.text()).toContain('Версия ОС?'));
  });

  it('a RESET answer to the resume point refetches the ticket and subscribes again from its new changeVersion (#16)', async () => {
    const server = serve(withHistory);
    const { operations, fail } = await mountTicket(server.handler);
    const fetches = () => operations.filter((op) => op.operationName === 'Ticket').length;
    const subscriptions = () => operations.filter((op) => op.operationName === 'TicketUpdated');
    await vi.waitFor(() => expect(fetches()).toBeGreaterThan(0));
    const before = fetches();
    const subscribed = subscriptions().length;
    server.set({ ...withHistory, changeVersion: 9 } as TicketDetailFragment);
    fail('TicketUpdated', new ApolloError({ graphQLErrors: [new GraphQLError('Cannot resume after version 5', { extensions: { code: 'RESET' } })] }));
    await vi.waitFor(() => expect(subscriptions().length).toBe(subscribed + 1));
    expect(fetches()).toBe(before + 1);
    expect(JSON.parse(JSON.stringify(subscriptions().at(-1)!.variables))).toEqual({ id: '42', after: 9 });
  });

  it('says when the ticket does not exist or is not visible', async () => {
    savedSession('AGENT');
    const { wrapper } = await mountWithApp(TicketPage, { route: '/tickets/42', handler: serve(null).handler });
    await vi.waitFor(() => expect(wrapper.find('[data-testid="ticket-not-found"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="ticket-not-found"]').text()).toBe('Заявка не найдена или недоступна вам.');
  });

  it('TKT-10: lists the attachments with size and checksum, and offers uploads while the ticket is open', async () => {
    const withFile = {
      ...withHistory,
      files: [
        {
          __typename: 'TicketFile' as const,
          id: '9',
          fileName: 'server.nfo',
          contentType: 'text/xml',
          size: 3 * 1024 * 1024,
          sha256: 'e5a00aa9991ac8a5ee3109844d84a55583bd20572ad3ffcd42792f3c36b183ad',
          downloadUrl: '/files/9/content',
          createdAt: '2026-02-16T10:06:00+03:00',
        },
      ],
    };
    const { wrapper } = await mountTicket(serve(withFile).handler);
    const file = wrapper.get('[data-testid="ticket-file"]');
    expect(file.text()).toContain('server.nfo');
    expect(file.text()).toContain('3 MB');
    expect(file.text()).toContain('SHA-256 e5a00aa9991a…');
    expect(wrapper.get('[data-testid="file-input"]').attributes('disabled')).toBeUndefined();
  });

  it('TKT-8: asks the customer for what is missing in one action', async () => {
    const { handler } = serve(withHistory, (operation) =>
      operation.operationName === 'RequestMissingInformation'
        ? { data: { requestMissingInformation: { ...withHistory, status: 'WAITING_FOR_CUSTOMER' } } }
        : { data: null },
    );
    const { wrapper, operations } = await mountTicket(handler);
    await wrapper.get('[data-testid="request-missing"]').trigger('click');
    await flushPromises();
    await vi.waitFor(() => expect(wrapper.get('[data-testid="ticket-status"]').attributes('data-status')).toBe('WAITING_FOR_CUSTOMER'));
    expect(operations.find((op) => op.operationName === 'RequestMissingInformation')?.variables).toEqual({ ticketId: '42' });
    expect(wrapper.get('[data-testid="ticket-flash"]').text()).toBe('Заказчику отправлен вопрос о недостающих сведениях.');
  });
});
