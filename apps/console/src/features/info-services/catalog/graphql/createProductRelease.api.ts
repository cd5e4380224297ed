import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ReleaseFieldsFragmentDoc } from './releaseFields.api';
import { CatalogFileFieldsFragmentDoc } from './catalogFileFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CreateProductReleaseMutationVariables = Types.Exact<{
  input: Types.CreateProductReleaseInput;
  publish: Types.Scalars['Boolean']['input'];
}>;


export type CreateProductReleaseMutation = { __typename?: 'Mutation', createProductRelease: { __typename?: 'ProductRelease', id: string, version: string, build: string, certified: boolean, releasedOn: string, publishedAt: string | null, subscribersNotifiedAt: string | null, releaseNotes: string, releaseNotesHtml: string, files: Array<{ __typename?: 'CatalogFile', id: string, fileName: string, kind: Types.CatalogFileKind, description: string | null, contentType: string | null, size: number | null, sha256: string | null, external: boolean, available: boolean, downloadUrl: string | null, url: string | null }> } };


export const CreateProductReleaseDocument = gql`
    mutation CreateProductRelease($input: CreateProductReleaseInput!, $publish: Boolean!) {
  createProductRelease(input: $input, publish: $publish) {
    ...ReleaseFields
  }
}
    ${ReleaseFieldsFragmentDoc}
${CatalogFileFieldsFragmentDoc}`;

/**
 * __useCreateProductReleaseMutation__
 *
 * To run a mutation, you first call `useCreateProductReleaseMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useCreateProductReleaseMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useCreateProductReleaseMutation({
 *   variables: {
 *     input: // value for 'input'
 *     publish: // value for 'publish'
 *   },
 * });
 */
export function useCreateProductReleaseMutation(options: VueApolloComposable.UseMutationOptions<CreateProductReleaseMutation, CreateProductReleaseMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<CreateProductReleaseMutation, CreateProductReleaseMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<CreateProductReleaseMutation, CreateProductReleaseMutationVariables>(CreateProductReleaseDocument, options);
}
export type CreateProductReleaseMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<CreateProductReleaseMutation, CreateProductReleaseMutationVariables>;