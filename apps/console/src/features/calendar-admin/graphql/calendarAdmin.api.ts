import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type CalendarAdminQueryVariables = Types.Exact<{
  year: Types.Scalars['Int']['input'];
}>;


export type CalendarAdminQuery = { __typename?: 'Query', calendarYear: { __typename?: 'CalendarYear', year: number, workingDays: number, days: Array<{ __typename?: 'CalendarYearDay', date: string, working: boolean, shortened: boolean, kind: string, source: Types.CalendarDaySource, note: string | null }> } };


export const CalendarAdminDocument = gql`
    query CalendarAdmin($year: Int!) {
  calendarYear(year: $year) {
    year
    workingDays
    days {
      date
      working
      shortened
      kind
      source
      note
    }
  }
}
    `;

/**
 * __useCalendarAdminQuery__
 *
 * To run a query within a Vue component, call `useCalendarAdminQuery` and pass it any options that fit your needs.
 * When your component renders, `useCalendarAdminQuery` returns an object from Apollo Client that contains result, loading and error properties
 * you can use to render your UI.
 *
 * @param variables that will be passed into the query
 * @param options that will be passed into the query, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/query.html#options;
 *
 * @example
 * const { result, loading, error } = useCalendarAdminQuery({
 *   year: // value for 'year'
 * });
 */
export function useCalendarAdminQuery(variables: CalendarAdminQueryVariables | VueCompositionApi.Ref<CalendarAdminQueryVariables> | ReactiveFunction<CalendarAdminQueryVariables>, options: VueApolloComposable.UseQueryOptions<CalendarAdminQuery, CalendarAdminQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CalendarAdminQuery, CalendarAdminQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CalendarAdminQuery, CalendarAdminQueryVariables>> = {}) {
  return VueApolloComposable.useQuery<CalendarAdminQuery, CalendarAdminQueryVariables>(CalendarAdminDocument, variables, options);
}
export function useCalendarAdminLazyQuery(variables?: CalendarAdminQueryVariables | VueCompositionApi.Ref<CalendarAdminQueryVariables> | ReactiveFunction<CalendarAdminQueryVariables>, options: VueApolloComposable.UseQueryOptions<CalendarAdminQuery, CalendarAdminQueryVariables> | VueCompositionApi.Ref<VueApolloComposable.UseQueryOptions<CalendarAdminQuery, CalendarAdminQueryVariables>> | ReactiveFunction<VueApolloComposable.UseQueryOptions<CalendarAdminQuery, CalendarAdminQueryVariables>> = {}) {
  return VueApolloComposable.useLazyQuery<CalendarAdminQuery, CalendarAdminQueryVariables>(CalendarAdminDocument, variables, options);
}
export type CalendarAdminQueryCompositionFunctionResult = VueApolloComposable.UseQueryReturn<CalendarAdminQuery, CalendarAdminQueryVariables>;