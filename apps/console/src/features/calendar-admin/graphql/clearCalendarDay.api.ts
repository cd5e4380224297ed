import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ClearCalendarDayMutationVariables = Types.Exact<{
  date: Types.Scalars['String']['input'];
}>;


export type ClearCalendarDayMutation = { __typename?: 'Mutation', clearCalendarDay: boolean };


export const ClearCalendarDayDocument = gql`
    mutation ClearCalendarDay($date: String!) {
  clearCalendarDay(date: $date)
}
    `;

/**
 * __useClearCalendarDayMutation__
 *
 * To run a mutation, you first call `useClearCalendarDayMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useClearCalendarDayMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useClearCalendarDayMutation({
 *   variables: {
 *     date: // value for 'date'
 *   },
 * });
 */
export function useClearCalendarDayMutation(options: VueApolloComposable.UseMutationOptions<ClearCalendarDayMutation, ClearCalendarDayMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ClearCalendarDayMutation, ClearCalendarDayMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ClearCalendarDayMutation, ClearCalendarDayMutationVariables>(ClearCalendarDayDocument, options);
}
export type ClearCalendarDayMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ClearCalendarDayMutation, ClearCalendarDayMutationVariables>;