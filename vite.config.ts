import { defineConfig } from 'vite';
import { emitHashedFiles, precompress } from './scripts/vite-asset-plugins.ts';

const OUT_DIR = 'dist/client';

/**
 * Builds the browser side into dist/client: every file with a content hash in its name (so the
 * server can let browsers keep it for a year), a manifest the server reads, and `.br`/`.gz` copies.
 * Entries: the islands (main.ts; the map is a lazily loaded chunk with its own CSS) and DKFDS's
 * stylesheet, built from its Sass with only the components used. DKFDS's prebuilt script and the
 * icons are copied in with hashed names.
 */
export default defineConfig({
  base: '/assets/client/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  css: {
    // DKFDS's own Sass warns of deprecations we cannot fix from here.
    preprocessorOptions: { scss: { loadPaths: ['node_modules/dkfds/dist/scss'], quietDeps: true } },
  },
  plugins: [
    emitHashedFiles([
      'node_modules/dkfds/dist/js/dkfds.min.js',
      'src/client/icons/favicon.svg',
      'src/client/icons/icon-192.png',
      'src/client/icons/icon-512.png',
      'src/client/icons/apple-touch-icon.png',
    ]),
    precompress(OUT_DIR),
  ],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    manifest: true,
    sourcemap: true,
    // Fonts and pictures stay files (cached once, fetched only when used), except tiny icons.
    assetsInlineLimit: 1024,
    rollupOptions: { input: ['src/client/styles/dkfds.scss', 'src/client/main.ts'] },
  },
});
