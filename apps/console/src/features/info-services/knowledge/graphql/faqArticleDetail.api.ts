import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type FaqArticleDetailFragment = { __typename?: 'FaqArticle', id: string, slug: string, title: string, body: string, bodyHtml: string, tags: Array<string>, productVersion: string | null, published: boolean, publishedAt: string | null, updatedAt: string, product: { __typename?: 'Product', id: string, name: string } | null };

export const FaqArticleDetailFragmentDoc = gql`
    fragment FaqArticleDetail on FaqArticle {
  id
  slug
  title
  body
  bodyHtml
  tags
  productVersion
  published
  publishedAt
  updatedAt
  product {
    id
    name
  }
}
    `;