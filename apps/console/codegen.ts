import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One operation per .graphql file, its typed composable generated beside it as
 * `<name>.api.ts` (Zammad's layout). Base types from the printed server schema.
 */
const documents = ['src/**/*.graphql'];

const config: CodegenConfig = {
  overwrite: true,
  schema: '../../packages/schema/schema.graphql',
  documents,
  config: {
    scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true },
    nonOptionalTypename: false,
    skipTypename: false,
    dedupeFragments: true,
  },
  generates: {
    'src/graphql/types.generated.ts': {
      plugins: ['typescript'],
    },
    'src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.api.ts', baseTypesPath: 'graphql/types.generated.ts' },
      plugins: ['typescript-operations', 'typescript-vue-apollo'],
      config: {
        withCompositionFunctions: true,
        vueCompositionApiImportFrom: 'vue',
        gqlImport: '@apollo/client/core#gql',
      },
    },
  },
};

export default config;
