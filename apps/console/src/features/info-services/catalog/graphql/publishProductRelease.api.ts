import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ReleaseFieldsFragmentDoc } from './releaseFields.api';
import { CatalogFileFieldsFragmentDoc } from './catalogFileFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type PublishProductReleaseMutationVariables = Types.Exact<{
  id: Types.Scalars['ID']['input'];
}>;


export type PublishProductReleaseMutation = { __typename?: 'Mutation', publishProductRelease: { __typename?: 'ProductRelease', id: string, version: string, build: string, certified: boolean, releasedOn: string, publishedAt: string | null, subscribersNotifiedAt: string | null, releaseNotes: string, releaseNotesHtml: string, files: Array<{ __typename?: 'CatalogFile', id: string, fileName: string, kind: Types.CatalogFileKind, description: string | null, contentType: string | null, size: number | null, sha256: string | null, external: boolean, available: boolean, downloadUrl: string | null, url: string | null }> } };


export const PublishProductReleaseDocument = gql`
    mutation PublishProductRelease($id: ID!) {
  publishProductRelease(id: $id) {
    ...ReleaseFields
  }
}
    ${ReleaseFieldsFragmentDoc}
${CatalogFileFieldsFragmentDoc}`;

/**
 * __usePublishProductReleaseMutation__
 *
 * To run a mutation, you first call `usePublishProductReleaseMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `usePublishProductReleaseMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = usePublishProductReleaseMutation({
 *   variables: {
 *     id: // value for 'id'
 *   },
 * });
 */
export function usePublishProductReleaseMutation(options: VueApolloComposable.UseMutationOptions<PublishProductReleaseMutation, PublishProductReleaseMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<PublishProductReleaseMutation, PublishProductReleaseMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<PublishProductReleaseMutation, PublishProductReleaseMutationVariables>(PublishProductReleaseDocument, options);
}
export type PublishProductReleaseMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<PublishProductReleaseMutation, PublishProductReleaseMutationVariables>;