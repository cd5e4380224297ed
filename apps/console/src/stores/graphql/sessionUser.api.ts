import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
export type SessionUserFragment = { __typename?: 'User', id: string, email: string, fullName: string, role: Types.Role, organizationAdmin: boolean, organization: { __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind } | null };

export const SessionUserFragmentDoc = gql`
    fragment SessionUser on User {
  id
  email
  fullName
  role
  organizationAdmin
  organization {
    id
    name
    kind
  }
}
    `;