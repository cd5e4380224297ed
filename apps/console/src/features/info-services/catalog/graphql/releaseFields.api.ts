import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CatalogFileFieldsFragmentDoc } from './catalogFileFields.api';
export type ReleaseFieldsFragment = { __typename?: 'ProductRelease', id: string, version: string, build: string, certified: boolean, releasedOn: string, publishedAt: string | null, subscribersNotifiedAt: string | null, releaseNotes: string, releaseNotesHtml: string, files: Array<{ __typename?: 'CatalogFile', id: string, fileName: string, kind: Types.CatalogFileKind, description: string | null, contentType: string | null, size: number | null, sha256: string | null, external: boolean, available: boolean, downloadUrl: string | null, url: string | null }> };

export const ReleaseFieldsFragmentDoc = gql`
    fragment ReleaseFields on ProductRelease {
  id
  version
  build
  certified
  releasedOn
  publishedAt
  subscribersNotifiedAt
  releaseNotes
  releaseNotesHtml
  files {
    ...CatalogFileFields
  }
}
    `;