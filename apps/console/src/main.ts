import { DefaultApolloClient } from '@vue/apollo-composable';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from '@/app/App.vue';
import { MeDocument, type MeQuery } from '@/features/auth/graphql/me.api';
import { apolloQueueFetcher } from '@/features/queue/queue-fetcher';
import { createApolloClient } from '@/shared/graphql/apollo-client';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { OutageNoticeKey } from '@/shared/graphql/outage-notice-key';
import { createDeskI18n } from '@/i18n';
import { initialLocale } from '@/shared/i18n/locale';
import { createDeskRouter } from '@/router';
import { useQueueStore } from '@/stores/queue';
import { useSessionStore } from '@/stores/session';
import { useClockStore } from '@/shared/time/clock';
import '@/styles/main.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);

const locale = initialLocale();
document.documentElement.lang = locale;
app.use(createDeskI18n(locale));

const session = useSessionStore(pinia);
const router = createDeskRouter();
const apollo = createApolloClient({
  getToken: () => session.token,
  onUnauthenticated: () => session.signOut(),
  onServerTime: (serverTime) => useClockStore(pinia).syncWithServer(serverTime),
});

const queue = useQueueStore(pinia);
queue.setFetcher(apolloQueueFetcher(apollo.client));

session.onSignOut(() => {
  // Nothing of the previous user may survive: cached data, the queue, the socket's identity.
  apollo.wsClient?.terminate();
  void apollo.client.clearStore();
  queue.reset();
  if (!router.currentRoute.value.meta.public) void router.replace({ name: 'sign-in' });
});

app.provide(DefaultApolloClient, apollo.client);
app.provide(SocketMonitorKey, apollo.socket);
app.provide(OutageNoticeKey, apollo.outage);
app.use(router);

if (session.signedIn) {
  // Role or organization may have changed since the token was issued; an expired token signs out via the error link.
  apollo.client
    .query<MeQuery>({ query: MeDocument })
    .then(({ data }) => session.updateUser(data.me))
    .catch(() => undefined);
}

app.mount('#app');
