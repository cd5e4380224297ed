import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import { ServiceHoursLevelFieldsFragmentDoc } from './serviceHoursFields.api';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type SetServiceHoursMutationVariables = Types.Exact<{
  supportLevel: Types.SupportLevel;
  periods?: Types.InputMaybe<Array<Types.ServicePeriodInput> | Types.ServicePeriodInput>;
  effectiveFrom?: Types.InputMaybe<Types.Scalars['DateTime']['input']>;
}>;


export type SetServiceHoursMutation = { __typename?: 'Mutation', setServiceHours: { __typename?: 'ServiceHoursOfLevel', supportLevel: Types.SupportLevel, workingDaysOnly: boolean, inForce: { __typename?: 'ServiceHoursVersion', id: string | null, text: string | null, alwaysOpen: boolean, periods: Array<{ __typename?: 'ServicePeriod', opensAt: string, closesAt: string }> }, versions: Array<{ __typename?: 'ServiceHoursVersion', id: string | null, text: string | null, alwaysOpen: boolean, effectiveFrom: string | null, changedBy: { __typename?: 'User', id: string, fullName: string } | null }> } };


export const SetServiceHoursDocument = gql`
    mutation SetServiceHours($supportLevel: SupportLevel!, $periods: [ServicePeriodInput!], $effectiveFrom: DateTime) {
  setServiceHours(
    supportLevel: $supportLevel
    periods: $periods
    effectiveFrom: $effectiveFrom
  ) {
    ...ServiceHoursLevelFields
  }
}
    ${ServiceHoursLevelFieldsFragmentDoc}`;

/**
 * __useSetServiceHoursMutation__
 *
 * To run a mutation, you first call `useSetServiceHoursMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useSetServiceHoursMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useSetServiceHoursMutation({
 *   variables: {
 *     supportLevel: // value for 'supportLevel'
 *     periods: // value for 'periods'
 *     effectiveFrom: // value for 'effectiveFrom'
 *   },
 * });
 */
export function useSetServiceHoursMutation(options: VueApolloComposable.UseMutationOptions<SetServiceHoursMutation, SetServiceHoursMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<SetServiceHoursMutation, SetServiceHoursMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<SetServiceHoursMutation, SetServiceHoursMutationVariables>(SetServiceHoursDocument, options);
}
export type SetServiceHoursMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<SetServiceHoursMutation, SetServiceHoursMutationVariables>;