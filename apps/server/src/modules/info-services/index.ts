import { CertificateAlertResolver, CertificateResolver, TicketCertificatesResolver } from './certificates/certificate.resolver.js';
import { CatalogFileResolver, ProductCatalogResolver, ProductReleaseResolver, ReleaseSubscriptionResolver } from './catalog/catalog.resolver.js';
import { DocumentationResolver } from './catalog/documentation.resolver.js';
import { FeatureRequestResolver, TicketFeatureRequestsResolver } from './feature-requests/feature-request.resolver.js';
import { KnowledgeResolver } from './knowledge/knowledge.resolver.js';
import { SelfServiceResolver } from './self-service/self-service.resolver.js';

/** Information services (SVC-1..5): knowledge base, product catalog, certificates, feature requests; self-service first (#19). */
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
  SelfServiceResolver,
] as const;

export { catalogFileDownloads, mountCatalogRoutes } from './catalog/catalog-routes.js';
export { armExpiryAlert, certificateExpiryDeadlineSource } from './certificates/certificate-expiry.js';
export { knowledgeSearchFor } from './knowledge/knowledge-search.js';
export { slugify } from './knowledge/slug.js';
export { markdownPlainText } from './markdown.js';
export { SelfServiceService } from './self-service/self-service.service.js';
