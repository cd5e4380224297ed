import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SetCalendarDayMutationVariables = Types.Exact<{
  date: Types.Scalars['String']['input'];
  working: Types.Scalars['Boolean']['input'];
  shortened?: Types.InputMaybe<Types.Scalars['Boolean']['input']>;
  note?: Types.InputMaybe<Types.Scalars['String']['input']>;
}>;


export type SetCalendarDayMutation = { __typename?: 'Mutation', setCalendarDay: { __typename?: 'CalendarDay', date: string } };


export const SetCalendarDayDocument = gql`
    mutation SetCalendarDay($date: String!, $working: Boolean!, $shortened: Boolean, $note: String) {
  setCalendarDay(
    date: $date
    working: $working
    shortened: $shortened
    note: $note
  ) {
    date
  }
}
    `;

/**
 * __useSetCalendarDayMutation__
 *
 * To run a mutation, you first call `useSetCalendarDayMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSetCalendarDayMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSetCalendarDayMutation({
 *   variables: {
 *     date: // value for 'date'
 *     working: // value for 'working'
 *     shortened: // value for 'shortened'
 *     note: // value for 'note'
 *   },
 * });
 */
export function useSetCalendarDayMutation(options: VueApolloComposable.UseMutationOptions<SetCalendarDayMutation, SetCalendarDayMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SetCalendarDayMutation, SetCalendarDayMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SetCalendarDayMutation, SetCalendarDayMutationVariables>(SetCalendarDayDocument, options);
}
export type SetCalendarDayMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SetCalendarDayMutation, SetCalendarDayMutationVariables>;