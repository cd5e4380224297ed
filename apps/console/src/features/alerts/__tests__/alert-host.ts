import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import type { SocketMonitor } from '@/shared/graphql/connection-state';
import type { Locale } from '@/shared/i18n/locale';
import { ALERT_SEEN_STORAGE_KEY, useAlertsStore } from '@/stores/alerts';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import AlertCenter from '../components/AlertCenter.vue';
import SlaAlertToasts from '../components/SlaAlertToasts.vue';
import { savedSession } from '@/test-support/users';

export const msk = (local: string) => new Date(`${local}+03:00`);

/** The toasts and the header's bell, as App.vue and AppHeader mount them. */
const Host = defineComponent({ setup: () => () => h('div', [h(AlertCenter), h(SlaAlertToasts)]) });

export async function mountAlertHost(handler: OperationHandler, options: { locale?: Locale; socket?: SocketMonitor } = {}) {
  const mounted = await mountWithApp(Host, { route: '/sign-in', handler, ...options, mount: { attachTo: document.body } });
  useAlertsStore().setBeep(vi.fn());
  await flushPromises();
  return mounted;
}

/** 10:21 MSK on 16.02.2026 on a clock the test moves, with the alerts last looked at `seenAt` (MSK). */
export function alertsSeenAt(seenAt: string): void {
  useFakeClock(msk('2026-02-16T10:21:00'));
  beforeEach(() => localStorage.setItem(`${ALERT_SEEN_STORAGE_KEY}.7`, String(msk(seenAt).getTime())));
}

/** An agent at 10:21 MSK on 16.02.2026 who last looked at the alerts at 10:00, on a clock the test moves. */
export function agentAtTwentyPastTen(): void {
  alertsSeenAt('2026-02-16T10:00:00');
  beforeEach(() => savedSession('AGENT'));
  afterEach(() => {
    document.body.innerHTML = '';
  });
}
