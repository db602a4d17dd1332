// @ts-check
/**
 * Mutation testing of the code whose failure would be a breach or a loss (docs/TESTING.md).
 * `npm run test:mutation`. Not part of `npm test`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    // sql-guard: the gate (guard, statements, classify, denylist, tokenizer) and parameter binding
    // (ClickHouse values are inlined as literals). Not here, for time (docs/TESTING.md): normalize.ts
    // (the results-cache key); the corpora are test data, index.ts and types.ts only re-export and declare.
    'packages/sql-guard/src/{guard,statements,classify,denylist,tokenizer,parameters}.ts',
    // sql-lexer: how the guard (and the assistant's validation) reads SQL, per dialect and mode.
    'packages/sql-lexer/src/{lex,modes,unquote,lex-error}.ts',
    // auth: identity codec and role/scope checks; API key format, access tokens, passwords.
    'packages/auth/src/{internal-token,permissions}.ts',
    'subgraphs/accounts/src/services/{access-tokens,api-key-format,passwords}.ts',
    // gateway: limits, scopes, rate limit, introspection, trusted documents.
    'gateway/src/plugins/{limits,scopes,rate-limit,introspection}.ts',
    'gateway/src/rate-limit/cost.ts',
    // The in-process counters; the Redis store (line 41 on) needs a live Redis and is tested in e2e/api.
    'gateway/src/rate-limit/store.ts:1-39',
    'gateway/src/trusted-documents.ts',
    // share tokens and collab authorization.
    'subgraphs/canvases/src/services/share-tokens.ts',
    'collab-server/src/{auth,platform-authorize}.ts',
    // tenancy checks.
    'subgraphs/{ai,canvases,comments,queries}/src/services/access.ts',
    // export links.
    'subgraphs/queries/src/services/signed-links.ts',
  ],
  ignorePatterns: [
    'reports',
    '.stryker-tmp',
    '.data',
    '.turbo',
    'dist',
    'coverage',
    '.test-results',
    'e2e/screenshots',
    'bench/results',
    'web/dist',
  ],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 4,
  timeoutMS: 5_000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
