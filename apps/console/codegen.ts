import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { preset as nearOperationFile } from '@graphql-codegen/near-operation-file-preset';
import { fragmentFiles, schemaFile, typesConfig } from '@desk/schema/codegen';

/**
 * One operation per .graphql file, its typed composable generated beside it as
 * `<name>.api.ts` (Zammad's layout). The base types and the fragments several
 * operations share come from @desk/schema, generated there once: operations
 * spread them, and the generated code imports them from the package.
 */
const SCHEMA_PACKAGE = '~@desk/schema';
const schemaPackageDir = fileURLToPath(new URL('../../packages/schema/', import.meta.url));
const sourceDir = fileURLToPath(new URL('./src/', import.meta.url));

/** near-operation-file, but only for the console's own documents: the shared fragments are read, never written here. */
const consoleOperations: typeof nearOperationFile = {
  async buildGeneratesSection(options) {
    const artifacts = await nearOperationFile.buildGeneratesSection(options);
    return artifacts.filter((artifact) => fileURLToPath(new URL(artifact.filename, `file://${process.cwd()}/`)).startsWith(sourceDir));
  },
};

const config: CodegenConfig = {
  overwrite: true,
  schema: schemaFile,
  documents: ['src/**/*.graphql', fragmentFiles],
  config: typesConfig,
  generates: {
    'src/': {
      preset: consoleOperations,
      presetConfig: {
        extension: '.api.ts',
        baseTypesPath: SCHEMA_PACKAGE,
        importAllFragmentsFrom: (source: { path: string }) => (source.path.startsWith(schemaPackageDir) ? { ...source, path: SCHEMA_PACKAGE } : source),
      },
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
