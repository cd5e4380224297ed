import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { useSessionStore } from '@/stores/session';
import { leadOnly, portalOnly } from './guards';
import { accountRoutes } from '@/features/accounts';
import { directoryAdminRoutes } from '@/features/directory-admin';
import { directoryImportRoutes } from '@/features/directory-import';
import { calendarAdminRoutes } from '@/features/calendar-admin';
import { infoServicesRoutes } from '@/features/info-services';
import { serviceHoursRoutes } from '@/features/service-hours';
import { twoFactorRoutes } from '@/features/two-factor';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable signed out. */
    public?: boolean;
    /** SPEC "Who uses it": only vendor staff work the queue. */
    staffOnly?: boolean;
    /** i18n key of the page title. */
    titleKey?: string;
  }
}

/** History routing: the server falls back to index.html for every non-API path. */
export function createDeskRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes: [
      {
        path: '/',
        name: 'home',
        redirect: () => {
          const session = useSessionStore();
          return { name: session.signedIn ? session.homeRoute : 'sign-in' };
        },
      },
      {
        path: '/sign-in',
        name: 'sign-in',
        component: () => import('@/features/auth/SignInPage.vue'),
        meta: { public: true, titleKey: 'signIn.title' },
      },
      {
        path: '/queue',
        name: 'queue',
        component: () => import('@/features/queue/QueuePage.vue'),
        meta: { staffOnly: true, titleKey: 'queue.title' },
      },
      // #13: an agent's and lead's day: views with live counts, and where the bell's off-app part is set.
      {
        path: '/work',
        name: 'work',
        component: () => import('@/features/work/WorkPage.vue'),
        meta: { staffOnly: true, titleKey: 'work.title' },
      },
      // #19: text modules the reply composer inserts.
      {
        path: '/templates',
        name: 'reply-templates',
        component: () => import('@/features/reply-templates/ReplyTemplatesPage.vue'),
        meta: { staffOnly: true, titleKey: 'replyTemplates.title' },
      },
      // #19: macros, beside the templates they send.
      {
        path: '/macros',
        name: 'macros',
        component: () => import('@/features/macros/MacrosPage.vue'),
        meta: { staffOnly: true, titleKey: 'macros.title' },
      },
      {
        path: '/settings/notifications',
        name: 'notification-settings',
        component: () => import('@/features/staff-notifications/NotificationSettingsPage.vue'),
        meta: { staffOnly: true, titleKey: 'staffNotifications.page.title' },
      },
      // Customers' first home page; the portal replaced it, old bookmarks still land there.
      { path: '/my-tickets', redirect: { name: 'portal' } },
      {
        path: '/tickets/:id',
        name: 'ticket',
        component: () => import('@/features/ticket/TicketPage.vue'),
        meta: { staffOnly: true, titleKey: 'ticket.title' },
      },
      // Team-lead tools (TKT-6, SLA-9); the report's chunk carries ECharts, loaded only here.
      {
        path: '/team',
        name: 'team',
        component: () => import('@/features/team/TeamBoardPage.vue'),
        beforeEnter: leadOnly,
        meta: { staffOnly: true, titleKey: 'team.title' },
      },
      // #12: notifications waiting or failed (admins retry) and refused requests (ID-1, ID-2).
      {
        path: '/admin/operations',
        name: 'operations',
        component: () => import('@/features/operations/OperationsPage.vue'),
        beforeEnter: leadOnly,
        meta: { staffOnly: true, titleKey: 'operations.title' },
      },
      {
        path: '/reports/sla',
        name: 'sla-report',
        component: () => import('@/features/reports/SlaCompliancePage.vue'),
        beforeEnter: leadOnly,
        meta: { staffOnly: true, titleKey: 'reports.title' },
      },
      // The customer and partner portal.
      {
        path: '/portal',
        name: 'portal',
        component: () => import('@/features/portal/PortalHomePage.vue'),
        beforeEnter: portalOnly,
        meta: { titleKey: 'portal.list.title' },
      },
      {
        path: '/portal/new',
        name: 'portal-new',
        component: () => import('@/features/portal/NewTicketPage.vue'),
        beforeEnter: portalOnly,
        meta: { titleKey: 'portal.form.title' },
      },
      {
        path: '/portal/tickets/:id',
        name: 'portal-ticket',
        component: () => import('@/features/portal/PortalTicketPage.vue'),
        beforeEnter: portalOnly,
        meta: { titleKey: 'portal.ticket.pageTitle' },
      },
      // TKT-11: staff register a call as a ticket with the call's start as its arrival.
      {
        path: '/phone',
        name: 'phone',
        component: () => import('@/features/phone/PhoneCallPage.vue'),
        meta: { staffOnly: true, titleKey: 'phone.title' },
      },
      // Integrators: public reference (the contract is public); token management inside needs an admin or partner.
      {
        path: '/developers',
        name: 'developers',
        component: () => import('@/features/integrator/IntegratorPage.vue'),
        meta: { public: true, titleKey: 'integrator.title' },
      },
      // SVC-1..5: FAQ and certificate lookup (public), products, documentation, feature requests.
      ...infoServicesRoutes,
      ...accountRoutes,
      ...directoryAdminRoutes,
      ...serviceHoursRoutes,
      ...twoFactorRoutes,
      ...directoryImportRoutes,
      ...calendarAdminRoutes,
      { path: '/:pathMatch(.*)*', redirect: { name: 'home' } },
    ],
  });

  router.beforeEach((to) => {
    const session = useSessionStore();
    if (to.meta.public) {
      return to.name === 'sign-in' && session.signedIn ? { name: session.homeRoute } : true;
    }
    if (!session.signedIn) {
      return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (to.meta.staffOnly && !session.isStaff) return { name: session.homeRoute };
    return true;
  });

  return router;
}
