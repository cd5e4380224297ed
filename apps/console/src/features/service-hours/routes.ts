import type { RouteRecordRaw } from 'vue-router';
import { adminsOnly } from '@/features/accounts';

/** Service hours per level (#14, LVL-2): the vendor's admins. */
export const serviceHoursRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/service-hours',
    name: 'service-hours',
    component: () => import('./ServiceHoursPage.vue'),
    beforeEnter: adminsOnly,
    meta: { staffOnly: true, titleKey: 'serviceHours.title' },
  },
];
