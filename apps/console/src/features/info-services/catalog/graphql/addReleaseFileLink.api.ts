import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { CatalogFileFieldsFragmentDoc } from './catalogFileFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type AddReleaseFileLinkMutationVariables = Types.Exact<{
  releaseId: Types.Scalars['ID']['input'];
  input: Types.ReleaseFileLinkInput;
}>;


export type AddReleaseFileLinkMutation = { __typename?: 'Mutation', addReleaseFileLink: { __typename?: 'CatalogFile', id: string, fileName: string, kind: Types.CatalogFileKind, description: string | null, contentType: string | null, size: number | null, sha256: string | null, external: boolean, available: boolean, downloadUrl: string | null, url: string | null } };


export const AddReleaseFileLinkDocument = gql`
    mutation AddReleaseFileLink($releaseId: ID!, $input: ReleaseFileLinkInput!) {
  addReleaseFileLink(releaseId: $releaseId, input: $input) {
    ...CatalogFileFields
  }
}
    ${CatalogFileFieldsFragmentDoc}`;

/**
 * __useAddReleaseFileLinkMutation__
 *
 * To run a mutation, you first call `useAddReleaseFileLinkMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useAddReleaseFileLinkMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useAddReleaseFileLinkMutation({
 *   variables: {
 *     releaseId: // value for 'releaseId'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useAddReleaseFileLinkMutation(options: VueApolloComposable.UseMutationOptions<AddReleaseFileLinkMutation, AddReleaseFileLinkMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<AddReleaseFileLinkMutation, AddReleaseFileLinkMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<AddReleaseFileLinkMutation, AddReleaseFileLinkMutationVariables>(AddReleaseFileLinkDocument, options);
}
export type AddReleaseFileLinkMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<AddReleaseFileLinkMutation, AddReleaseFileLinkMutationVariables>;