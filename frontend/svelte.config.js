// Svelte 5 strips TypeScript in <script lang="ts"> itself; no preprocessor needed.
/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  compilerOptions: {
    runes: true,
  },
};
