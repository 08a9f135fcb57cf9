/**
 * The tab's build. Shared domain code comes from source through aliases that expose only
 * browser-safe modules, so the calendar engine (and its holiday tables) never reach the bundle;
 * the approvals, meetings and card preview contracts have entries of their own so they load with
 * their pages.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const shared = (file: string) => fileURLToPath(new URL(`../shared/src/${file}`, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@tandem/shared/browser': shared('browser.ts'),
      '@tandem/shared/approvals': shared('browser-approvals.ts'),
      '@tandem/shared/meetings': shared('browser-meetings.ts'),
      '@tandem/shared/card-preview': shared('browser-card-preview.ts'),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:7071' } },
});
