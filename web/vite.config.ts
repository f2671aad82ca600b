import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The web application lives in `web/` and is built into `dist/web` at the package root, where
 * the HTTP server serves it (see src/interfaces/http/web.ts). Run from the package root:
 * `vite build --config web/vite.config.ts`.
 */
const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: new URL('../dist/web', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 700,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8155' },
  },
});
