import { basename } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

/**
 * Files that need a fresh process of their own, each in its own project (a
 * project's files start in freshly recycled workers). Keep this list short and
 * say why: tracing.test.ts starts the OpenTelemetry SDK, which is one per
 * process and must patch `http`/`pg` before the app's modules load.
 */
const OWN_PROCESS = ['test/infra/tracing.test.ts'];

/**
 * Files run one after another in one worker once every other file is done,
 * never beside another test file: their tests start cold Node processes of
 * the whole app (dist/main.js twice with a restart; the admin:create CLI three
 * times) inside fixed budgets, and at a load average of ~20 they missed them
 * when another file ran beside them. Keep this list short and say why.
 */
const ALONE = [
  'test/realtime/cluster.test.ts',
  'test/accounts/bootstrap.test.ts',
  // #16's fault suites that start, kill and restart real server processes (and nginx) under load.
  'test/realtime/event-log-crash.test.ts',
  'test/reliability/front-door.test.ts',
  'test/reliability/graceful-shutdown.test.ts',
];

/**
 * Test files run in parallel, TEST_WORKERS (default 2) worker processes that
 * each run many files one after another without isolation: the app's module
 * graph (type-graphql, MikroORM, Apollo, …) is loaded and transformed once per
 * worker instead of once per file. That is safe because every test app has its
 * own database (and so its own Redis channel) and port, and no test mocks
 * modules; see ARCHITECTURE.md "Tests" for the rules new tests follow.
 */
const workers = Number(process.env.TEST_WORKERS ?? 2);

// esbuild (Vitest's default transform) emits no decorator metadata, which
// type-graphql and MikroORM read; swc does.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // type-graphql is CommonJS: make ESM imports share its copy of graphql.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    testTimeout: 30_000,
    // Names this run's migrated template databases, which test apps copy instead of migrating (test-database.ts).
    globalSetup: ['test/support/global-setup.ts'],
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    poolOptions: { forks: { maxForks: workers, minForks: 1 } },
    projects: [
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...OWN_PROCESS, ...ALONE] } },
      ...OWN_PROCESS.map((file) => ({ extends: true as const, test: { name: basename(file, '.test.ts'), include: [file], isolate: true } })),
      // singleFork: the pool runs these after all the others, in one worker.
      { extends: true, test: { name: 'alone', include: ALONE, poolOptions: { forks: { singleFork: true } } } },
    ],
  },
});
