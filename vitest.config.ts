import { defineConfig } from 'vitest/config';

// One test run for the whole monorepo. The "platform" project shares one embedded PostgreSQL
// (started by the global setup unless DATABASE_URL is set); self-contained packages bring their
// own vitest.config.ts and are listed as separate projects.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'platform',
          include: ['{packages,subgraphs,gateway,collab-server,e2e,scripts}/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'packages/mongo-dev-server/**'],
          globalSetup: ['packages/testing/src/global-setup.ts'],
        },
      },
      'packages/mongo-dev-server',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
  },
});
