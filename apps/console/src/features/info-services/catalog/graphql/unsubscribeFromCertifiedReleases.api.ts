import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type UnsubscribeFromCertifiedReleasesMutationVariables = Types.Exact<{
  productId: Types.Scalars['ID']['input'];
}>;


export type UnsubscribeFromCertifiedReleasesMutation = { __typename?: 'Mutation', unsubscribeFromCertifiedReleases: boolean };


export const UnsubscribeFromCertifiedReleasesDocument = gql`
    mutation UnsubscribeFromCertifiedReleases($productId: ID!) {
  unsubscribeFromCertifiedReleases(productId: $productId)
}
    `;

/**
 * __useUnsubscribeFromCertifiedReleasesMutation__
 *
 * To run a mutation, you first call `useUnsubscribeFromCertifiedReleasesMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useUnsubscribeFromCertifiedReleasesMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useUnsubscribeFromCertifiedReleasesMutation({
 *   variables: {
 *     productId: // value for 'productId'
 *   },
 * });
 */
export function useUnsubscribeFromCertifiedReleasesMutation(options: VueApolloComposable.UseMutationOptions<UnsubscribeFromCertifiedReleasesMutation, UnsubscribeFromCertifiedReleasesMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<UnsubscribeFromCertifiedReleasesMutation, UnsubscribeFromCertifiedReleasesMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<UnsubscribeFromCertifiedReleasesMutation, UnsubscribeFromCertifiedReleasesMutationVariables>(UnsubscribeFromCertifiedReleasesDocument, options);
}
export type UnsubscribeFromCertifiedReleasesMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<UnsubscribeFromCertifiedReleasesMutation, UnsubscribeFromCertifiedReleasesMutationVariables>;