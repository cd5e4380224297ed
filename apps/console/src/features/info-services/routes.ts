import type { RouteRecordRaw } from 'vue-router';

/**
 * Information services (SVC-1..5), each page its own lazy chunk. The FAQ and
 * the certificate lookup are public (no sign-in); the rest needs one, and the
 * editors and expiry alerts are for staff.
 */
export const infoServicesRoutes: RouteRecordRaw[] = [
  {
    path: '/faq',
    name: 'faq',
    component: () => import('./knowledge/FaqSearchPage.vue'),
    meta: { public: true, titleKey: 'info.faq.title' },
  },
  {
    path: '/faq/articles/new',
    name: 'faq-article-new',
    component: () => import('./knowledge/FaqEditorPage.vue'),
    meta: { staffOnly: true, titleKey: 'info.faq.newArticle' },
  },
  {
    path: '/faq/articles/:id/edit',
    name: 'faq-article-edit',
    component: () => import('./knowledge/FaqEditorPage.vue'),
    meta: { staffOnly: true, titleKey: 'info.faq.editTitle' },
  },
  {
    path: '/faq/:slug',
    name: 'faq-article',
    component: () => import('./knowledge/FaqArticlePage.vue'),
    meta: { public: true, titleKey: 'info.faq.title' },
  },
  {
    path: '/certificates',
    name: 'certificates',
    component: () => import('./certificates/CertificateLookupPage.vue'),
    meta: { public: true, titleKey: 'info.certificates.title' },
  },
  {
    path: '/certificates/alerts',
    name: 'certificate-alerts',
    component: () => import('./certificates/CertificateAlertsPage.vue'),
    meta: { staffOnly: true, titleKey: 'info.alerts.title' },
  },
  {
    path: '/products',
    name: 'products',
    component: () => import('./catalog/ProductsPage.vue'),
    meta: { titleKey: 'info.products.title' },
  },
  {
    path: '/products/:id',
    name: 'product',
    component: () => import('./catalog/ProductPage.vue'),
    meta: { titleKey: 'info.products.title' },
  },
  {
    path: '/products/:id/docs',
    name: 'product-docs',
    component: () => import('./catalog/ProductDocsPage.vue'),
    meta: { titleKey: 'info.docs.title' },
  },
  {
    path: '/feature-requests',
    name: 'feature-requests',
    component: () => import('./feature-requests/FeatureRequestsPage.vue'),
    meta: { titleKey: 'info.features.title' },
  },
  {
    path: '/feature-requests/:id',
    name: 'feature-request',
    component: () => import('./feature-requests/FeatureRequestPage.vue'),
    meta: { titleKey: 'info.features.title' },
  },
];
