import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type DirectoryImportProgressSubscriptionVariables = Types.Exact<{
  importId: Types.Scalars['String']['input'];
}>;


export type DirectoryImportProgressSubscription = { __typename?: 'Subscription', directoryImportProgress: { __typename?: 'DirectoryImportProgress', importId: string, phase: Types.DirectoryImportPhase, done: number, total: number } };


export const DirectoryImportProgressDocument = gql`
    subscription DirectoryImportProgress($importId: String!) {
  directoryImportProgress(importId: $importId) {
    importId
    phase
    done
    total
  }
}
    `;

/**
 * __useDirectoryImportProgressSubscription__
 *
 * To run a query within a Vue component, call `useDirectoryImportProgressSubscription` and pass it any options that fit your needs.
 * When your component renders, `useDirectoryImportProgressSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the subscription
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useDirectoryImportProgressSubscription({
 *   importId: // value for 'importId'
 * });
 */
export function useDirectoryImportProgressSubscription(variables: DirectoryImportProgressSubscriptionVariables | VueCompositionApi.Ref<DirectoryImportProgressSubscriptionVariables> | ReactiveFunction<DirectoryImportProgressSubscriptionVariables>, options: VueApolloComposable.UseSubscriptionOptions<DirectoryImportProgressSubscription, DirectoryImportProgressSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<DirectoryImportProgressSubscription, DirectoryImportProgressSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<DirectoryImportProgressSubscription, DirectoryImportProgressSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<DirectoryImportProgressSubscription, DirectoryImportProgressSubscriptionVariables>(DirectoryImportProgressDocument, variables, options);
}
export type DirectoryImportProgressSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<DirectoryImportProgressSubscription, DirectoryImportProgressSubscriptionVariables>;