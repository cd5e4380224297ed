import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type ApiTokenRowFragment = { __typename?: 'ApiToken', id: string, name: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, rateLimitPerMinute: number, user: { __typename?: 'User', id: string, email: string, fullName: string, organization: { __typename?: 'Organization', id: string, name: string } | null } };

export const ApiTokenRowFragmentDoc = gql`
    fragment ApiTokenRow on ApiToken {
  id
  name
  createdAt
  lastUsedAt
  revokedAt
  rateLimitPerMinute
  user {
    id
    email
    fullName
    organization {
      id
      name
    }
  }
}
    `;