import { describe, expect, it, vi } from 'vitest';
import { useQueueStore } from '@/stores/queue';
import { queueEvent, queueTicket } from '@/test-support/tickets';
import { MOVED_HIGHLIGHT_MS } from '../composables/useMovedHighlight';
import { QUEUE_PAGE_SIZE } from '../queue-fetcher';
import { agentOnQueuePage, mountQueuePage, queueAnswer } from './queue-test-kit';


const thousand = Array.from({ length: 1000 }, (_, i) => queueTicket({ id: String(i + 1), number: `SD-${String(i + 1).padStart(6, '0')}` }));

describe('QueuePage with 1 000 queued tickets', () => {
  agentOnQueuePage();

  it('reads the whole queue page by page and renders only the rows in view', async () => {
    const { wrapper, operations } = await mountQueuePage((op) => queueAnswer(thousand, op.variables));
    await vi.waitFor(() => expect(useQueueStore().rows).toHaveLength(1000));
    const pages = operations.filter((op) => op.operationName === 'Queue');
    expect(pages.map((op) => op.variables)).toEqual([
      { first: QUEUE_PAGE_SIZE },
      { first: QUEUE_PAGE_SIZE, after: 'c199' },
      { first: QUEUE_PAGE_SIZE, after: 'c399' },
      { first: QUEUE_PAGE_SIZE, after: 'c599' },
      { first: QUEUE_PAGE_SIZE, after: 'c799' },
    ]);
    expect(wrapper.get('[data-testid="queue-count"]').text()).toBe('1000 заявок');

    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]').length).toBeGreaterThan(0));
    const rendered = wrapper.findAll('[data-testid="queue-row"]');
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]!.attributes('data-ticket-number')).toBe('SD-000001');
    // Screen readers hear "row 2 of 1001" (the header is row 1), whatever is rendered.
    expect(rendered[0]!.attributes('aria-rowindex')).toBe('2');
    expect(rendered[1]!.attributes('data-index')).toBe('1');
    // The rest of the list is one spacer row that keeps the scrollbar honest.
    const spacer = wrapper.find('tr.queue-pad td');
    expect(Number.parseInt(spacer.attributes('style')?.match(/height: (\d+)px/)?.[1] ?? '0', 10)).toBeGreaterThan(50_000);
    expect(wrapper.get('[data-testid="queue-table"]').attributes('aria-rowcount')).toBe('1001');
  }, 30_000);

  it('a ticket moving up from far below appears at its place among the visible rows', async () => {
    const { wrapper, emit } = await mountQueuePage((op) => queueAnswer(thousand, op.variables));
    await vi.waitFor(() => expect(useQueueStore().rows).toHaveLength(1000));
    const moved = { ...thousand[899]!, priority: 1, responseDueAt: '2026-02-16T10:06:00+03:00' };
    emit('QueueChanged', { data: { queueChanged: queueEvent(101, 'MOVED', moved, 1, 899) } });
    await vi.waitFor(() =>
      expect(wrapper.findAll('[data-testid="queue-row"]').slice(0, 3).map((row) => row.attributes('data-ticket-number'))).toEqual([
        'SD-000001',
        'SD-000900',
        'SD-000002',
      ]),
    );
    // Its row is tinted for a moment (no slide of every row: #17), and only its row.
    const marked = () => wrapper.findAll('[data-testid="queue-row"][data-moved]').map((row) => row.attributes('data-ticket-number'));
    await vi.waitFor(() => expect(marked()).toEqual(['SD-000900']));
    expect(wrapper.get('[data-ticket-number="SD-000900"]').attributes('data-moved')).toBe('moved');
    vi.advanceTimersByTime(MOVED_HIGHLIGHT_MS);
    expect(marked()).toEqual([]);
  }, 30_000);

  it('a move among rows out of view changes what is on screen nowhere but in the count of rows', async () => {
    const { wrapper, emit } = await mountQueuePage((op) => queueAnswer(thousand, op.variables));
    await vi.waitFor(() => expect(useQueueStore().rows).toHaveLength(1000));
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]').length).toBeGreaterThan(0));
    const before = wrapper.findAll('[data-testid="queue-row"]').map((row) => row.attributes('data-ticket-number'));
    emit('QueueChanged', { data: { queueChanged: queueEvent(101, 'MOVED', { ...thousand[700]! }, 950, 700) } });
    await vi.waitFor(() => expect(useQueueStore().rows[950]?.id).toBe(thousand[700]!.id));
    expect(wrapper.findAll('[data-testid="queue-row"]').map((row) => row.attributes('data-ticket-number'))).toEqual(before);
    expect(wrapper.findAll('[data-moved]')).toHaveLength(0);
  }, 30_000);
});
