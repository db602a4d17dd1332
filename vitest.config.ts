import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/** Workspaces that carry their own vitest.config.ts and need no shared PostgreSQL. */
const SELF_CONTAINED = [
  'packages/mongo-dev-server',
  'packages/sql-guard',
  'packages/sql-lexer',
  'packages/demo-data',
  'packages/nl2sql',
  'packages/semantic-model',
  'packages/canvas-model',
  'collab-server',
  'web',
].filter((dir) => existsSync(`${dir}/vitest.config.ts`) || existsSync(`${dir}/vite.config.ts`));

// One test run for the whole monorepo. The "platform" project shares one embedded PostgreSQL
// (started by the global setup unless TEST_DATABASE_URL is set); self-contained workspaces are
// listed as their own projects.
const require = createRequire(import.meta.url);

export default defineConfig({
  // Node resolves `graphql` to its CommonJS build (the one @apollo/gateway and graphql-ws load);
  // vite would pick the ESM build and create a second graphql realm under test.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'platform',
          include: ['{packages,subgraphs,gateway,collab-server,e2e,scripts}/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...SELF_CONTAINED.map((dir) => `${dir}/**`)],
          globalSetup: ['packages/testing/src/global-setup.ts'],
        },
      },
      ...SELF_CONTAINED,
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
  },
});
