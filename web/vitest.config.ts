import { defineProject } from 'vitest/config';

// Unit tests of the web app's pure modules (chart data, grid layout, filters, markdown bindings).
// Drawing and interaction are covered by the browser suite in e2e/browser.
export default defineProject({
  test: { name: 'web', include: ['src/**/*.test.ts', 'src/**/*.test.tsx'], environment: 'node' },
});
