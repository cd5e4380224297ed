import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type BoardWorkChangedSubscriptionVariables = Types.Exact<{ [key: string]: never; }>;


export type BoardWorkChangedSubscription = { __typename?: 'Subscription', myWork: { __typename?: 'WorkEvent', version: number, kind: Types.WorkEventKind } };


export const BoardWorkChangedDocument = gql`
    subscription BoardWorkChanged {
  myWork(viewId: "ALL_OPEN", first: 1) {
    version
    kind
  }
}
    `;

/**
 * __useBoardWorkChangedSubscription__
 *
 * To run a query within a Vue component, call `useBoardWorkChangedSubscription` and pass it any options that fit your needs.
 * When your component renders, `useBoardWorkChangedSubscription` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param options that will be passed into the subscription, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/subscription.html#options;
 *
 * @example
 * const { result, loading, error } = useBoardWorkChangedSubscription();
 */
export function useBoardWorkChangedSubscription(options: VueApolloComposable.UseSubscriptionOptions<BoardWorkChangedSubscription, BoardWorkChangedSubscriptionVariables> | VueCompositionApi.Ref<VueApolloComposable.UseSubscriptionOptions<BoardWorkChangedSubscription, BoardWorkChangedSubscriptionVariables>> | ReactiveFunction<VueApolloComposable.UseSubscriptionOptions<BoardWorkChangedSubscription, BoardWorkChangedSubscriptionVariables>> = {}) {
  return VueApolloComposable.useSubscription<BoardWorkChangedSubscription, BoardWorkChangedSubscriptionVariables>(BoardWorkChangedDocument, {}, options);
}
export type BoardWorkChangedSubscriptionCompositionFunctionResult = VueApolloComposable.UseSubscriptionReturn<BoardWorkChangedSubscription, BoardWorkChangedSubscriptionVariables>;