/**
 * The budget benchmark's page (bench/budgets.mjs builds it with Vite and opens
 * it in Chromium). `?mode=queue` mounts the real QueuePage over the real queue
 * store with 1 000 synthetic rows; `?mode=baseline` is a plain array spliced
 * and a static list re-rendered as HTML. Both expose `window.__bench`.
 */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createPinia } from 'pinia';
import { createApp, nextTick } from 'vue';
import { createMemoryHistory } from 'vue-router';
import QueuePage from '@/features/queue/QueuePage.vue';
import type { QueueEvent } from '@/stores/queue-event';
import { createSocketMonitor } from '@/shared/graphql/connection-state';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { createDeskI18n } from '@/i18n';
import { createDeskRouter } from '@/router';
import { useQueueStore, type QueueTicket } from '@/stores/queue';
import '@/styles/main.css';
import { movedEvents, syntheticQueue } from './synthetic';

export interface Sample {
  /** Event handed over → DOM patched and laid out: the main-thread cost of the frame. */
  work: number;
  /** Event handed over → the next animation frame callback, with layout done in it. */
  nextFrame: number;
}

interface Bench {
  mode: string;
  rows: number;
  visibleRows: () => number;
  run: (events: number, warmup: number) => Promise<Sample[]>;
}

declare global {
  interface Window {
    __bench?: Bench;
    __benchError?: string;
  }
}

const ROWS = 1000;
const SNAPSHOT_VERSION = 1;
const mode = new URLSearchParams(location.search).get('mode') ?? 'queue';
const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** A socket message arrives as a task of its own, not inside a frame callback. */
const task = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(null);
});

async function measure(apply: () => void, settle: () => Promise<void>, layout: () => void): Promise<Sample> {
  await frame();
  await task();
  const t0 = performance.now();
  apply();
  await settle();
  layout();
  const work = performance.now() - t0;
  await frame();
  layout();
  return { work, nextFrame: performance.now() - t0 };
}

async function mountQueue(): Promise<Bench> {
  const rows = syntheticQueue(ROWS, new Date());
  const app = createApp(QueuePage);
  const pinia = createPinia();
  app.use(pinia);
  app.use(createDeskI18n('ru'));
  const router = createDeskRouter(createMemoryHistory());
  app.use(router);
  // Nothing goes to a server: subscriptions stay open and silent, the snapshot comes from the fetcher below.
  const silent = new ApolloLink(() => new Observable(() => undefined));
  app.provide(DefaultApolloClient, new ApolloClient({ link: silent, cache: new InMemoryCache() }));
  const socket = createSocketMonitor();
  socket.connecting(false);
  socket.connected(false);
  app.provide(SocketMonitorKey, socket);
  const store = useQueueStore(pinia);
  store.setFetcher(async () => ({ rows, totalCount: rows.length, version: SNAPSHOT_VERSION }));
  app.mount('#app');
  while (store.rows.length < ROWS) await frame();
  await frame();
  const scroller = document.querySelector<HTMLElement>('[data-testid="queue-scroller"]') ?? document.body;
  let version = SNAPSHOT_VERSION + 1;
  return {
    mode,
    rows: store.rows.length,
    visibleRows: () => document.querySelectorAll('[data-testid="queue-row"]').length,
    async run(count, warmup) {
      const events: QueueEvent[] = movedEvents(rows, count + warmup, version)(store.rows);
      version += events.length;
      const samples: Sample[] = [];
      for (const [i, event] of events.entries()) {
        const sample = await measure(
          () => {
            if (store.applyEvent(event) !== 'applied') throw new Error(`event ${event.version} was not applied`);
          },
          () => nextTick(),
          () => void scroller.getBoundingClientRect().height,
        );
        if (i >= warmup) samples.push(sample);
      }
      return samples;
    },
  };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The naive way: splice a plain array, then rebuild the whole list's markup. */
async function mountBaseline(): Promise<Bench> {
  const rows = syntheticQueue(ROWS, new Date());
  const list: QueueTicket[] = [...rows];
  const root = document.getElementById('app')!;
  root.innerHTML = '<section class="page"><div class="table-wrap" style="height: 80vh; overflow: auto" id="scroller"><table class="data-table queue-table"><tbody id="rows"></tbody></table></div></section>';
  const body = document.getElementById('rows')!;
  const scroller = document.getElementById('scroller')!;
  const render = () => {
    body.innerHTML = list
      .map(
        (t) =>
          `<tr class="queue-row queue-row--${t.slaState.toLowerCase()}" data-testid="queue-row"><td class="mono">${t.number}</td><td><span class="priority-badge priority-badge--p${t.priority}">P${t.priority}</span></td><td>${t.criticality}</td><td>${t.supportLevel}</td><td>${escape(t.organization.name)}</td><td>${escape(t.subject)}</td><td>${escape(t.assignee?.fullName ?? '')}</td><td>${t.responseDueAt}</td><td><button class="btn btn--small">Взять в работу</button></td></tr>`,
      )
      .join('');
  };
  render();
  await frame();
  let version = SNAPSHOT_VERSION + 1;
  return {
    mode,
    rows: list.length,
    visibleRows: () => body.children.length,
    async run(count, warmup) {
      const events = movedEvents(rows, count + warmup, version)(list);
      version += events.length;
      const samples: Sample[] = [];
      for (const [i, event] of events.entries()) {
        const sample = await measure(
          () => {
            const index = list.findIndex((row) => row.id === event.ticket.id);
            if (index >= 0) list.splice(index, 1);
            list.splice(event.position ?? list.length, 0, event.ticket);
            render();
          },
          async () => undefined,
          () => void scroller.getBoundingClientRect().height,
        );
        if (i >= warmup) samples.push(sample);
      }
      return samples;
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
