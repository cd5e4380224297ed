import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

/** The printed SDL every client generates from (apps/server writes it: `pnpm schema:print`). */
export const schemaFile = fileURLToPath(new URL('./schema.graphql', import.meta.url));
/** Fragments several clients' operations share; their typed documents are generated here once. */
export const fragmentFiles = fileURLToPath(new URL('./fragments/*.graphql', import.meta.url));

/**
 * How types are printed, here and in every client that generates operations
 * against these base types (the console's codegen.ts uses the same settings).
 */
export const typesConfig = {
  scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true },
  nonOptionalTypename: false,
  skipTypename: false,
  dedupeFragments: true,
};

const config: CodegenConfig = {
  overwrite: true,
  schema: schemaFile,
  documents: fragmentFiles,
  config: typesConfig,
  generates: {
    'src/types.generated.ts': {
      plugins: ['typescript'],
    },
    'src/fragments.generated.ts': {
      plugins: [{ add: { content: "import type * as Types from './types.generated.js';" } }, 'typescript-operations', 'typed-document-node'],
      config: {
        namespacedImportName: 'Types',
        // graphql-tag documents: client operations interpolate them (gql`…${TicketSlaFieldsFragmentDoc}`).
        documentMode: 'graphQLTag',
        gqlImport: 'graphql-tag#gql',
      },
    },
  },
};

export default config;
