import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The GraphiQL page: index.html served at GET /graphql (text/html), assets under /graphiql/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphiql/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco is one large chunk; it is served with immutable caching.
    chunkSizeWarningLimit: 8_000,
    // Only our own files: no inline data: scripts, so the page's CSP can stay script-src 'self'.
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
});
