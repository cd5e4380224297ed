/**
 * The console's layers, checked by `pnpm lint` (`lint:deps`): every import
 * points down.
 *
 *   main.ts, app/, router/, i18n/   the composition root: the shell, routes, all messages
 *   features/<name>/                 pages; another feature only through its index.ts
 *   stores/                          Pinia stores and the fragments they hold
 *   shared/                          what several features use; imports only itself
 *
 * Tests and test-support may reach anywhere; production code never imports them.
 */
const TESTS = ['(^|/)__tests__/', '^src/test-support/'];
const TOP = '^src/(main\\.ts|app/|router/|i18n/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one; split out what both need, below both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-only-shared',
      severity: 'error',
      comment: 'shared/ is the bottom layer: it must not know the stores, the features or the composition root.',
      from: { path: '^src/shared/', pathNot: TESTS },
      to: { path: '^src/(features|stores|app|router|i18n|test-support)/|^src/main\\.ts$' },
    },
    {
      name: 'stores-below-features',
      severity: 'error',
      comment: 'Stores hold state features read; the data they keep is typed by their own fragments (stores/graphql).',
      from: { path: '^src/stores/', pathNot: TESTS },
      to: { path: '^src/(features|app|router|i18n|test-support)/|^src/main\\.ts$' },
    },
    {
      name: 'features-below-the-root',
      severity: 'error',
      comment: 'Features are composed by app/, router/ and i18n/; they never import them.',
      from: { path: '^src/features/', pathNot: TESTS },
      to: { path: `${TOP}|^src/test-support/` },
    },
    {
      name: 'feature-through-its-index',
      severity: 'error',
      comment: "Another feature is used through its index.ts, which names what it offers; its files are its own.",
      from: { path: '^src/features/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/features/[^/]+/', pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-test-code-in-the-app',
      severity: 'error',
      comment: 'Fixtures and mounting helpers are for tests only.',
      from: { path: '^src/', pathNot: TESTS },
      to: { path: TESTS },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a file that moved.',
      from: {},
      to: { couldNotResolve: true, pathNot: ['\\?raw$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.vue', '.js', '.json'],
    },
  },
};
