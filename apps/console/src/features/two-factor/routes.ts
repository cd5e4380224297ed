import type { RouteRecordRaw } from 'vue-router';

/** Two-factor sign-in (#15): every signed-in user's own account security page. */
export const twoFactorRoutes: RouteRecordRaw[] = [
  {
    path: '/account/two-factor',
    name: 'two-factor',
    component: () => import('./TwoFactorPage.vue'),
    meta: { titleKey: 'twoFactor.title' },
  },
];
