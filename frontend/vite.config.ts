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
  },
  test: {
    // Pure logic and the api module run in node; transports are mocked.
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
