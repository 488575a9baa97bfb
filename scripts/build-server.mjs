#!/usr/bin/env node
// `npm run build`'s second step: bundles the server (src/main.ts and everything it imports) into
// dist/server/ once, so production starts plain `node` on JavaScript instead of transpiling about
// 360 TypeScript files at every start. Packages stay external (node_modules holds them, with their
// native parts); `#src/*` imports and Preact's JSX are read from package.json and tsconfig.json.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const OUT_DIR = 'dist/server';

rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: OUT_DIR,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // The commands load their code on demand (`backup` does not load the web app), as in src/main.ts.
  splitting: true,
  // Every chunk beside main.js: src/platform/package-files.ts finds the package folder two levels up.
  chunkNames: '[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
});
process.stdout.write(`Built the server into ${OUT_DIR}/\n`);
