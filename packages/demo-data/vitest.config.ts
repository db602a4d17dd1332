import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'demo-data',
    include: ['src/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
