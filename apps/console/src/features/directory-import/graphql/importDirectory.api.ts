import type * as Types from '@desk/schema';

import { gql } from '@apollo/client/core';
import * as VueApolloComposable from '@vue/apollo-composable';
import type * as VueCompositionApi from 'vue';
export type ReactiveFunction<TParam> = () => TParam;
export type ImportDirectoryMutationVariables = Types.Exact<{
  input: Types.DirectoryImportInput;
}>;


export type ImportDirectoryMutation = { __typename?: 'Mutation', importDirectory: { __typename?: 'DirectoryImportReport', fileName: string, dryRun: boolean, applied: boolean, encoding: Types.CsvEncoding, delimiter: string | null, rowsRead: number, problemCount: number, organizations: { __typename?: 'ImportCounts', created: number, updated: number, unchanged: number }, contracts: { __typename?: 'ImportCounts', created: number, updated: number, unchanged: number }, contacts: { __typename?: 'ImportCounts', created: number, updated: number, unchanged: number }, problems: Array<{ __typename?: 'ImportRowProblem', line: number, column: string | null, code: Types.ImportProblemCode, message: string }> } };


export const ImportDirectoryDocument = gql`
    mutation ImportDirectory($input: DirectoryImportInput!) {
  importDirectory(input: $input) {
    fileName
    dryRun
    applied
    encoding
    delimiter
    rowsRead
    problemCount
    organizations {
      created
      updated
      unchanged
    }
    contracts {
      created
      updated
      unchanged
    }
    contacts {
      created
      updated
      unchanged
    }
    problems {
      line
      column
      code
      message
    }
  }
}
    `;

/**
 * __useImportDirectoryMutation__
 *
 * To run a mutation, you first call `useImportDirectoryMutation` within a Vue component and pass it any options that fit your needs.
 * When your component renders, `useImportDirectoryMutation` returns an object that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - Several other properties: https://v4.apollo.vuejs.org/api/use-mutation.html#return
 *
 * @param options that will be passed into the mutation, supported options are listed on: https://v4.apollo.vuejs.org/guide-composable/mutation.html#options;
 *
 * @example
 * const { mutate, loading, error, onDone } = useImportDirectoryMutation({
 *   variables: {
 *     input: // value for 'input'
 *   },
 * });
 */
export function useImportDirectoryMutation(options: VueApolloComposable.UseMutationOptions<ImportDirectoryMutation, ImportDirectoryMutationVariables> | ReactiveFunction<VueApolloComposable.UseMutationOptions<ImportDirectoryMutation, ImportDirectoryMutationVariables>> = {}) {
  return VueApolloComposable.useMutation<ImportDirectoryMutation, ImportDirectoryMutationVariables>(ImportDirectoryDocument, options);
}
export type ImportDirectoryMutationCompositionFunctionResult = VueApolloComposable.UseMutationReturn<ImportDirectoryMutation, ImportDirectoryMutationVariables>;