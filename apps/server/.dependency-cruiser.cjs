/**
 * The server's layers, enforced by `pnpm lint` (README "Architecture"). Each
 * layer may import the ones below it and never one above:
 *
 *   main.ts, app/, seed/     composition root: wiring, schema assembly, demo data
 *   modules/<feature>/       use cases; another module only through its index.ts
 *   graphql/                 what resolvers share: context, actor, connections, batching, errors
 *   infra/                   database, event bus, scheduler, mail transport, HTTP helpers, logger
 *   entities/, migrations/   the data model
 *   common/, config.ts       plain helpers and the validated environment
 */
const LAYERS = [
  { name: 'common', path: '^src/(common/|config\\.ts$)' },
  { name: 'entities', path: '^src/(entities|migrations)/' },
  { name: 'infra', path: '^src/infra/' },
  { name: 'graphql', path: '^src/graphql/' },
  { name: 'modules', path: '^src/modules/' },
  { name: 'app', path: '^src/(app/|seed/|main\\.ts$)' },
];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer.name}-imports-no-higher-layer`,
  comment: `${layer.name} sits below ${LAYERS.slice(i + 1).map((l) => l.name).join(', ')}: it may not import them`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: LAYERS.slice(i + 1).map((l) => l.path) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'module-only-through-its-index',
      comment: "another module is used only through what its index.ts names (its public face)",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'composition-root-uses-module-index',
      comment: 'the composition root wires modules through their index.ts too',
      severity: 'error',
      from: { path: '^src/(app/|seed/|main\\.ts$)' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle of imports makes two places one tangle',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shipped-code-never-imports-tests-or-benchmarks',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
