import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type FaqArticleSummaryFragment = { __typename?: 'FaqArticle', id: string, slug: string, title: string, body: string, tags: Array<string>, productVersion: string | null, published: boolean, updatedAt: string, product: { __typename?: 'Product', id: string, name: string } | null };

export const FaqArticleSummaryFragmentDoc = gql`
    fragment FaqArticleSummary on FaqArticle {
  id
  slug
  title
  body
  tags
  productVersion
  published
  updatedAt
  product {
    id
    name
  }
}
    `;