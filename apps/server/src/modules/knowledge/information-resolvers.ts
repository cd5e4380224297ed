import { CertificateAlertResolver, CertificateResolver, TicketCertificatesResolver } from '../catalog/certificate.resolver.js';
import { CatalogFileResolver, ProductCatalogResolver, ProductReleaseResolver, ReleaseSubscriptionResolver } from '../catalog/catalog.resolver.js';
import { DocumentationResolver } from '../catalog/documentation.resolver.js';
import { FeatureRequestResolver, TicketFeatureRequestsResolver } from '../feature-requests/feature-request.resolver.js';
import { KnowledgeResolver } from './knowledge.resolver.js';

/** Information services (SVC-1..5), listed once for graphql/schema.ts. */
export const INFORMATION_RESOLVERS = [
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
