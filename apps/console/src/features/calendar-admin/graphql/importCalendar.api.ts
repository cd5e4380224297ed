import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ImportCalendarMutationVariables = Types.Exact<{
  ics: Types.Scalars['String']['input'];
}>;


export type ImportCalendarMutation = { __typename?: 'Mutation', importCalendar: Array<{ __typename?: 'CalendarDay', date: string }> };


export const ImportCalendarDocument = gql`
    mutation ImportCalendar($ics: String!) {
  importCalendar(ics: $ics) {
    date
  }
}
    `;

/**
 * __useImportCalendarMutation__
 *
 * To run a mutation, you first call `useImportCalendarMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useImportCalendarMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useImportCalendarMutation({
 *   variables: {
 *     ics: // value for 'ics'
 *   },
 * });
 */
export function useImportCalendarMutation(options: VueApolloComposable.UseMutationOptions<ImportCalendarMutation, ImportCalendarMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ImportCalendarMutation, ImportCalendarMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ImportCalendarMutation, ImportCalendarMutationVariables>(ImportCalendarDocument, options);
}
export type ImportCalendarMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ImportCalendarMutation, ImportCalendarMutationVariables>;