import { useApolloClient } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, shallowRef } from 'vue';
import { useMarkAllStaffNotificationsReadMutation } from '../graphql/markAllStaffNotificationsRead.api';
import { useMarkStaffNotificationsReadMutation } from '../graphql/markStaffNotificationsRead.api';
import { StaffNotificationDocument, type StaffNotificationSubscription } from '../graphql/staffNotification.api';
import type { StaffNotificationItemFragment } from '../graphql/staffNotificationItem.api';
import { StaffNotificationsDocument, type StaffNotificationsQuery, type StaffNotificationsQueryVariables } from '../graphql/staffNotifications.api';

export type BellItem = StaffNotificationItemFragment;
const KEEP = 50;

/**
 * The bell (#13): the newest notifications and the unread count from the server, kept live by the
 * staffNotification subscription — new ones arrive, and what is read in another tab is read here too.
 */
export function useStaffBell() {
  const { resolveClient } = useApolloClient();
  const items = shallowRef<BellItem[]>([]);
  const unread = ref(0);
  const { mutate: markRead } = useMarkStaffNotificationsReadMutation({});
  const { mutate: markAll } = useMarkAllStaffNotificationsReadMutation({});

  async function load(): Promise<void> {
    const { data } = await resolveClient().query<StaffNotificationsQuery, StaffNotificationsQueryVariables>({ query: StaffNotificationsDocument, variables: { first: KEEP }, fetchPolicy: 'network-only' });
    items.value = data.staffNotifications.nodes;
    unread.value = data.staffNotifications.unreadCount;
  }

  const subscription = resolveClient()
    .subscribe<StaffNotificationSubscription>({ query: StaffNotificationDocument })
    .subscribe({
      next: ({ data }) => {
        const event = data?.staffNotification;
        if (!event) return;
        unread.value = event.unreadCount;
        if (event.notification) items.value = [event.notification, ...items.value.filter((i) => i.id !== event.notification!.id)].slice(0, KEEP);
        const readAt = new Date().toISOString();
        if (event.allRead) items.value = items.value.map((i) => (i.readAt ? i : { ...i, readAt }));
        else if (event.readIds?.length) items.value = items.value.map((i) => (event.readIds!.includes(i.id) && !i.readAt ? { ...i, readAt } : i));
      },
      error: () => undefined,
    });
  onBeforeUnmount(() => subscription.unsubscribe());
  void load().catch(() => undefined);

  async function read(item: BellItem): Promise<void> {
    if (item.readAt) return;
    items.value = items.value.map((i) => (i.id === item.id ? { ...i, readAt: new Date().toISOString() } : i));
    const result = await markRead({ ids: [item.id] });
    if (result?.data) unread.value = result.data.markStaffNotificationsRead;
  }

  async function readAll(): Promise<void> {
    items.value = items.value.map((i) => (i.readAt ? i : { ...i, readAt: new Date().toISOString() }));
    unread.value = 0;
    await markAll();
  }

  return { items, unread: computed(() => unread.value), load, read, readAll };
}
