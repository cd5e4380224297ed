/**
 * The budget benchmark's page (bench/budgets.mjs builds it with Vite and opens
 * it in Chromium). `?mode=queue` mounts the real QueuePage over the real queue
 * store with `?rows=` synthetic tickets, loaded page by page through the real
 * fetcher as from the server; `?mode=baseline` is the floor: a bare array
 * spliced and a fixed-height window of static rows. Both take the same stream
 * of MOVED events (stream.ts) and expose `window.__bench`.
 */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createPinia } from 'pinia';
import { createApp, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import QueuePage from '@/features/queue/QueuePage.vue';
import { apolloQueueFetcher } from '@/features/queue/queue-fetcher';
import type { QueueEvent } from '@/stores/queue-event';
import { createSocketMonitor } from '@/shared/graphql/connection-state';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { createDeskI18n } from '@/i18n';
import { useQueueStore, type QueueTicket } from '@/stores/queue';
import '@/styles/main.css';
import { mountStaticWindow } from './static-window';
import { runStream, type StreamOptions, type StreamResult } from './stream';
import { queueAnswer } from '@/test-support/queue-pages';
import { movedEvents, syntheticQueue } from './synthetic';

interface Bench {
  mode: string;
  rows: number;
  visibleRows: () => number;
  stream: (options: StreamOptions) => Promise<StreamResult>;
}

declare global {
  interface Window {
    __bench?: Bench;
    __benchError?: string;
  }
}

const SNAPSHOT_VERSION = 1;
const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'queue';
const rowCount = Number(params.get('rows') ?? 10_000);
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * The two routes the queue page links to. The console's own router would pull
 * every lazy page into the build (ECharts included) for nothing.
 */
function queueOnlyRouter() {
  const blank = { render: () => null };
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/queue', name: 'queue', component: blank },
      { path: '/tickets/:id', name: 'ticket', component: blank },
    ],
  });
}

async function mountQueue(): Promise<Bench> {
  const rows = syntheticQueue(rowCount, new Date());
  const app = createApp(QueuePage);
  const pinia = createPinia();
  app.use(pinia);
  app.use(createDeskI18n('ru'));
  app.use(queueOnlyRouter());
  // The queue's pages come from here, as the server would send them; subscriptions stay open and silent.
  const server = new ApolloLink((operation) =>
    operation.operationName === 'Queue'
      ? Observable.of(queueAnswer(rows, operation.variables, SNAPSHOT_VERSION))
      : new Observable(() => undefined),
  );
  const client = new ApolloClient({ link: server, cache: new InMemoryCache() });
  app.provide(DefaultApolloClient, client);
  const socket = createSocketMonitor();
  socket.connecting(false);
  socket.connected(false);
  app.provide(SocketMonitorKey, socket);
  const store = useQueueStore(pinia);
  store.setFetcher(apolloQueueFetcher(client));
  app.mount('#app');
  while (store.status !== 'ready' && store.status !== 'error') await frame();
  if (store.rows.length !== rows.length) throw new Error(`the queue store holds ${store.rows.length} of ${rows.length} rows (${store.error ?? 'the fetcher stopped early'})`);
  await frame();
  const scroller = document.querySelector<HTMLElement>('[data-testid="queue-scroller"]') ?? document.body;
  let version = SNAPSHOT_VERSION + 1;
  return {
    mode,
    rows: store.rows.length,
    visibleRows: () => document.querySelectorAll('[data-testid="queue-row"]').length,
    async stream(options) {
      const events: QueueEvent[] = movedEvents(rows, options.events + options.warmup, version)(store.rows);
      version += events.length;
      return runStream(
        {
          apply: (i) => {
            const event = events[i]!;
            if (store.applyEvent(event) !== 'applied') throw new Error(`event ${event.version} was not applied`);
          },
          settle: () => nextTick(),
          layout: () => void scroller.getBoundingClientRect().height,
        },
        options,
      );
    },
  };
}

/** The floor: a bare array spliced at the event's position, and a static window over it re-rendered. */
async function mountBaseline(): Promise<Bench> {
  const rows = syntheticQueue(rowCount, new Date());
  const list: QueueTicket[] = [...rows];
  const view = mountStaticWindow(document.getElementById('app')!, list);
  await frame();
  let version = SNAPSHOT_VERSION + 1;
  return {
    mode,
    rows: list.length,
    visibleRows: view.renderedRows,
    async stream(options) {
      const events = movedEvents(rows, options.events + options.warmup, version)(list);
      version += events.length;
      return runStream(
        {
          apply: (i) => {
            const event = events[i]!;
            const index = list.findIndex((row) => row.id === event.ticket.id);
            if (index >= 0) list.splice(index, 1);
            list.splice(event.position ?? list.length, 0, event.ticket);
            view.render();
          },
          settle: async () => undefined,
          layout: view.layout,
        },
        options,
      );
    },
  };
}

(mode === 'baseline' ? mountBaseline() : mountQueue())
  .then((bench) => {
    window.__bench = bench;
  })
  .catch((error: unknown) => {
    window.__benchError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  });
