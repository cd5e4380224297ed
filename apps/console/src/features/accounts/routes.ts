import type { RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import { managesPeople } from '@/shared/auth/roles';
import { useSessionStore } from '@/stores/session';

/** Admins, and an organization's own admin for its people (#12); the server scopes what each sees. */
function peopleManagers(): true | RouteLocationRaw {
  const session = useSessionStore();
  return managesPeople(session.user) ? true : { name: session.homeRoute };
}

/** Route guard (beforeEnter): the vendor's admins' pages (the audit log, the directory's administration). */
export function adminsOnly(): true | RouteLocationRaw {
  const session = useSessionStore();
  return session.user?.role === 'ADMIN' ? true : { name: session.homeRoute };
}

/** Accounts (#12): where invitation and reset links lead, forgot and change password, users and invitations. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/set-password',
    name: 'set-password',
    component: () => import('./SetPasswordPage.vue'),
    meta: { public: true, titleKey: 'accounts.setPassword.title' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('./ForgotPasswordPage.vue'),
    meta: { public: true, titleKey: 'accounts.forgot.title' },
  },
  {
    path: '/account/password',
    name: 'change-password',
    component: () => import('./ChangePasswordPage.vue'),
    meta: { titleKey: 'accounts.change.title' },
  },
  {
    path: '/admin/users',
    name: 'users',
    component: () => import('./UsersPage.vue'),
    beforeEnter: peopleManagers,
    meta: { titleKey: 'accounts.users.title' },
  },
  {
    path: '/admin/audit',
    name: 'audit-log',
    component: () => import('./AuditLogPage.vue'),
    beforeEnter: adminsOnly,
    meta: { staffOnly: true, titleKey: 'accounts.audit.title' },
  },
];
