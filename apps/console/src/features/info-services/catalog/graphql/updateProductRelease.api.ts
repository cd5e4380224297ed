import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ReleaseFieldsFragmentDoc } from './releaseFields.api';
import { CatalogFileFieldsFragmentDoc } from './catalogFileFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UpdateProductReleaseMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
  input: Types.UpdateProductReleaseInput;
}>;


export type UpdateProductReleaseMutation = { __typename?: 'Mutation', updateProductRelease: { __typename?: 'ProductRelease', id: string, version: string, build: string, certified: boolean, releasedOn: string, publishedAt: string | null, subscribersNotifiedAt: string | null, releaseNotes: string, releaseNotesHtml: string, files: Array<{ __typename?: 'CatalogFile', id: string, fileName: string, kind: Types.CatalogFileKind, description: string | null, contentType: string | null, size: number | null, sha256: string | null, external: boolean, available: boolean, downloadUrl: string | null, url: string | null }> } };


export const UpdateProductReleaseDocument = gql`
    mutation UpdateProductRelease($id: ID!, $input: UpdateProductReleaseInput!) {
  updateProductRelease(id: $id, input: $input) {
    ...ReleaseFields
  }
}
    ${ReleaseFieldsFragmentDoc}
${CatalogFileFieldsFragmentDoc}`;

/**
 * __useUpdateProductReleaseMutation__
 *
 * To run a mutation, you first call `useUpdateProductReleaseMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUpdateProductReleaseMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUpdateProductReleaseMutation({
 *   variables: {
 *     id: // value for 'id'
 *     input: // value for 'input'
 *   },
 * });
 */
export function useUpdateProductReleaseMutation(options: VueApolloComposable.UseMutationOptions<UpdateProductReleaseMutation, UpdateProductReleaseMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UpdateProductReleaseMutation, UpdateProductReleaseMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UpdateProductReleaseMutation, UpdateProductReleaseMutationVariables>(UpdateProductReleaseDocument, options);
}
export type UpdateProductReleaseMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UpdateProductReleaseMutation, UpdateProductReleaseMutationVariables>;