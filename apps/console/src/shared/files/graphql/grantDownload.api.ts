import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type GrantDownloadMutationVariables = Types.Exact<{
  downloadUrl: Types.Scalars['String']['input'];
}>;


export type GrantDownloadMutation = { __typename?: 'Mutation', grantDownload: { __typename?: 'DownloadGrant', url: string, expiresAt: string } };


export const GrantDownloadDocument = gql`
    mutation GrantDownload($downloadUrl: String!) {
  grantDownload(downloadUrl: $downloadUrl) {
    url
    expiresAt
  }
}
    `;

/**
 * __useGrantDownloadMutation__
 *
 * To run a mutation, you first call `useGrantDownloadMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useGrantDownloadMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useGrantDownloadMutation({
 *   variables: {
 *     downloadUrl: // value for 'downloadUrl'
 *   },
 * });
 */
export function useGrantDownloadMutation(options: VueApolloComposable.UseMutationOptions<GrantDownloadMutation, GrantDownloadMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<GrantDownloadMutation, GrantDownloadMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<GrantDownloadMutation, GrantDownloadMutationVariables>(GrantDownloadDocument, options);
}
export type GrantDownloadMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<GrantDownloadMutation, GrantDownloadMutationVariables>;