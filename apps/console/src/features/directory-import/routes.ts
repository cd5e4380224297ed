import type { RouteRecordRaw } from 'vue-router';
import { adminsOnly } from '@/features/accounts';

/** Bulk onboarding (#12): the vendor's admins. */
export const directoryImportRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/import',
    name: 'directory-import',
    component: () => import('./DirectoryImportPage.vue'),
    beforeEnter: adminsOnly,
    meta: { staffOnly: true, titleKey: 'directoryImport.title' },
  },
];
