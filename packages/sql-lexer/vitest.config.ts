import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'sql-lexer', include: ['src/**/*.test.ts'] } });
