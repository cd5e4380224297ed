import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { queueEvent, queueTicket } from '@/test-support/tickets';
import { OPTIONS_REFRESH_MS } from '../composables/useQueueFilters';
import { agentOnQueuePage, mountQueuePage, queueAnswer } from './queue-test-kit';

const beta = { __typename: 'Organization' as const, id: 'org-1', name: 'ПАО Бета' };
const alfa = { __typename: 'Organization' as const, id: 'org-2', name: 'АО Альфа' };
const me = { __typename: 'User' as const, id: '7', fullName: 'Алексей Инженеров' };
const maria = { __typename: 'User' as const, id: '8', fullName: 'Мария Поддержкина' };

const rows = [
  queueTicket({ id: '1', priority: 1, supportLevel: 'EXTENDED', criticality: 'CRITICAL', organization: beta, assignee: null }),
  queueTicket({ id: '2', priority: 2, supportLevel: 'BASIC', criticality: 'CRITICAL', organization: alfa, assignee: me }),
  queueTicket({ id: '3', priority: 3, supportLevel: 'EXTENDED', criticality: 'NON_CRITICAL', organization: beta, assignee: maria }),
  queueTicket({ id: '4', priority: 4, supportLevel: 'BASIC', criticality: 'NON_CRITICAL', organization: alfa, assignee: null }),
];

describe('QueuePage filters in the URL', () => {
  agentOnQueuePage();

  const ids = (wrapper: Awaited<ReturnType<typeof mountQueuePage>>['wrapper']) =>
    wrapper.findAll('[data-testid="queue-row"]').map((row) => row.attributes('data-ticket-id'));

  it('a link with filters opens the queue filtered, in SLA-6 order', async () => {
    const { wrapper } = await mountQueuePage((op) => queueAnswer(rows, op.variables), '/queue?level=BASIC&assignee=me');
    await vi.waitFor(() => expect(ids(wrapper)).toEqual(['2']));
    expect(wrapper.get<HTMLSelectElement>('[data-testid="filter-level"]').element.value).toBe('BASIC');
    expect(wrapper.get<HTMLSelectElement>('[data-testid="filter-assignee"]').element.value).toBe('me');
    expect(wrapper.get('[data-testid="queue-filtered-count"]').text()).toContain('показано 1 из 4');
    // The total still counts the whole queue.
    expect(wrapper.get('[data-testid="queue-count"]').text()).toBe('4 заявки');
  });

  it('choosing a filter puts it in the URL; reset takes them all out', async () => {
    const { wrapper, router } = await mountQueuePage((op) => queueAnswer(rows, op.variables));
    await vi.waitFor(() => expect(ids(wrapper)).toEqual(['1', '2', '3', '4']));

    await wrapper.get('[data-testid="filter-organization"]').setValue('org-1');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ org: 'org-1' }));
    await flushPromises();
    expect(ids(wrapper)).toEqual(['1', '3']);

    await wrapper.get('[data-testid="filter-criticality"]').setValue('NON_CRITICAL');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ org: 'org-1', criticality: 'NON_CRITICAL' }));
    await flushPromises();
    expect(ids(wrapper)).toEqual(['3']);

    await wrapper.get('[data-testid="filter-criticality"]').setValue('');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({ org: 'org-1' }));

    await wrapper.get('[data-testid="filter-reset"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.query).toEqual({}));
    await flushPromises();
    expect(ids(wrapper)).toEqual(['1', '2', '3', '4']);
    expect(wrapper.find('[data-testid="filter-reset"]').exists()).toBe(false);
  });

  it('offers the organizations and assignees that are in the queue', async () => {
    const { wrapper } = await mountQueuePage((op) => queueAnswer(rows, op.variables));
    await vi.waitFor(() => expect(ids(wrapper)).toHaveLength(4));
    const options = (testid: string) => wrapper.findAll(`[data-testid="${testid}"] option`).map((option) => option.text());
    expect(options('filter-organization')).toEqual(['Все', 'АО Альфа', 'ПАО Бета']);
    expect(options('filter-assignee')).toEqual(['Все', 'Не назначен', 'Я', 'Алексей Инженеров', 'Мария Поддержкина']);
    await wrapper.get('[data-testid="filter-assignee"]').setValue('none');
    await vi.waitFor(() => expect(ids(wrapper)).toEqual(['1', '4']));
  });

  it('the options follow the live queue within a second, not on every event', async () => {
    const { wrapper, emit } = await mountQueuePage((op) => queueAnswer(rows, op.variables));
    await vi.waitFor(() => expect(ids(wrapper)).toHaveLength(4));
    const options = () => wrapper.findAll('[data-testid="filter-organization"] option').map((option) => option.text());
    const gamma = { __typename: 'Organization' as const, id: 'org-3', name: 'ООО Гамма' };
    emit('QueueChanged', { data: { queueChanged: queueEvent(101, 'ADDED', queueTicket({ id: '5', organization: gamma }), 4) } });
    await vi.waitFor(() => expect(ids(wrapper)).toHaveLength(5));
    emit('QueueChanged', { data: { queueChanged: queueEvent(102, 'MOVED', { ...rows[3]!, organization: alfa }, 0, 3) } });
    await vi.waitFor(() => expect(ids(wrapper)[0]).toBe('4'));
    vi.advanceTimersByTime(OPTIONS_REFRESH_MS);
    await vi.waitFor(() => expect(options()).toEqual(['Все', 'АО Альфа', 'ООО Гамма', 'ПАО Бета']));
  });

  it('says so when nothing matches', async () => {
    const { wrapper } = await mountQueuePage((op) => queueAnswer(rows, op.variables), '/queue?assignee=8&level=BASIC');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Нет заявок по выбранным фильтрам.'));
    expect(ids(wrapper)).toEqual([]);
  });

  it('rows link to the ticket page', async () => {
    const { wrapper } = await mountQueuePage((op) => queueAnswer(rows, op.variables));
    await vi.waitFor(() => expect(ids(wrapper)).toHaveLength(4));
    const link = wrapper.get('[data-ticket-id="3"] [data-testid="ticket-link"]');
    expect(link.attributes('href')).toBe('/tickets/3');
    expect(link.attributes('aria-label')).toBe(`Открыть заявку ${rows[2]!.number}`);
  });
});
