import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'canvas-model', include: ['src/**/*.test.ts'] } });
