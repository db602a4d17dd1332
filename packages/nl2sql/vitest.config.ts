import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'nl2sql',
    include: ['src/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
