import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type RenameOrganizationMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  name: Types.Scalars['String']['input'];
}>;


export type RenameOrganizationMutation = { __typename?: 'Mutation', renameOrganization: { __typename?: 'Organization', id: string, name: string } };


export const RenameOrganizationDocument = gql`
    mutation RenameOrganization($id: ID!, $name: String!) {
  renameOrganization(id: $id, name: $name) {
    id
    name
  }
}
    `;

/**
 * __useRenameOrganizationMutation__
 *
 * To run a mutation, you first call `useRenameOrganizationMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useRenameOrganizationMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useRenameOrganizationMutation({
 *   variables: {
 *     id: // value for 'id'
 *     name: // value for 'name'
 *   },
 * });
 */
export function useRenameOrganizationMutation(options: VueApolloComposable.UseMutationOptions<RenameOrganizationMutation, RenameOrganizationMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<RenameOrganizationMutation, RenameOrganizationMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<RenameOrganizationMutation, RenameOrganizationMutationVariables>(RenameOrganizationDocument, options);
}
export type RenameOrganizationMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<RenameOrganizationMutation, RenameOrganizationMutationVariables>;