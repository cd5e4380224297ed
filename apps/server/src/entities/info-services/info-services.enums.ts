import { registerEnumType } from 'type-graphql';

export enum CatalogFileKind { UPDATE = 'UPDATE', DISTRIBUTION = 'DISTRIBUTION', FIRMWARE = 'FIRMWARE', DOCUMENTATION = 'DOCUMENTATION', OTHER = 'OTHER' }
export enum FeatureRequestStatus { REGISTERED = 'REGISTERED', UNDER_REVIEW = 'UNDER_REVIEW', PLANNED = 'PLANNED', RELEASED = 'RELEASED', DECLINED = 'DECLINED' }

registerEnumType(CatalogFileKind, { name: 'CatalogFileKind', description: 'What a file of a release or a document is (SVC-2, SVC-4)' });
registerEnumType(FeatureRequestStatus, { name: 'FeatureRequestStatus', description: 'Where a feature request stands (SVC-5)' });
