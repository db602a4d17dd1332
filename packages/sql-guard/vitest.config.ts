import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'sql-guard', include: ['src/**/*.test.ts'] } });
