/**
 * The tab's build. Shared domain code comes from source through one alias that exposes only the
 * browser-safe modules, so the calendar engine (and its holiday tables) never reach the bundle.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedBrowser = fileURLToPath(new URL('../shared/src/browser.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@tandem/shared/browser': sharedBrowser } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:7071' } },
});
