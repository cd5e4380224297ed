import type { Component } from 'vue';
import type { RouteMeta, RouteRecordRaw } from 'vue-router';

type Access = 'public' | 'signed-in' | 'staff';

/** One page of the information services: its address, name, lazy chunk, who may open it and the i18n key of its title. */
function page(path: string, name: string, component: () => Promise<Component>, access: Access, titleKey: string): RouteRecordRaw {
  const meta: RouteMeta = { titleKey, ...(access === 'public' ? { public: true } : access === 'staff' ? { staffOnly: true } : {}) };
  return { path, name, component, meta };
}

/**
 * Information services (SVC-1..5), each page its own lazy chunk. The FAQ and
 * the certificate lookup are public (no sign-in); the rest needs one, and the
 * editors and expiry alerts are for staff. The addresses stay /faq and
 * /products, as users know them; the code is knowledge/ and catalog/ like the server's.
 */
export const infoServicesRoutes: RouteRecordRaw[] = [
  page('/faq', 'faq', () => import('./knowledge/FaqSearchPage.vue'), 'public', 'info.faq.title'),
  page('/faq/articles/new', 'faq-article-new', () => import('./knowledge/FaqEditorPage.vue'), 'staff', 'info.faq.newArticle'),
  page('/faq/articles/:id/edit', 'faq-article-edit', () => import('./knowledge/FaqEditorPage.vue'), 'staff', 'info.faq.editTitle'),
  page('/faq/:slug', 'faq-article', () => import('./knowledge/FaqArticlePage.vue'), 'public', 'info.faq.title'),
  page('/certificates', 'certificates', () => import('./certificates/CertificateLookupPage.vue'), 'public', 'info.certificates.title'),
  page('/certificates/alerts', 'certificate-alerts', () => import('./certificates/CertificateAlertsPage.vue'), 'staff', 'info.alerts.title'),
  page('/products', 'products', () => import('./catalog/ProductsPage.vue'), 'signed-in', 'info.products.title'),
  page('/products/:id', 'product', () => import('./catalog/ProductPage.vue'), 'signed-in', 'info.products.title'),
  page('/products/:id/docs', 'product-docs', () => import('./catalog/ProductDocsPage.vue'), 'signed-in', 'info.docs.title'),
  page('/feature-requests', 'feature-requests', () => import('./feature-requests/FeatureRequestsPage.vue'), 'signed-in', 'info.features.title'),
  page('/feature-requests/:id', 'feature-request', () => import('./feature-requests/FeatureRequestPage.vue'), 'signed-in', 'info.features.title'),
];
