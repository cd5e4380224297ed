import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type CatalogFileFieldsFragment = { __typename?: 'CatalogFile', id: string, fileName: string, kind: Types.CatalogFileKind, description: string | null, contentType: string | null, size: number | null, sha256: string | null, external: boolean, available: boolean, downloadUrl: string | null, url: string | null };

export const CatalogFileFieldsFragmentDoc = gql`
    fragment CatalogFileFields on CatalogFile {
  id
  fileName
  kind
  description
  contentType
  size
  sha256
  external
  available
  downloadUrl
  url
}
    `;