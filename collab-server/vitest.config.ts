import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'collab-server',
    include: ['src/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
