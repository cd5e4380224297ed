import { CertificateAlertResolver, CertificateResolver, TicketCertificatesResolver } from './certificates/certificate.resolver.js';
import { CatalogFileResolver, ProductCatalogResolver, ProductReleaseResolver, ReleaseSubscriptionResolver } from './catalog/catalog.resolver.js';
import { DocumentationResolver } from './catalog/documentation.resolver.js';
import { FeatureRequestResolver, TicketFeatureRequestsResolver } from './feature-requests/feature-request.resolver.js';
import { KnowledgeResolver } from './knowledge/knowledge.resolver.js';

/** Information services (SVC-1..5), listed once for graphql/schema.ts. */
/** Information services (SVC-1..5): knowledge base, product catalog, certificates, feature requests. */
export const INFO_SERVICES_RESOLVERS = [
  KnowledgeResolver,
  ProductCatalogResolver,
  ProductReleaseResolver,
  ReleaseSubscriptionResolver,
  CatalogFileResolver,
  CertificateResolver,
  CertificateAlertResolver,
  TicketCertificatesResolver,
  DocumentationResolver,
  FeatureRequestResolver,
  TicketFeatureRequestsResolver,
] as const;

export { catalogFileDownloads, mountCatalogRoutes } from './catalog/catalog-routes.js';
export { armExpiryAlert, certificateExpiryDeadlineSource } from './certificates/certificate-expiry.js';
export { knowledgeSearchFor } from './knowledge/knowledge-search.js';
export { slugify } from './knowledge/slug.js';
export { markdownPlainText } from './markdown.js';
