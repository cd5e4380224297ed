import { CatalogFile } from './catalog-file.entity.js';
import { Certificate } from './certificate.entity.js';
import { CertificateExpiryAlert } from './certificate-expiry-alert.entity.js';
import { FaqArticle } from './faq-article.entity.js';
import { FeatureRequest, FeatureRequestTicket } from './feature-request.entity.js';
import { ProductDocument } from './product-document.entity.js';
import { ProductRelease } from './product-release.entity.js';
import { ReleaseSubscription } from './release-subscription.entity.js';
import { SelfServiceResolution } from './self-service-resolution.entity.js';

/** Information services (SVC-1..5): listed here so entities/index.ts needs a single line. */
export const INFORMATION_ENTITIES = [
  FaqArticle,
  ProductRelease,
  CatalogFile,
  ReleaseSubscription,
  Certificate,
  CertificateExpiryAlert,
  ProductDocument,
  FeatureRequest,
  FeatureRequestTicket,
  SelfServiceResolution,
];
