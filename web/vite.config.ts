import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { EARLY_HEADER_GLOBAL, earlyHeaderScript } from './src/features/canvas/loading/early-header';
import { earlyRunsScript } from './src/features/canvas/loading/early-runs-script';
import { earlySocketScript } from './src/features/canvas/loading/early-socket';
import { EARLY_REFRESH_GLOBAL, earlyRefreshScript } from './src/urql/early-refresh';

// `npm run dev -w @tessera/web`: the app on :5173, API and collab proxied to the platform (`npm start`, :4000).
const platform = 'http://localhost:4000';

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'early-session-refresh',
      transformIndexHtml: (html) =>
        html.replace(
          '<!-- early-session-refresh -->',
          () =>
            `<script>\n${earlyRefreshScript()}\n${earlyHeaderScript(EARLY_REFRESH_GLOBAL)}\n${earlyRunsScript(EARLY_REFRESH_GLOBAL, EARLY_HEADER_GLOBAL)}\n${earlySocketScript(EARLY_REFRESH_GLOBAL)}\n</script>`,
        ),
    },
  ],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: platform, ws: true, changeOrigin: true },
      '/collab': { target: platform, ws: true, changeOrigin: true },
      '/health': { target: platform, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    chunkSizeWarningLimit: 900,
  },
});
