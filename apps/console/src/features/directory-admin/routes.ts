import type { RouteRecordRaw } from 'vue-router';
import { adminsOnly } from '@/features/accounts';

/** Organizations and contracts administration (#12): the vendor's admins. */
export const directoryAdminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/organizations',
    name: 'organizations-admin',
    component: () => import('./OrganizationsPage.vue'),
    beforeEnter: adminsOnly,
    meta: { staffOnly: true, titleKey: 'directoryAdmin.title' },
  },
];
