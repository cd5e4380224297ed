import type { RouteRecordRaw } from 'vue-router';
import { adminsOnly } from '@/features/accounts';

/** The production calendar (#12, SLA-5): the vendor's admins. */
export const calendarAdminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/calendar',
    name: 'calendar-admin',
    component: () => import('./CalendarPage.vue'),
    beforeEnter: adminsOnly,
    meta: { staffOnly: true, titleKey: 'calendarAdmin.title' },
  },
];
