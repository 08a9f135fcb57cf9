/**
 * The tab's build. Shared domain code comes from source through aliases that expose only
 * browser-safe modules, so the calendar engine (and its holiday tables) never reach the bundle;
 * the meetings schemas have their own entry so they load with the meetings page.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedBrowser = fileURLToPath(new URL('../shared/src/browser.ts', import.meta.url));
const sharedMeetings = fileURLToPath(new URL('../shared/src/browser-meetings.ts', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@tandem/shared/browser': sharedBrowser,
      '@tandem/shared/meetings': sharedMeetings,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:7071' } },
});
