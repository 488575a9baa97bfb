#!/usr/bin/env node
// `npm start`'s first step: runs `npm run build` (browser side into dist/client, server into
// dist/server) only when a file they are built from is newer than the last build. A restart then
// starts the built server at once instead of rebuilding what did not change.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = ['dist/client/.vite/manifest.json', 'dist/server/main.js'];
const SOURCES = [
  'src',
  'vite.config.ts',
  'scripts/vite-asset-plugins.ts',
  'scripts/build-server.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const built = Math.min(...OUTPUTS.map((path) => (existsSync(path) ? statSync(path).mtimeMs : 0)));
const changed = Math.max(...SOURCES.map(newestChange));
if (built > 0 && changed <= built) {
  process.stdout.write('The build is up to date (dist/); skipping it.\n');
  process.exit(0);
}
const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
