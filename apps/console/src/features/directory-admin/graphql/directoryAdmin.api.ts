import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DirectoryAdminQueryVariables = Types.Exact<{ [key: string]: never; }>;


export type DirectoryAdminQuery = { __typename?: 'Query', customers: Array<{ __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind, contacts: Array<{ __typename?: 'Contact', id: string, fullName: string, position: string, email: string | null, phone: string, locale: Types.Locale }> }>, partners: Array<{ __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind, servedCustomers: Array<{ __typename?: 'Organization', id: string, name: string }>, contacts: Array<{ __typename?: 'Contact', id: string, fullName: string, position: string, email: string | null, phone: string, locale: Types.Locale }> }>, products: Array<{ __typename?: 'Product', id: string, name: string }> };

export type AdminOrganizationFragment = { __typename?: 'Organization', id: string, name: string, kind: Types.OrganizationKind, contacts: Array<{ __typename?: 'Contact', id: string, fullName: string, position: string, email: string | null, phone: string, locale: Types.Locale }> };

export type AdminContactFragment = { __typename?: 'Contact', id: string, fullName: string, position: string, email: string | null, phone: string, locale: Types.Locale };

export const AdminContactFragmentDoc = gql`
    fragment AdminContact on Contact {
  id
  fullName
  position
  email
  phone
  locale
}
    `;
export const AdminOrganizationFragmentDoc = gql`
    fragment AdminOrganization on Organization {
  id
  name
  kind
  contacts {
    ...AdminContact
  }
}
    `;
export const DirectoryAdminDocument = gql`
    query DirectoryAdmin {
  customers: organizations(kind: CUSTOMER) {
    ...AdminOrganization
  }
  partners: organizations(kind: PARTNER) {
    ...AdminOrganization
    servedCustomers {
      id
      name
    }
  }
  products {
    id
    name
  }
}
    ${AdminOrganizationFragmentDoc}
${AdminContactFragmentDoc}`;

/**
 * __useDirectoryAdminQuery__
 *
 * To run a query within a Vue component, call `useDirectoryAdminQuery` and pass it any options that fit your needs.
 * When your component renders, `useDirectoryAdminQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useDirectoryAdminQuery();
 */
export function useDirectoryAdminQuery(options: VueApolloComposable.UseQueryOptions<DirectoryAdminQuery, DirectoryAdminQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<DirectoryAdminQuery, DirectoryAdminQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<DirectoryAdminQuery, DirectoryAdminQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<DirectoryAdminQuery, DirectoryAdminQueryVariables>(DirectoryAdminDocument, {}, options);
}
export function useDirectoryAdminLazyQuery(options: VueApolloComposable.UseQueryOptions<DirectoryAdminQuery, DirectoryAdminQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<DirectoryAdminQuery, DirectoryAdminQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<DirectoryAdminQuery, DirectoryAdminQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<DirectoryAdminQuery, DirectoryAdminQueryVariables>(DirectoryAdminDocument, {}, options);
}
export type DirectoryAdminQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<DirectoryAdminQuery, DirectoryAdminQueryVariables>;