import { defineConfig } from 'vite';

/** Builds the browser islands into dist/client with hashed names and a manifest the server reads. */
export default defineConfig({
  base: '/assets/client/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    rollupOptions: { input: 'src/client/main.ts' },
  },
});
