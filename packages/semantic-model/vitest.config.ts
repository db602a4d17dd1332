import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'semantic-model', include: ['src/**/*.test.ts'] } });
