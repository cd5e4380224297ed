import { afterEach, beforeEach } from 'vitest';
import { apolloQueueFetcher } from '../queue-fetcher';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { savedSession } from '@/test-support/users';
import { useQueueStore } from '@/stores/queue';
import QueuePage from '../QueuePage.vue';

/** The queue's pages as the server sends them; the bench shares it (bench/queue-move). */
export { queueAnswer } from '@/test-support/queue-pages';

const mounted: { unmount: () => void }[] = [];

/**
 * QueuePage with the real store and fetcher over a mocked link; `route` may
 * carry filters. Call `unmountQueuePages` after each test: the page listens
 * on the document for its keys.
 */
export async function mountQueuePage(handler: OperationHandler, route = '/queue') {
  const result = await mountWithApp(QueuePage, {
    route,
    handler,
    mount: { attachTo: document.body },
    beforeMount: ({ client }) => useQueueStore().setFetcher(apolloQueueFetcher(client)),
  });
  mounted.push(result.wrapper);
  return result;
}

export function unmountQueuePages(): void {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
}

/** Each test: an agent (id 7) on the queue page at 10:05 MSK on 16.02.2026, on a clock the test moves; the pages unmounted after. */
export function agentOnQueuePage(): void {
  useFakeClock(new Date('2026-02-16T10:05:00+03:00'));
  beforeEach(() => savedSession('AGENT', '7'));
  afterEach(() => {
    unmountQueuePages();
    document.body.innerHTML = '';
  });
}
