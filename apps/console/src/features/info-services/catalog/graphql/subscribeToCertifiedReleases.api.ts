import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SubscribeToCertifiedReleasesMutationVariables = Types.Exact<{
  productId: Types.Scalars['ID']['input'];
}>;


export type SubscribeToCertifiedReleasesMutation = { __typename?: 'Mutation', subscribeToCertifiedReleases: { __typename?: 'ReleaseSubscription', id: string, product: { __typename?: 'Product', id: string, subscribedToReleases: boolean } } };


export const SubscribeToCertifiedReleasesDocument = gql`
    mutation SubscribeToCertifiedReleases($productId: ID!) {
  subscribeToCertifiedReleases(productId: $productId) {
    id
    product {
      id
      subscribedToReleases
    }
  }
}
    `;

/**
 * __useSubscribeToCertifiedReleasesMutation__
 *
 * To run a mutation, you first call `useSubscribeToCertifiedReleasesMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSubscribeToCertifiedReleasesMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSubscribeToCertifiedReleasesMutation({
 *   variables: {
 *     productId: // value for 'productId'
 *   },
 * });
 */
export function useSubscribeToCertifiedReleasesMutation(options: VueApolloComposable.UseMutationOptions<SubscribeToCertifiedReleasesMutation, SubscribeToCertifiedReleasesMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SubscribeToCertifiedReleasesMutation, SubscribeToCertifiedReleasesMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SubscribeToCertifiedReleasesMutation, SubscribeToCertifiedReleasesMutationVariables>(SubscribeToCertifiedReleasesDocument, options);
}
export type SubscribeToCertifiedReleasesMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SubscribeToCertifiedReleasesMutation, SubscribeToCertifiedReleasesMutationVariables>;