import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative base: Wails serves the embedded assets from its own root, and
  // `claimdesk serve` serves the same dist/ from '/'.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // What start-up needs beside the entry (the Svelte runtime, the stores and the api
        // they share with the views and dialogs loaded later) in one file: left alone, the
        // bundler cut it into six small ones, each a request at every start.
        advancedChunks: {
          groups: [{ name: 'core', test: /node_modules[\\/]svelte[\\/]|src[\\/](api|stores)[\\/]/ }],
        },
      },
    },
  },
  test: {
    // Pure logic and the api module run in node; transports are mocked.
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
