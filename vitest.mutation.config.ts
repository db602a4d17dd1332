import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// The unit tests that guard the critical set StrykerJS mutates (stryker.config.mjs, docs/TESTING.md).
// No global setup: nothing here needs PostgreSQL, MongoDB, Redis or another engine, so each
// mutant runs in well under a second. Only fast *.test.ts files belong here, never *.int.test.ts.
const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: [
      'packages/sql-guard/src/**/*.test.ts',
      'packages/sql-lexer/src/**/*.test.ts',
      'packages/auth/src/**/*.test.ts',
      'subgraphs/accounts/src/services/**/*.test.ts',
      'subgraphs/canvases/src/services/**/*.test.ts',
      'subgraphs/queries/src/services/**/*.test.ts',
      'subgraphs/comments/src/services/**/*.test.ts',
      'subgraphs/ai/src/services/**/*.test.ts',
      'gateway/src/plugins/**/*.test.ts',
      'gateway/src/rate-limit/**/*.test.ts',
      'gateway/src/trusted-documents*.test.ts',
      'collab-server/src/{auth,platform-authorize}*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/*.int.test.ts'],
    testTimeout: 30_000,
    // Worker threads start faster than forks, which matters with one vitest run per mutant.
    pool: 'threads',
  },
});
